#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace offkai {

class MemberImportWizard;

/// Step 2: the delimiter and whether the first row names the columns (both detected, both overridable),
/// with the first rows as a table.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(MemberImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void delimiterChosen();
    void headerToggled(bool checked);
    void refresh(const QString &error);

    MemberImportWizard *m_wizard;
    QComboBox *m_delimiterCombo;
    QCheckBox *m_headerCheck;
    QLabel *m_errorLabel;
    QLabel *m_countLabel;
    QTableWidget *m_preview;
};

} // namespace offkai
