#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace offkai {

class MemberImportWizard;

/// Step 5: the import itself, with a progress bar and Cancel; moves on to the summary when done.
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportProgressPage(MemberImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void start();
    void showProgress(int done, int total);
    void finished();

    MemberImportWizard *m_wizard;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    bool m_done = false;
};

} // namespace offkai
