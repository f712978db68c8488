#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace offkai {

class MemberImportWizard;

/// Step 6: what the import did (created, updated, skipped, not imported) and why, per row; the list can
/// be saved as CSV.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(MemberImportWizard *wizard);

    void initializePage() override;

private:
    void saveReport();

    MemberImportWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_counts;
    QTableWidget *m_notes;
    QLabel *m_ignored; ///< the columns not imported
    QPushButton *m_saveButton;
};

} // namespace offkai
