#include "shell/RestoreBackupDialog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace offkai;

/// File › Restore from Backup…, driven through its widgets as a user would.
class TestRestoreBackupDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Database> m_db;
    int m_closed = 0;
    int m_reopened = 0;

    /// A database whose daily copies of 18, 19 and 20 November hold 0, 1 and 2 venues; the file holds 3.
    /// It is left open in m_db, as the window has it.
    QString club()
    {
        const QString path = m_dir.filePath(QStringLiteral("club%1.sqlite").arg(++m_file));
        for (int day = 18; day <= 20; ++day) {
            Database::Options options;
            options.today = QDate(2026, 11, day);
            m_db.reset();
            auto db = Database::open(path, options);
            if (!db)
                return {};
            m_db = std::move(db).value();
            Venue v;
            v.name = QStringLiteral("会場 %1").arg(day);
            if (!VenueStore(*m_db).insert(v))
                return {};
        }
        return path;
    }

    /// The dialog with the window's two steps around a restore: close the database, open it again.
    std::unique_ptr<RestoreBackupDialog> dialogFor(const QString &path, bool releaseOnClose = true)
    {
        auto dialog = std::make_unique<RestoreBackupDialog>(
            path,
            [this, releaseOnClose] {
                ++m_closed;
                if (releaseOnClose)
                    m_db.reset();
            },
            [this, path] {
                ++m_reopened;
                if (m_db)
                    return true;
                Database::Options options;
                options.dailyBackup = false; // a copy of today would prune the copies of these past days
                auto db = Database::open(path, options);
                if (db)
                    m_db = std::move(db).value();
                return db.ok();
            });
        dialog->show();
        return dialog;
    }

    static void click(QTreeWidget *list, int row)
    {
        const QRect rect = list->visualItemRect(list->topLevelItem(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_closed = 0;
        m_reopened = 0;
    }

    void listsTheCopiesNewestFirstInTheLocale()
    {
        const QString path = club();
        QVERIFY(!path.isEmpty());
        auto dialog = dialogFor(path);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 3);
        const QList<Backups::Copy> copies = Backups(path).list();
        const QLocale locale;
        for (int row = 0; row < 3; ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            QCOMPARE(item->text(0),
                     locale.toString(copies.at(row).taken.toLocalTime(), QLocale::ShortFormat));
            QCOMPARE(item->text(1), QStringLiteral("Daily copy"));
            QCOMPARE(item->text(2),
                     locale.formattedDataSize(copies.at(row).size, 1, QLocale::DataSizeTraditionalFormat));
        }
        QVERIFY(list->topLevelItem(0)->toolTip(0).endsWith(QLatin1String("-daily-2026-11-20.sqlite")));
        // The newest is chosen, and the note says the current file is kept.
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("restoreNote"))
                    ->text()
                    .contains(QLatin1String("kept aside")));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("noBackups"))->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("restoreError"))->isVisible());
        QCOMPARE(m_closed, 0);
    }

    void restoresTheChosenCopyAndReopens()
    {
        const QString path = club();
        auto dialog = dialogFor(path);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"));
        click(list, 1); // 19 November: one venue
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(m_closed, 1);
        QCOMPARE(m_reopened, 1);
        QVERIFY(m_db);
        QCOMPARE(*VenueStore(*m_db).count(), 1);
        QVERIFY2(dialog->outcome().contains(QLatin1String("-before-restore-")),
                 qPrintable(dialog->outcome()));
        // The file that was replaced is the newest copy now.
        QCOMPARE(Backups(path).list().constFirst().kind, Backups::Kind::BeforeRestore);
    }

    void aRefusalIsShownAndChangesNothing()
    {
        const QString path = club();
        // The database is not released: the lock is still held, as when another Offkai has the file.
        auto dialog = dialogFor(path, false);
        const QByteArray before = test::checksum(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_reopened, 1);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("restoreError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("cannot be restored now")), qPrintable(error->text()));
        QCOMPARE(test::checksum(path), before);
        QCOMPARE(*VenueStore(*m_db).count(), 3);
        QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"))->topLevelItemCount(), 3);
        // Cancel closes it without touching anything.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(m_closed, 1);
    }

    void saysSoWhenThereAreNoCopies()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        Database::Options options;
        options.dailyBackup = false;
        m_db.reset();
        m_db = std::move(Database::open(path, options)).value();
        auto dialog = dialogFor(path);
        QVERIFY(!dialog->findChild<QTreeWidget *>(QStringLiteral("backupList"))->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noBackups"))->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_MAIN(TestRestoreBackupDialog)
#include "tst_restorebackupdialog.moc"
