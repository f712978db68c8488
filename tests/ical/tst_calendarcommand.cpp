#include "records/Event.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai calendar export|import …` through the real binary.
class TestCalendarCommand : public QObject
{
    Q_OBJECT

    using Run = test::CommandRun;
    static Run offkai(const QStringList &arguments) { return test::runOffkai(arguments); }

    QTemporaryDir m_dir;
    QString m_db;

    QStringList db(const QString &path, const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), path} + rest;
    }
    static QDateTime tokyo(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }
    template<typename F> static auto withWorkspace(const QString &path, F f)
    {
        auto opened = Database::open(path);
        if (!opened)
            qFatal("cannot open %s", qPrintable(opened.error().toString()));
        Workspace workspace(std::move(opened).value());
        return f(workspace);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("a.sqlite"));
        withWorkspace(m_db, [](Workspace &w) {
            Venue venue;
            venue.name = QStringLiteral("ワインバー ヴィーニョ銀座");
            venue.address = QStringLiteral("東京都中央区銀座二丁目14-5");
            const qint64 venueId = *w.venues().insert(venue);
            Event second;
            second.title = QStringLiteral("第2回オフ会");
            second.start = tokyo(2013, 8, 29, 19, 30);
            second.end = tokyo(2013, 8, 29, 22, 30);
            second.venueId = venueId;
            second.notes = QStringLiteral("ORGANIZER-NOTE");
            QVERIFY(w.events().insert(second));
            Event later;
            later.title = QStringLiteral("第4回オフ会");
            later.start = tokyo(2013, 10, 29, 19, 30);
            QVERIFY(w.events().insert(later));
            Event tentative;
            tentative.title = QStringLiteral("第3回オフ会");
            tentative.status = Event::Status::Tentative;
            tentative.tentativeFrom = QDate(2013, 9, 23);
            QVERIFY(w.events().insert(tentative));
        });
    }

    void exportToStdout()
    {
        const Run run = offkai(db(m_db, {QStringLiteral("calendar"), QStringLiteral("export")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(run.out.count("BEGIN:VEVENT"), 2);
        QVERIFY(!run.out.contains("ORGANIZER-NOTE"));                         // notes only with --with-notes
        QVERIFY2(run.err.contains(QStringLiteral("1")), qPrintable(run.err)); // one left out
    }

    void exportRangeToFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("aug.ics"));
        const Run run = offkai(
            db(m_db, {QStringLiteral("calendar"), QStringLiteral("export"), QStringLiteral("--from"),
                      QStringLiteral("2013-08-01"), QStringLiteral("--to"), QStringLiteral("2013-08-31"),
                      QStringLiteral("--out"), out, QStringLiteral("--with-notes")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.count("BEGIN:VEVENT"), 1);
        QVERIFY(bytes.contains("X-OFFKAI-NOTES:ORGANIZER-NOTE"));
    }

    void importPrintsCounts()
    {
        const QString ics = m_dir.filePath(QStringLiteral("all.ics"));
        QCOMPARE(offkai(db(m_db, {QStringLiteral("calendar"), QStringLiteral("export"),
                                  QStringLiteral("--out"), ics}))
                     .exitCode,
                 0);
        const QString fresh = m_dir.filePath(QStringLiteral("b.sqlite"));
        Run run = offkai(db(fresh, {QStringLiteral("calendar"), QStringLiteral("import"), ics}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("created: 2\n"), run.out.constData());
        QVERIFY(run.out.contains("updated: 0\n"));
        run = offkai(db(fresh, {QStringLiteral("calendar"), QStringLiteral("import"), ics}));
        QVERIFY(run.out.contains("created: 0\n"));
        QVERIFY(run.out.contains("unchanged: 2\n"));
        const int events = withWorkspace(fresh, [](Workspace &w) { return *w.events().count(); });
        QCOMPARE(events, 2);
        // The same file into the original database: the UIDs are known, nothing is doubled.
        run = offkai(db(m_db, {QStringLiteral("calendar"), QStringLiteral("import"), ics}));
        QVERIFY(run.out.contains("created: 0\n"));
    }

    void dryRunListsWithoutWriting()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("c.sqlite"));
        const Run run = offkai(
            db(fresh, {QStringLiteral("calendar"), QStringLiteral("import"),
                       test::testData(QStringLiteral("ics/google.ics")), QStringLiteral("--dry-run")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count('\n'), 3); // a venue, a series and an event
        QCOMPARE(withWorkspace(fresh, [](Workspace &w) { return *w.events().count(); }), 0);
    }

    void badFileImportsNothing()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("d.sqlite"));
        const Run run = offkai(db(fresh, {QStringLiteral("calendar"), QStringLiteral("import"),
                                          test::testData(QStringLiteral("ics/missing-end.ics"))}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("END:VCALENDAR")), qPrintable(run.err));
        QCOMPARE(withWorkspace(fresh, [](Workspace &w) { return *w.events().count(); }), 0);
    }

    void usageErrors()
    {
        QCOMPARE(offkai(db(m_db, {QStringLiteral("calendar")})).exitCode, 2);
        QCOMPARE(offkai(db(m_db, {QStringLiteral("calendar"), QStringLiteral("import")})).exitCode, 2);
        QCOMPARE(offkai(db(m_db, {QStringLiteral("calendar"), QStringLiteral("export"),
                                  QStringLiteral("--from"), QStringLiteral("tomorrow")}))
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCalendarCommand)
#include "tst_calendarcommand.moc"
