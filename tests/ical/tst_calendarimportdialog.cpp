#include "events/CalendarExportDialog.h"
#include "events/CalendarImportDialog.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The import dialog: a file's preview, then one import; a bad file shows why and cannot be imported.
class TestCalendarImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    QPushButton *importButton(CalendarImportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("d.sqlite")), options);
        QVERIFY(db);
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void previewThenImport()
    {
        CalendarImportDialog dialog(*m_workspace, nullptr, test::testData(QStringLiteral("ics/google.ics")));
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 3); // the venue, the series and the event
        QStringList titles;
        for (int row = 0; row < table->rowCount(); ++row)
            titles << table->item(row, 2)->text();
        QVERIFY(titles.contains(QStringLiteral("OB会 オンライン勉強会")));
        QVERIFY(titles.contains(QStringLiteral("第5回 異業種交流会＠銀座")));
        QCOMPARE(*m_workspace->events().count(), 0); // nothing written yet
        QVERIFY(importButton(dialog)->isEnabled());
        importButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.counts());
        QCOMPARE(dialog.counts()->created, 2);
        QCOMPARE(*m_workspace->events().count(), 1);
        QCOMPARE(m_workspace->series().all()->size(), 1);

        // The same file again: nothing to do, so nothing to import.
        CalendarImportDialog again(*m_workspace, nullptr, test::testData(QStringLiteral("ics/google.ics")));
        QVERIFY(!importButton(again)->isEnabled());
    }

    void badFileShowsWhy()
    {
        CalendarImportDialog dialog(*m_workspace, nullptr,
                                    test::testData(QStringLiteral("ics/no-dtstart.ics")));
        QCOMPARE(dialog.findChild<QTableWidget *>()->rowCount(), 0);
        QVERIFY(!importButton(dialog)->isEnabled());
        bool explained = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            explained = explained || label->text().contains(QStringLiteral("DTSTART"));
        QVERIFY(explained);
    }

    void exportDialogBuilds()
    {
        CalendarExportDialog dialog(*m_workspace);
        dialog.setRange(QDate(2026, 1, 1), QDate(2026, 3, 31));
        QVERIFY(dialog.writtenPath().isEmpty());
    }
};

QTEST_MAIN(TestCalendarImportDialog)
#include "tst_calendarimportdialog.moc"
