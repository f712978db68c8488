#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace offkai {

class MemberImportWizard;

/// Step 4: what to do with members who are already in the directory, and with invalid email addresses.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(MemberImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    MemberImportWizard *m_wizard;
    QRadioButton *m_skipRadio;
    QRadioButton *m_updateRadio;
    QRadioButton *m_createRadio;
    QRadioButton *m_rejectRadio;
    QRadioButton *m_withoutEmailRadio;
    QRadioButton *m_abortRadio;
    QLabel *m_undoLabel;
};

} // namespace offkai
