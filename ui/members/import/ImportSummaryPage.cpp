#include "ImportSummaryPage.h"

#include "MemberImportWizard.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace offkai {

ImportSummaryPage::ImportSummaryPage(MemberImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_notes(new QTableWidget(0, 3, this))
    , m_ignored(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save &Report…"), this))
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setWordWrap(true);
    m_ignored->setObjectName(QStringLiteral("summaryIgnoredColumnsLabel"));
    m_ignored->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("notesTable"));
    m_notes->setHorizontalHeaderLabels({tr("Row"), tr("Result"), tr("Reason")});
    m_notes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notes->verticalHeader()->hide();
    m_notes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_notes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_notes->horizontalHeader()->setStretchLastSection(true);
    m_notes->setAccessibleName(tr("Rows not imported and why"));
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_ignored);
    layout->addWidget(m_saveButton, 0, Qt::AlignLeft);
    connect(m_saveButton, &QPushButton::clicked, this, &ImportSummaryPage::saveReport);
}

void ImportSummaryPage::initializePage()
{
    const ImportSession &session = m_wizard->session();
    m_notes->setRowCount(0);
    m_counts->clear();
    m_ignored->clear();
    m_ignored->hide();
    m_saveButton->setEnabled(false);
    if (!session.result) {
        m_headline->setText(tr("Nothing was imported."));
        return;
    }
    if (!session.result->ok()) {
        m_headline->setText(session.result->error().message() + QLatin1Char('\n') +
                            tr("Nothing was imported; the directory is as it was."));
        return;
    }
    const MemberImporter::Summary &summary = session.result->value();
    if (summary.cancelled) {
        m_headline->setText(tr("The import was cancelled. Nothing was changed."));
        return;
    }
    m_headline->setText(tr("The import is complete."));
    const QLocale locale;
    m_counts->setText(tr("Created: %1    Updated: %2    Skipped: %3    Not imported: %4")
                          .arg(locale.toString(summary.created), locale.toString(summary.updated),
                               locale.toString(summary.skipped), locale.toString(summary.rejected)));
    if (summary.withdrawn > 0)
        m_counts->setText(m_counts->text() + QLatin1Char('\n') +
                          tr("Of the skipped, rows of accounts withdrawn from the service (退会ユーザー): %1")
                              .arg(locale.toString(summary.withdrawn)));
    if (!summary.ignoredColumns.isEmpty()) {
        m_ignored->setText(tr("Columns not imported (no place in a member, listed in the report): %1")
                               .arg(summary.ignoredColumns.join(QStringLiteral(", "))));
        m_ignored->show();
    }
    m_notes->setRowCount(int(summary.notes.size()));
    for (int i = 0; i < summary.notes.size(); ++i) {
        const auto &note = summary.notes.at(i);
        auto *row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, note.row);
        m_notes->setItem(i, 0, row);
        m_notes->setItem(i, 1, new QTableWidgetItem(MemberImporter::Summary::kindLabel(note.kind)));
        m_notes->setItem(i, 2, new QTableWidgetItem(note.reason));
    }
    m_saveButton->setEnabled(!summary.notes.isEmpty() || !summary.ignoredColumns.isEmpty());
}

void ImportSummaryPage::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), tr("import-report.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = m_wizard->saveReport(path); !saved)
        QMessageBox::warning(this, tr("Save Report"), saved.error().message());
}

} // namespace offkai
