#include "events/EventEditorDialog.h"
#include "records/Member.h"
#include "records/Venue.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/SeriesStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/ConflictFinder.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Warnings for two events at one venue at once, and for one host running two online events at once.
class TestConflictFinder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    EventStore *m_events = nullptr;
    SeriesStore *m_series = nullptr;
    qint64 m_bar = 0;
    qint64 m_cafe = 0;
    qint64 m_host = 0;

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

    static Event at(const QString &title, const QDate &day, QTime from, QTime to)
    {
        Event e;
        e.title = title;
        e.start = QDateTime(day, from, tokyo());
        e.end = to.isValid() ? QDateTime(day, to, tokyo()) : QDateTime();
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite")), options);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
        m_events = &m_workspace->events();
        m_series = &m_workspace->series();
        m_series->setHolidayLookup({});
        VenueStore &venues = m_workspace->venues();
        Venue bar;
        bar.name = QStringLiteral("ワインバー銀座");
        m_bar = *venues.insert(bar);
        Venue cafe;
        cafe.name = QStringLiteral("Cafe");
        m_cafe = *venues.insert(cafe);
        MemberStore &members = m_workspace->members();
        Member host;
        host.displayName = QStringLiteral("Zoom の持ち主");
        m_host = *members.insert(host);

        Event dinner = at(QStringLiteral("異業種交流会"), QDate(2026, 12, 10), QTime(19, 0), QTime(21, 0));
        dinner.venueId = m_bar;
        QVERIFY(m_events->insert(dinner).ok());
        Event online = at(QStringLiteral("オンライン朝活"), QDate(2026, 12, 12), QTime(8, 0), QTime(9, 0));
        online.format = Event::Format::Online;
        online.hostMemberId = m_host;
        QVERIFY(m_events->insert(online).ok());

        // Seed 003's talks, every 2nd Tuesday at 20:00 with no end, hosted online by the same member.
        Series talks;
        talks.title = QStringLiteral("勉強会");
        talks.format = Event::Format::Online;
        talks.hostMemberId = m_host;
        talks.firstStart = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo());
        talks.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        QVERIFY(m_series->insert(talks).ok());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void sameVenueOverlap()
    {
        ConflictFinder finder(*m_events, *m_series);
        Event e = at(QStringLiteral("二次会"), QDate(2026, 12, 10), QTime(20, 30), QTime(22, 0));
        e.venueId = m_bar;
        auto found = finder.conflictsFor(e);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).kind, Conflict::Kind::SameVenue);
        QCOMPARE(found->at(0).title, QStringLiteral("異業種交流会"));
        QVERIFY(found->at(0).message(QLocale(QLocale::English)).contains(QStringLiteral("異業種交流会")));

        e.start = QDateTime(QDate(2026, 12, 10), QTime(21, 0), tokyo()); // starts as the other ends
        QVERIFY(finder.conflictsFor(e)->isEmpty());
        e.start = QDateTime(QDate(2026, 12, 10), QTime(20, 0), tokyo());
        e.venueId = m_cafe;
        QVERIFY(finder.conflictsFor(e)->isEmpty());
        e.venueId = m_bar;
        e.format = Event::Format::Online; // an online event does not take the room
        QVERIFY(finder.conflictsFor(e)->isEmpty());
    }

    void sameHostOnline()
    {
        ConflictFinder finder(*m_events, *m_series);
        Event e = at(QStringLiteral("読書会"), QDate(2026, 12, 12), QTime(8, 30), QTime(10, 0));
        e.format = Event::Format::Hybrid;
        e.hostMemberId = m_host;
        auto found = finder.conflictsFor(e);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).kind, Conflict::Kind::SameHost);
        e.format = Event::Format::Offline;
        QVERIFY(finder.conflictsFor(e)->isEmpty());
    }

    void plannedOccurrenceWithOpenEnd()
    {
        // 2026-12-08 is a 2nd Tuesday: the talk at 20:00 counts until 22:00.
        ConflictFinder finder(*m_events, *m_series);
        Event e = at(QStringLiteral("もくもく会"), QDate(2026, 12, 8), QTime(21, 30), QTime(23, 0));
        e.format = Event::Format::Online;
        e.hostMemberId = m_host;
        auto found = finder.conflictsFor(e);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).eventId, 0);
        QCOMPARE(found->at(0).start, QDateTime(QDate(2026, 12, 8), QTime(20, 0), tokyo()));
        e.start = QDateTime(QDate(2026, 12, 8), QTime(22, 0), tokyo());
        QVERIFY(finder.conflictsFor(e)->isEmpty());

        // The occurrence itself, being confirmed, does not clash with its own plan.
        Event own = at(QStringLiteral("勉強会"), QDate(2026, 12, 8), QTime(20, 0), QTime());
        own.format = Event::Format::Online;
        own.hostMemberId = m_host;
        own.seriesId = m_series->all()->constFirst().id;
        own.occurrenceDate = QDate(2026, 12, 8);
        QVERIFY(finder.conflictsFor(own)->isEmpty());
    }

    void editorWarnsWithoutBlocking()
    {
        EventEditorDialog dialog(*m_workspace);
        Event e = at(QStringLiteral("二次会"), QDate(2026, 12, 10), QTime(20, 0), QTime(22, 0));
        e.venueId = m_bar;
        dialog.setEvent(e);
        QVERIFY(dialog.conflictText().contains(QStringLiteral("異業種交流会")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("conflicts"))->isVisibleTo(&dialog));
        QVERIFY(dialog.errorText().isEmpty());
        e.start = QDateTime(QDate(2026, 12, 11), QTime(20, 0), tokyo());
        e.end = QDateTime(QDate(2026, 12, 11), QTime(22, 0), tokyo());
        dialog.setEvent(e);
        QVERIFY(dialog.conflictText().isEmpty());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("conflicts"))->isVisibleTo(&dialog));
    }
};

QTEST_MAIN(TestConflictFinder)
#include "tst_conflictfinder.moc"
