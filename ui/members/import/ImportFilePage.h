#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace offkai {

class MemberImportWizard;

/// Step 1: the file and its encoding (detected, and overridable), with the first lines as text.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(MemberImportWizard *wizard);

    bool isComplete() const override;

private:
    void browse();
    void load();
    void encodingChosen();
    void refresh(const QString &error);

    MemberImportWizard *m_wizard;
    QLineEdit *m_fileEdit;
    QComboBox *m_encodingCombo;
    QLabel *m_detectedLabel;
    QLabel *m_errorLabel;
    QPlainTextEdit *m_preview;
};

} // namespace offkai
