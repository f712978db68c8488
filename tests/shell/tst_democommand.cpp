#include "records/Venue.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QAction>
#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace offkai;

/// The demo kept as the user's own file: `offkai demo create PATH` and File › Save Demo As…, both of which
/// never replace a file.
class TestDemoCommand : public QObject
{
    Q_OBJECT

    static QString communityName(const QString &path)
    {
        auto w = test::openWorkspace(path);
        if (!w)
            return QStringLiteral("(cannot open)");
        auto s = w->settings().load();
        return s ? s->name : QStringLiteral("(cannot read)");
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void createWritesADemoToKeep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my demo.sqlite"));
        const test::CommandRun run =
            test::runOffkai({QStringLiteral("demo"), QStringLiteral("create"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("my demo.sqlite")));
        QVERIFY(QFileInfo(path).isFile());
        // Nothing else is left beside it: no temporary folder, no log.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("my demo.sqlite")});
        QCOMPARE(communityName(path), QStringLiteral("オンライン異業種交流会"));
        auto w = test::openWorkspace(path);
        QVERIFY(!w->isDemo());
        QVERIFY(*w->venues().count() >= 4);
        // The file is a database `check` accepts.
        QCOMPARE(test::runOffkai({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode, 0);
    }

    void createRefusesToReplaceAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("community.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the organizer's own file");
        }
        const QByteArray before = test::checksum(path);
        const test::CommandRun run =
            test::runOffkai({QStringLiteral("demo"), QStringLiteral("create"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        QCOMPARE(test::checksum(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
                 1);
    }

    void createNeedsAPathAndAFolder()
    {
        QCOMPARE(test::runOffkai({QStringLiteral("demo"), QStringLiteral("create")}).exitCode, 2);
        QCOMPARE(test::runOffkai({QStringLiteral("demo")}).exitCode, 2);
        QCOMPARE(test::runOffkai({QStringLiteral("demo"), QStringLiteral("--help")}).exitCode, 0);
        QTemporaryDir dir;
        const test::CommandRun run = test::runOffkai({QStringLiteral("demo"), QStringLiteral("create"),
                                                      dir.filePath(QStringLiteral("missing/demo.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("missing")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    }

    void saveDemoAsKeepsTheOpenDemoAndItsChanges()
    {
        QTemporaryDir dir;
        MainWindow window;
        auto *saveAs = window.findChild<QAction *>(QStringLiteral("saveDemoAction"));
        QVERIFY(saveAs && !saveAs->isEnabled()); // only for the demo
        QVERIFY(window.openDemo());
        QVERIFY(saveAs->isEnabled());
        QCOMPARE(window.windowTitle(), QStringLiteral("オンライン異業種交流会 (demo) — Offkai"));
        const QString demoFolder = QFileInfo(window.workspace()->database().path()).absolutePath();
        Venue venue;
        venue.name = QStringLiteral("Tried in the demo");
        QVERIFY(window.workspace()->venues().insert(venue).ok());
        const int venues = *window.workspace()->venues().count();

        // Never over an existing file.
        const QString taken = dir.filePath(QStringLiteral("taken.sqlite"));
        QFile(taken).open(QIODevice::WriteOnly);
        // (the refusal is shown in a message box; answered at once)
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.saveDemoAs(taken));
        QCOMPARE(QFileInfo(taken).size(), 0);
        QVERIFY(window.workspace()->isDemo());

        const QString kept = dir.filePath(QStringLiteral("kept.sqlite"));
        QVERIFY(window.saveDemoAs(kept));
        QVERIFY(!window.workspace()->isDemo());
        QCOMPARE(window.workspace()->database().path(), QFileInfo(kept).absoluteFilePath());
        QCOMPARE(*window.workspace()->venues().count(), venues);
        QCOMPARE(window.windowTitle(), QStringLiteral("オンライン異業種交流会 — Offkai"));
        QVERIFY(!saveAs->isEnabled());
        QVERIFY(!QFileInfo::exists(demoFolder)); // the temporary demo is gone
    }

    void createFileIsTheWorkflowBehindTheCommand()
    {
        QTemporaryDir dir;
        auto first = DemoDatabase::createFile(dir.filePath(QStringLiteral("a.sqlite")), QDate(2026, 11, 23));
        QVERIFY(first.ok());
        auto second = DemoDatabase::createFile(*first, QDate(2026, 11, 23));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code(), Error::Code::Invalid);
    }
};

QTEST_MAIN(TestDemoCommand)
#include "tst_democommand.moc"
