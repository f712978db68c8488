#include "records/StatsFigures.h"
#include "storage/Database.h"
#include "stores/CommunityStats.h"
#include "stores/MemberDuplicates.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

namespace {

const QDate kToday(2026, 6, 15);

StatsPeriod between(QDate from, QDate to)
{
    StatsPeriod period;
    period.from = from;
    period.to = to;
    return period;
}

} // namespace

/// Every figure against numbers worked out by hand on a small community (see fixture()).
class TestCommunityStats : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;

    CommunityStats &stats() { return m_workspace->stats(); }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_workspace->database().connection());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
    }

    void open()
    {
        m_workspace = test::openWorkspace(m_dir.filePath(QStringLiteral("stats%1.sqlite").arg(++m_file)));
        QVERIFY(m_workspace);
    }

    /// The community every test but the edge cases reads. Today is 2026-06-15.
    ///
    /// Members (status, joined_on, left_on, occupation, industry, region, referred by):
    ///   1 Aoki   active    2025-01-10  -           employee  IT       Tokyo
    ///   2 Baba   active    2025-03-05  -           founder   IT       Osaka   by 1
    ///   3 Chiba  left      2025-03-20  2026-02-10  student   -        Tokyo   by 1
    ///   4 Doi    active    2026-01-31  -           employee  Finance  Tokyo   by 2
    ///   5 Endo   active    (none)      -           creator   -        -
    ///   6 Fujii  applicant (none)
    ///   7 Goto   left      2025-06-01  (none)      employee
    ///   8 Hara   active    2026-04-01  -           -         IT       Osaka   by 1
    /// Events (Asia/Tokyo unless said; local day; type; capacity):
    ///   1  2025-02-01 19:00                     offline_meetup  10
    ///   10 2025-11-10 19:00 Europe/Berlin (CET)  online_meetup  (Tokyo's day would be 11-11)
    ///   2  2026-01-01 00:30 (UTC: 2025-12-31)    lunch           8
    ///   3  2026-03-10 19:00 series 1             offline_meetup  5
    ///   9  2026-03-31 23:30 Europe/Berlin (CEST) online_meetup  (Tokyo's day would be 04-01)
    ///   5  2026-04-05 CANCELLED                  offline_meetup
    ///   4  2026-05-20 19:00 series 1             offline_meetup
    ///   7  2026-06-15 19:00 (today)              talk
    ///   6  no day, July 2026 (tentative)         talk
    ///   8  2026-08-01 19:00 (to come)            offline_meetup
    /// Participations (member: rsvp, came, walk-in, role):
    ///   E1: 1 going came; 2 going no-show; 5 maybe
    ///   E10: 1 going came; 3 going came
    ///   E2: 1 going came; 4 walk-in came; 2 declined
    ///   E3: 2 going came speaker; 4 going no-show; 8 going came; 5 walk-in came
    ///   E9: 8 going came; 1 going no-show speaker
    ///   E5: 1 going came; 2 going came (cancelled: never counted)
    ///   E4: 8, 4, 1 (speaker) going came; 7 going no-show
    ///   E7: 1 going (not checked in yet); 2 going came
    ///   E6: 4 going
    ///   E8: 2 going
    /// Series 1 "Tech talks" slots: 03-10 Baba (E3), 05-20 Aoki (E4), 07-14 Hara, 08-11 Doi, 09-08 Baba
    /// (skipped), 10-13 Aoki. Series 2 "Lunch talks": 06-01 Chiba, 06-15 Endo.
    void fixture()
    {
        open();
        exec(QStringLiteral("INSERT INTO members (id, display_name, status, joined_on, left_on, occupation, "
                            "industry, region) "
                            "VALUES (1, 'Aoki', 'active', '2025-01-10', NULL, 'employee', 'IT', 'Tokyo'), "
                            "(2, 'Baba', 'active', '2025-03-05', NULL, 'founder', 'IT', 'Osaka'), "
                            "(3, 'Chiba', 'left', '2025-03-20', '2026-02-10', 'student', '', 'Tokyo'), "
                            "(4, 'Doi', 'active', '2026-01-31', NULL, 'employee', 'Finance', 'Tokyo'), "
                            "(5, 'Endo', 'active', NULL, NULL, 'creator', '', ''), "
                            "(6, 'Fujii', 'applicant', NULL, NULL, '', '', ''), "
                            "(7, 'Goto', 'left', '2025-06-01', NULL, 'employee', '', ''), "
                            "(8, 'Hara', 'active', '2026-04-01', NULL, '', 'IT', 'Osaka')"));
        exec(QStringLiteral(
            "UPDATE member_profiles SET referred_by = CASE member_id WHEN 2 THEN 1 WHEN 3 THEN 1 "
            "WHEN 4 THEN 2 WHEN 8 THEN 1 END WHERE member_id IN (2, 3, 4, 8)"));
        exec(QStringLiteral("INSERT INTO series (id, uid, title, first_start, rrule) VALUES "
                            "(1, 's1@test', 'Tech talks', '2026-01-13T19:00:00', 'FREQ=MONTHLY;BYDAY=2TU'), "
                            "(2, 's2@test', 'Lunch talks', '2026-06-01T12:00:00', 'FREQ=WEEKLY')"));
        exec(QStringLiteral(
            "INSERT INTO events (id, title, kind, status, starts_at, time_zone, tentative_from, "
            "tentative_to, "
            "capacity, series_id, occurrence_date) VALUES "
            "(1, 'E1', 'offline_meetup', 'done', '2025-02-01T10:00:00Z', 'Asia/Tokyo', NULL, NULL, 10, NULL, "
            "NULL), "
            "(10, 'E10', 'online_meetup', 'done', '2025-11-10T18:00:00Z', 'Europe/Berlin', NULL, NULL, NULL, "
            "NULL, "
            "NULL), "
            "(2, 'E2', 'lunch', 'done', '2025-12-31T15:30:00Z', 'Asia/Tokyo', NULL, NULL, 8, NULL, NULL), "
            "(3, 'E3', 'offline_meetup', 'done', '2026-03-10T10:00:00Z', 'Asia/Tokyo', NULL, NULL, 5, 1, "
            "'2026-03-10'), "
            "(9, 'E9', 'online_meetup', 'done', '2026-03-31T21:30:00Z', 'Europe/Berlin', NULL, NULL, NULL, "
            "NULL, "
            "NULL), "
            "(5, 'E5', 'offline_meetup', 'cancelled', '2026-04-05T10:00:00Z', 'Asia/Tokyo', NULL, NULL, "
            "NULL, "
            "NULL, NULL), "
            "(4, 'E4', 'offline_meetup', 'done', '2026-05-20T10:00:00Z', 'Asia/Tokyo', NULL, NULL, NULL, 1, "
            "'2026-05-20'), "
            "(7, 'E7', 'talk', 'scheduled', '2026-06-15T10:00:00Z', 'Asia/Tokyo', NULL, NULL, NULL, NULL, "
            "NULL), "
            "(6, 'E6', 'talk', 'tentative', NULL, 'Asia/Tokyo', '2026-07-01', '2026-07-31', NULL, NULL, "
            "NULL), "
            "(8, 'E8', 'offline_meetup', 'scheduled', '2026-08-01T10:00:00Z', 'Asia/Tokyo', NULL, NULL, "
            "NULL, "
            "NULL, NULL)"));
        exec(QStringLiteral(
            "INSERT INTO participations (event_id, member_id, role, rsvp, attended, walk_in) VALUES "
            "(1, 1, 'attendee', 'going', 1, 0), (1, 2, 'attendee', 'going', 0, 0), (1, 5, 'attendee', "
            "'maybe', 0, 0), "
            "(10, 1, 'attendee', 'going', 1, 0), (10, 3, 'attendee', 'going', 1, 0), "
            "(2, 1, 'attendee', 'going', 1, 0), (2, 4, 'attendee', 'going', 1, 1), (2, 2, 'attendee', "
            "'declined', 0, 0), "
            "(3, 2, 'speaker', 'going', 1, 0), (3, 4, 'attendee', 'going', 0, 0), (3, 8, 'attendee', "
            "'going', 1, 0), "
            "(3, 5, 'attendee', 'going', 1, 1), "
            "(9, 8, 'attendee', 'going', 1, 0), (9, 1, 'speaker', 'going', 0, 0), "
            "(5, 1, 'attendee', 'going', 1, 0), (5, 2, 'attendee', 'going', 1, 0), "
            "(4, 8, 'attendee', 'going', 1, 0), (4, 4, 'attendee', 'going', 1, 0), (4, 1, 'speaker', "
            "'going', 1, 0), "
            "(4, 7, 'attendee', 'going', 0, 0), "
            "(7, 1, 'attendee', 'going', 0, 0), (7, 2, 'attendee', 'going', 1, 0), "
            "(6, 4, 'attendee', 'going', 0, 0), (8, 2, 'attendee', 'going', 0, 0)"));
        exec(QStringLiteral(
            "INSERT INTO series_slots (series_id, occurrence_date, member_id, topic) VALUES "
            "(1, '2026-03-10', 2, 'Qt'), (1, '2026-05-20', 1, 'Rust'), (1, '2026-07-14', 8, 'SQL'), "
            "(1, '2026-08-11', 4, 'X'), (1, '2026-09-08', 2, 'Y'), (1, '2026-10-13', 1, 'Z'), "
            "(2, '2026-06-01', 3, 'Past'), (2, '2026-06-15', 5, 'Today')"));
        exec(QStringLiteral("INSERT INTO series_exceptions (series_id, occurrence_date, kind) VALUES "
                            "(1, '2026-09-08', 'skipped')"));
    }

    static void compareMonth(const MonthMembers &m, QDate month, int joined, int left, int active)
    {
        QCOMPARE(m.month, month);
        QCOMPARE(m.joined, joined);
        QCOMPARE(m.left, left);
        QCOMPARE(m.activeTotal, active);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void presets()
    {
        QCOMPARE(StatsPeriod::thisYear(kToday).from, QDate(2026, 1, 1));
        QCOMPARE(StatsPeriod::thisYear(kToday).to, QDate(2026, 12, 31));
        // The last day of a year is still that year; January 1 starts the next.
        QCOMPARE(StatsPeriod::thisYear(QDate(2024, 12, 31)).from, QDate(2024, 1, 1));
        QCOMPARE(StatsPeriod::thisYear(QDate(2025, 1, 1)).to, QDate(2025, 12, 31));
        // 12 whole months ending with today's month.
        QCOMPARE(StatsPeriod::last12Months(kToday).from, QDate(2025, 7, 1));
        QCOMPARE(StatsPeriod::last12Months(kToday).to, QDate(2026, 6, 30));
        QCOMPARE(StatsPeriod::last12Months(QDate(2026, 1, 31)).from, QDate(2025, 2, 1));
        QCOMPARE(StatsPeriod::last12Months(QDate(2026, 1, 31)).to, QDate(2026, 1, 31));
        QCOMPARE(StatsPeriod::last12Months(QDate(2024, 2, 29)).from, QDate(2023, 3, 1));
        QCOMPARE(StatsPeriod::last12Months(QDate(2024, 2, 29)).to, QDate(2024, 2, 29));
        QCOMPARE(StatsPeriod::last12Months(QDate(2026, 12, 1)).from, QDate(2026, 1, 1));
        QCOMPARE(StatsPeriod::last12Months(kToday).months().size(), 12);
        QCOMPARE(StatsPeriod::last12Months(kToday).months().constFirst(), QDate(2025, 7, 1));
        QCOMPARE(StatsPeriod::last12Months(kToday).months().constLast(), QDate(2026, 6, 1));
        QVERIFY(!StatsPeriod::allTime().from.isValid());
        QVERIFY(!StatsPeriod::allTime().to.isValid());
        QVERIFY(StatsPeriod::allTime().months().isEmpty());
        QVERIFY(between(QDate(2026, 3, 1), QDate(2026, 2, 1)).months().isEmpty());
    }

    void resolvedAllTime()
    {
        fixture();
        // From the first join (Aoki, 2025-01-10; the first event is 2025-02-01) to the last scheduled
        // event (E8, 2026-08-01), which is after today.
        auto period = stats().resolved(StatsPeriod::allTime(), kToday);
        QVERIFY(period.ok());
        QCOMPARE(period->from, QDate(2025, 1, 10));
        QCOMPARE(period->to, QDate(2026, 8, 1));
        // A set end is kept.
        auto half = stats().resolved(between({}, QDate(2025, 12, 31)), kToday);
        QVERIFY(half.ok());
        QCOMPARE(half->from, QDate(2025, 1, 10));
        QCOMPARE(half->to, QDate(2025, 12, 31));
        auto wrong = stats().growth(between(QDate(2026, 3, 1), QDate(2026, 2, 1)), kToday);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code(), Error::Code::Invalid);
    }

    void growthThisYear()
    {
        fixture();
        auto g = stats().growth(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error().toString()));
        QCOMPARE(g->months.size(), 12);
        // On the roll from before 2026: Aoki, Baba, Chiba (until 02-10) and Endo (no join date: always).
        // Goto left on an unknown day: never. Jan: + Doi = 5. Feb: - Chiba = 4. Apr: + Hara = 5.
        compareMonth(g->months.at(0), QDate(2026, 1, 1), 1, 0, 5);
        compareMonth(g->months.at(1), QDate(2026, 2, 1), 0, 1, 4);
        compareMonth(g->months.at(2), QDate(2026, 3, 1), 0, 0, 4);
        compareMonth(g->months.at(3), QDate(2026, 4, 1), 1, 0, 5);
        compareMonth(g->months.at(11), QDate(2026, 12, 1), 0, 0, 5);
        QCOMPARE(g->joined, 2);
        QCOMPARE(g->left, 1);
        QCOMPARE(g->activeAtEnd, 5);
        QCOMPARE(g->applicantsWaiting, 1);
        QCOMPARE(g->withoutJoinDate, 1);
        // Joined in 2026 with a referrer: Doi (by Baba) and Hara (by Aoki). A tie: by reading, then id.
        QCOMPARE(g->referredJoined, 2);
        QCOMPARE(g->topReferrers.size(), 2);
        QCOMPARE(g->topReferrers.at(0).memberId, 1);
        QCOMPARE(g->topReferrers.at(0).name, QStringLiteral("Aoki"));
        QCOMPARE(g->topReferrers.at(0).brought, 1);
        QCOMPARE(g->topReferrers.at(1).memberId, 2);
        QCOMPARE(g->topReferrers.at(1).brought, 1);
    }

    void growthAllTime()
    {
        fixture();
        auto g = stats().growth(StatsPeriod::allTime(), kToday);
        QVERIFY(g.ok());
        // 2025-01 … 2026-08.
        QCOMPARE(g->months.size(), 20);
        compareMonth(g->months.at(0), QDate(2025, 1, 1), 1, 0, 2);  // Aoki, Endo
        compareMonth(g->months.at(2), QDate(2025, 3, 1), 2, 0, 4);  // + Baba, Chiba
        compareMonth(g->months.at(5), QDate(2025, 6, 1), 1, 0, 4);  // Goto joins, but left on an unknown day
        compareMonth(g->months.at(13), QDate(2026, 2, 1), 0, 1, 4); // Chiba leaves
        compareMonth(g->months.at(19), QDate(2026, 8, 1), 0, 0, 5);
        QCOMPARE(g->joined, 6);
        QCOMPARE(g->left, 1);
        // Aoki brought Baba, Chiba and Hara; Baba brought Doi.
        QCOMPARE(g->referredJoined, 4);
        QCOMPARE(g->topReferrers.size(), 2);
        QCOMPARE(g->topReferrers.at(0).brought, 3);
        QCOMPARE(g->topReferrers.at(1).name, QStringLiteral("Baba"));
    }

    void eventsPerMonth()
    {
        fixture();
        auto months = stats().eventsPerMonth(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(months.ok());
        QCOMPARE(months->size(), 12);
        const QList<std::pair<int, int>> expected = {
            {1, 2},         // E2 (Tokyo's 2026-01-01, UTC's 2025-12-31): Aoki, Doi
            {0, 0}, {2, 4}, // E3: Baba, Hara, Endo; E9 (Berlin's 03-31, Tokyo's 04-01): Hara
            {0, 0},         // E5 is cancelled
            {1, 3},         // E4: Hara, Doi, Aoki
            {1, 1},         // E7 today: Baba checked in
            {1, 0},         // E6, without a day: counted in its tentative month
            {1, 0},         // E8, to come
            {0, 0}, {0, 0}, {0, 0}, {0, 0}};
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(months->at(i).month, QDate(2026, i + 1, 1));
            QCOMPARE(months->at(i).events, expected.at(i).first);
            QCOMPARE(months->at(i).attendance, expected.at(i).second);
        }
    }

    void attendance()
    {
        fixture();
        auto list = stats().attendance(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().toString()));
        // Oldest first by start; E6 without a day sorts at its tentative_from, 07-01.
        QCOMPARE(list->size(), 7);
        struct Expected
        {
            qint64 id;
            QDate date;
            bool dated;
            int registered, came, walkIns, noShows, firstTimers;
        };
        const QList<Expected> expected = {
            // E2: Aoki registered and came; Doi walked in (his first time); Baba declined.
            {2, QDate(2026, 1, 1), true, 1, 2, 1, 0, 1},
            // E3: Baba, Doi, Hara registered; Doi did not come; Endo walked in. Baba (a no-show at E1),
            // Hara and Endo came for the first time.
            {3, QDate(2026, 3, 10), true, 3, 3, 1, 1, 3},
            // E9: Hara came (not his first), Aoki did not.
            {9, QDate(2026, 3, 31), true, 2, 1, 0, 1, 0},
            // E4: four registered, Goto did not come; all three had come before.
            {4, QDate(2026, 5, 20), true, 4, 3, 0, 1, 0},
            // E7 is today: Aoki has not come yet, which is no no-show until tomorrow.
            {7, QDate(2026, 6, 15), true, 2, 1, 0, 0, 0},
            {6, QDate(2026, 7, 1), false, 1, 0, 0, 0, 0},
            {8, QDate(2026, 8, 1), true, 1, 0, 0, 0, 0},
        };
        for (int i = 0; i < expected.size(); ++i) {
            const EventAttendance &a = list->at(i);
            const Expected &e = expected.at(i);
            QCOMPARE(a.eventId, e.id);
            QCOMPARE(a.date, e.date);
            QCOMPARE(a.dated, e.dated);
            QCOMPARE(a.registered, e.registered);
            QCOMPARE(a.came, e.came);
            QCOMPARE(a.walkIns, e.walkIns);
            QCOMPARE(a.noShows, e.noShows);
            QCOMPARE(a.firstTimers, e.firstTimers);
        }
        QCOMPARE(list->at(0).title, QStringLiteral("E2"));
        QCOMPARE(list->at(0).eventType, QStringLiteral("lunch"));
        QCOMPARE(list->at(0).capacity, std::optional<int>(8));
        QCOMPARE(list->at(2).capacity, std::nullopt);
        QVERIFY(list->at(3).past);
        QVERIFY(!list->at(4).past);
        // The last 2: E6 and E8.
        auto last = stats().attendance(StatsPeriod::thisYear(kToday), kToday, 2);
        QVERIFY(last.ok());
        QCOMPARE(last->size(), 2);
        QCOMPARE(last->at(0).eventId, 6);
        QCOMPARE(last->at(1).eventId, 8);
    }

    void repeatRate()
    {
        fixture();
        // 2026: Aoki (E2, E4), Doi (E2, E4), Baba (E3, E7), Hara (E3, E9, E4), Endo (E3): 4 of 5.
        auto year = stats().repeatRate(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(year.ok());
        QCOMPARE(year->attendees, 5);
        QCOMPARE(year->repeaters, 4);
        QCOMPARE(year->rate(), 0.8);
        // All time adds E1 (Aoki) and E10 (Aoki, Chiba): Chiba came once, so 4 of 6.
        auto all = stats().repeatRate(StatsPeriod::allTime(), kToday);
        QVERIFY(all.ok());
        QCOMPARE(all->attendees, 6);
        QCOMPARE(all->repeaters, 4);
        // Series 1 only (E3, E4): Hara came to both; Baba, Endo, Doi, Aoki once.
        StatsPeriod series = StatsPeriod::allTime();
        series.seriesId = 1;
        auto one = stats().repeatRate(series, kToday);
        QVERIFY(one.ok());
        QCOMPARE(one->attendees, 5);
        QCOMPARE(one->repeaters, 1);
    }

    void cohorts()
    {
        fixture();
        auto rows = stats().cohorts(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), 2);
        // Doi joined 01-31; E2 (01-01) was before, so his first event after joining is E4 (05-20).
        // Windows end 02-28 (a month after Jan 31 is Feb's last day), 04-30, 07-31, 2027-01-31.
        const CohortRow &jan = rows->at(0);
        QCOMPARE(jan.month, QDate(2026, 1, 1));
        QCOMPARE(jan.joined, 1);
        QCOMPARE(jan.within[0], 0);
        QCOMPARE(jan.within[1], 0);
        QCOMPARE(jan.within[2], 1);
        QCOMPARE(jan.within[3], 1);
        // The month's last possible joiner (01-31) has had 1 and 3 months by 06-15, not 6 or 12.
        QCOMPARE(jan.complete[0], true);
        QCOMPARE(jan.complete[1], true);
        QCOMPARE(jan.complete[2], false);
        QCOMPARE(jan.complete[3], false);
        // Hara joined 04-01; E3 and E9 (Berlin's 03-31, though Tokyo's 04-01) were before. E4 (05-20):
        // after the 1-month window (to 05-01), within 3 months.
        const CohortRow &apr = rows->at(1);
        QCOMPARE(apr.month, QDate(2026, 4, 1));
        QCOMPARE(apr.joined, 1);
        QCOMPARE(apr.within[0], 0);
        QCOMPARE(apr.within[1], 1);
        QCOMPARE(apr.within[2], 1);
        QCOMPARE(apr.within[3], 1);
        QCOMPARE(apr.share(1), 1.0);
        QCOMPARE(apr.complete[0], true); // 04-30 + 1 month = 05-30
        QCOMPARE(apr.complete[1], false);
    }

    void noShows()
    {
        fixture();
        // Events before today: E2 (lunch), E3 and E4 (offline), E9 (online). E7 is today.
        auto byType = stats().noShowsByType(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(byType.ok());
        QCOMPARE(byType->size(), 3);
        // In the catalogue's order: offline (E3: 3 registered, Doi away; E4: 4, Goto away), online (E9:
        // 2, Aoki away), lunch (E2: 1, none away).
        QCOMPARE(byType->at(0).key, QStringLiteral("offline_meetup"));
        QCOMPARE(byType->at(0).registered, 7);
        QCOMPARE(byType->at(0).noShows, 2);
        QCOMPARE(byType->at(1).key, QStringLiteral("online_meetup"));
        QCOMPARE(byType->at(1).registered, 2);
        QCOMPARE(byType->at(1).noShows, 1);
        QCOMPARE(byType->at(2).key, QStringLiteral("lunch"));
        QCOMPARE(byType->at(2).registered, 1);
        QCOMPARE(byType->at(2).noShows, 0);
        // By how long before the start they registered (schema 10); rows without a time are "unknown".
        //   E3 (03-10 10:00Z): Baba 5 hours before (same day, came); Doi 2 days (1-6 days, no-show);
        //      Hara 2026-02-01 (37 days: over 4 weeks, came).
        //   E4 (05-20 10:00Z): Goto 22 hours before (same day, no-show); Hara 14 days (1-4 weeks, came);
        //      Doi and Aoki unknown (came).
        //   E9 (03-31 21:30Z): Aoki exactly 7 days (1-4 weeks, no-show); Hara unknown (came).
        //   E2: Aoki recorded after the start (entered afterwards): unknown (came).
        exec(QStringLiteral("UPDATE participations SET registered_at = CASE "
                            "WHEN event_id = 3 AND member_id = 2 THEN '2026-03-10T05:00:00Z' "
                            "WHEN event_id = 3 AND member_id = 4 THEN '2026-03-08T10:00:00Z' "
                            "WHEN event_id = 3 AND member_id = 8 THEN '2026-02-01T00:00:00Z' "
                            "WHEN event_id = 4 AND member_id = 7 THEN '2026-05-19T12:00:00Z' "
                            "WHEN event_id = 4 AND member_id = 8 THEN '2026-05-06T10:00:00Z' "
                            "WHEN event_id = 9 AND member_id = 1 THEN '2026-03-24T21:30:00Z' "
                            "WHEN event_id = 2 AND member_id = 1 THEN '2026-01-05T00:00:00Z' END"));
        auto byLead = stats().noShowsByLeadTime(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(byLead.ok());
        QCOMPARE(byLead->size(), 5);
        const QList<std::tuple<QString, int, int>> expected = {{QStringLiteral("same-day"), 2, 1},
                                                               {QStringLiteral("1-6-days"), 1, 1},
                                                               {QStringLiteral("1-4-weeks"), 2, 1},
                                                               {QStringLiteral("over-4-weeks"), 1, 0},
                                                               {QStringLiteral("unknown"), 4, 0}};
        int registered = 0;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(byLead->at(i).key, std::get<0>(expected.at(i)));
            QCOMPARE(byLead->at(i).registered, std::get<1>(expected.at(i)));
            QCOMPARE(byLead->at(i).noShows, std::get<2>(expected.at(i)));
            registered += byLead->at(i).registered;
        }
        QCOMPARE(registered, 10); // every registration of the period once
        QCOMPARE(byLead->at(0).rate(), 0.5);
    }

    void attendeeMix()
    {
        fixture();
        const StatsPeriod year = StatsPeriod::thisYear(kToday);
        // Came in 2026: Aoki (employee, IT, Tokyo), Baba (founder, IT, Osaka), Doi (employee, Finance,
        // Tokyo), Endo (creator), Hara (IT, Osaka). Most first, then by value ("" = not given).
        auto occupations = stats().attendeeMix(year, kToday, CommunityStats::MixField::Occupation);
        QVERIFY(occupations.ok());
        QCOMPARE(occupations->size(), 4);
        QCOMPARE(occupations->at(0).key, QStringLiteral("employee"));
        QCOMPARE(occupations->at(0).attendees, 2);
        QCOMPARE(occupations->at(1).key, QString());
        QCOMPARE(occupations->at(2).key, QStringLiteral("creator"));
        QCOMPARE(occupations->at(3).key, QStringLiteral("founder"));
        QCOMPARE(occupations->at(3).attendees, 1);
        auto industries = stats().attendeeMix(year, kToday, CommunityStats::MixField::Industry);
        QVERIFY(industries.ok());
        QCOMPARE(industries->size(), 3);
        QCOMPARE(industries->at(0).key, QStringLiteral("IT"));
        QCOMPARE(industries->at(0).attendees, 3);
        QCOMPARE(industries->at(2).key, QStringLiteral("Finance"));
        auto regions = stats().attendeeMix(year, kToday, CommunityStats::MixField::Region);
        QVERIFY(regions.ok());
        QCOMPARE(regions->size(), 3);
        QCOMPARE(regions->at(0).key, QStringLiteral("Osaka"));
        QCOMPARE(regions->at(0).attendees, 2);
        QCOMPARE(regions->at(1).key, QStringLiteral("Tokyo"));
        QCOMPARE(regions->at(1).attendees, 2);
        QCOMPARE(regions->at(2).attendees, 1);
    }

    void speakersAndTalks()
    {
        fixture();
        // Aoki spoke at E9 (role) and E4 (role and slot: once); Baba at E3 (role and slot: once).
        auto speakers = stats().speakers(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(speakers.ok());
        QCOMPARE(speakers->size(), 2);
        QCOMPARE(speakers->at(0).memberId, 1);
        QCOMPARE(speakers->at(0).talks, 2);
        QCOMPARE(speakers->at(1).name, QStringLiteral("Baba"));
        QCOMPARE(speakers->at(1).talks, 1);
        // From today on, 3 per series, by series title: Lunch talks (06-15 Endo), then Tech talks (07-14
        // Hara, 08-11 Doi, 10-13 Aoki; 09-08 is skipped).
        auto next = stats().upcomingTalks(kToday);
        QVERIFY(next.ok());
        QCOMPARE(next->size(), 4);
        QCOMPARE(next->at(0).seriesTitle, QStringLiteral("Lunch talks"));
        QCOMPARE(next->at(0).date, kToday);
        QCOMPARE(next->at(0).speakerName, QStringLiteral("Endo"));
        QCOMPARE(next->at(0).topic, QStringLiteral("Today"));
        QCOMPARE(next->at(1).seriesId, 1);
        QCOMPARE(next->at(1).date, QDate(2026, 7, 14));
        QCOMPARE(next->at(2).date, QDate(2026, 8, 11));
        QCOMPARE(next->at(3).date, QDate(2026, 10, 13));
        QCOMPARE(next->at(3).memberId, 1);
        auto one = stats().upcomingTalks(kToday, 1);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 2);
    }

    void totals()
    {
        fixture();
        auto t = stats().totals(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(t.ok());
        QCOMPARE(t->activeMembers, 5);
        QCOMPARE(t->joined, 2);
        QCOMPARE(t->left, 1);
        // Held up to today: E2, E3, E9, E4, E7 (came 2 + 3 + 1 + 3 + 1).
        QCOMPARE(t->events, 5);
        QCOMPARE(t->attendance, 10);
        QCOMPARE(t->distinctAttendees, 5);
        QCOMPARE(t->repeaters, 4);
        QCOMPARE(t->repeatRate, 0.8);
        // The last 12 months (2025-07 … 2026-06) add E10 (Aoki, Chiba): 6 events, 12 came; Aoki came 3
        // times, Chiba once.
        auto months = stats().totals(StatsPeriod::last12Months(kToday), kToday);
        QVERIFY(months.ok());
        QCOMPARE(months->events, 6);
        QCOMPARE(months->attendance, 12);
        QCOMPARE(months->distinctAttendees, 6);
        QCOMPARE(months->repeaters, 4);
        // One event type: talks. E7 is held today; E6 has no day.
        StatsPeriod talks = StatsPeriod::thisYear(kToday);
        talks.eventType = QStringLiteral("talk");
        auto t2 = stats().totals(talks, kToday);
        QVERIFY(t2.ok());
        QCOMPARE(t2->events, 1);
        QCOMPARE(t2->attendance, 1);
        auto perMonth = stats().eventsPerMonth(talks, kToday);
        QVERIFY(perMonth.ok());
        QCOMPARE(perMonth->at(5).events, 1);
        QCOMPARE(perMonth->at(6).events, 1);
        QCOMPARE(perMonth->at(7).events, 0);
    }

    void dashboardMatchesEachFigure()
    {
        fixture();
        auto d = stats().dashboard(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(d.ok());
        QCOMPARE(d->period.from, QDate(2026, 1, 1));
        QCOMPARE(d->growth.joined, 2);
        QCOMPARE(d->eventsPerMonth.at(2).events, 2);
        QCOMPARE(d->attendance.size(), 7);
        QCOMPARE(d->repeatRate.repeaters, 4);
        QCOMPARE(d->cohorts.size(), 2);
        QCOMPARE(d->noShowsByType.size(), 3);
        QCOMPARE(d->noShowsByLeadTime.at(0).noShows, 3);
        QCOMPARE(d->occupations.at(0).attendees, 2);
        QCOMPARE(d->industries.at(0).attendees, 3);
        QCOMPARE(d->regions.size(), 3);
        QCOMPARE(d->speakers.size(), 2);
        QCOMPARE(d->upcomingTalks.size(), 4);
        QCOMPARE(d->totals.attendance, 10);
    }

    void emptyDatabase()
    {
        open();
        auto period = stats().resolved(StatsPeriod::allTime(), kToday);
        QVERIFY(period.ok());
        QCOMPARE(period->from, kToday);
        QCOMPARE(period->to, kToday);
        for (const StatsPeriod &p : {StatsPeriod::allTime(), StatsPeriod::thisYear(kToday)}) {
            auto d = stats().dashboard(p, kToday);
            QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
            QCOMPARE(d->growth.months.size(), p.from.isValid() ? 12 : 1);
            QCOMPARE(d->growth.activeAtEnd, 0);
            QCOMPARE(d->growth.applicantsWaiting, 0);
            QVERIFY(d->growth.topReferrers.isEmpty());
            QCOMPARE(d->eventsPerMonth.size(), d->growth.months.size());
            QCOMPARE(d->eventsPerMonth.constFirst().events, 0);
            QVERIFY(d->attendance.isEmpty());
            QCOMPARE(d->repeatRate.attendees, 0);
            QCOMPARE(d->repeatRate.rate(), 0.0);
            QVERIFY(d->cohorts.isEmpty());
            QVERIFY(d->noShowsByType.isEmpty());
            QVERIFY(d->noShowsByLeadTime.isEmpty());
            QVERIFY(d->occupations.isEmpty());
            QVERIFY(d->speakers.isEmpty());
            QVERIFY(d->upcomingTalks.isEmpty());
            QCOMPARE(d->totals.events, 0);
            QCOMPARE(d->totals.attendance, 0);
            QCOMPARE(d->totals.repeatRate, 0.0);
        }
    }

    void periodWithoutEvents()
    {
        fixture();
        // April and May 2025: no event (E1 is in February, E10 in November).
        const StatsPeriod spring = between(QDate(2025, 4, 1), QDate(2025, 5, 31));
        auto d = stats().dashboard(spring, kToday);
        QVERIFY(d.ok());
        QCOMPARE(d->eventsPerMonth.size(), 2);
        QCOMPARE(d->eventsPerMonth.at(0).events, 0);
        QCOMPARE(d->eventsPerMonth.at(1).attendance, 0);
        QVERIFY(d->attendance.isEmpty());
        QCOMPARE(d->repeatRate.attendees, 0);
        QCOMPARE(d->totals.events, 0);
        QVERIFY(d->speakers.isEmpty());
        // Members still count: Aoki, Baba, Chiba, Endo; nobody joined.
        QCOMPARE(d->growth.months.at(0).activeTotal, 4);
        QCOMPARE(d->growth.joined, 0);
        QCOMPARE(d->totals.activeMembers, 4);
    }

    void undatedAndCancelledEvents()
    {
        fixture();
        // July 2026 holds only E6, without a day: one event that month, in no per-day figure.
        const StatsPeriod july = between(QDate(2026, 7, 1), QDate(2026, 7, 31));
        auto d = stats().dashboard(july, kToday);
        QVERIFY(d.ok());
        QCOMPARE(d->eventsPerMonth.at(0).events, 1);
        QCOMPARE(d->attendance.size(), 1);
        QVERIFY(!d->attendance.at(0).dated);
        QCOMPARE(d->totals.events, 0);
        QVERIFY(d->noShowsByType.isEmpty());
        // April 2026 holds only E5, cancelled, where Aoki and Baba came: nothing counts.
        const StatsPeriod april = between(QDate(2026, 4, 1), QDate(2026, 4, 30));
        auto a = stats().dashboard(april, kToday);
        QVERIFY(a.ok());
        QCOMPARE(a->eventsPerMonth.at(0).events, 0);
        QVERIFY(a->attendance.isEmpty());
        QCOMPARE(a->repeatRate.attendees, 0);
        QVERIFY(a->occupations.isEmpty());
        QCOMPARE(a->totals.attendance, 0);
        // Once cancelled, E4's attendance leaves the year as well: 10 - 3 came, and Hara's first
        // event after joining is gone from the April cohort.
        exec(QStringLiteral("UPDATE events SET status = 'cancelled' WHERE id = 4"));
        auto t = stats().totals(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(t.ok());
        QCOMPARE(t->events, 4);
        QCOMPARE(t->attendance, 7);
        auto rows = stats().cohorts(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(rows.ok());
        QCOMPARE(rows->at(1).within[3], 0);
    }

    void mergedMembersCountOnce()
    {
        open();
        // Kato (1) and his duplicate (2): both came to the first meetup (one row each), the duplicate
        // also to the second.
        exec(QStringLiteral("INSERT INTO members (id, display_name, status, joined_on, occupation) VALUES "
                            "(1, 'Kato', 'active', '2026-02-01', 'employee'), "
                            "(2, 'Kato K', 'active', '2026-01-15', '')"));
        exec(QStringLiteral(
            "INSERT INTO events (id, title, starts_at) VALUES (1, 'First', '2026-03-01T10:00:00Z'), "
            "(2, 'Second', '2026-04-01T10:00:00Z')"));
        exec(QStringLiteral(
            "INSERT INTO participations (event_id, member_id, attended) VALUES (1, 1, 1), (1, 2, 1), "
            "(2, 2, 1)"));
        const StatsPeriod year = StatsPeriod::thisYear(kToday);
        auto before = stats().totals(year, kToday);
        QVERIFY(before.ok());
        QCOMPARE(before->distinctAttendees, 2);
        QCOMPARE(before->attendance, 3);
        QCOMPARE(before->joined, 2);
        QVERIFY(m_workspace->memberDuplicates().merge(1, 2).ok());
        // One member who came to both meetups, joined once (on the earlier day, 01-15).
        auto after = stats().totals(year, kToday);
        QVERIFY(after.ok());
        QCOMPARE(after->distinctAttendees, 1);
        QCOMPARE(after->repeaters, 1);
        QCOMPARE(after->attendance, 2);
        QCOMPARE(after->joined, 1);
        QCOMPARE(after->activeMembers, 1);
        auto attendance = stats().attendance(year, kToday);
        QVERIFY(attendance.ok());
        QCOMPARE(attendance->at(0).came, 1);
        QCOMPARE(attendance->at(0).firstTimers, 1);
        QCOMPARE(attendance->at(1).firstTimers, 0);
        auto mix = stats().attendeeMix(year, kToday, CommunityStats::MixField::Occupation);
        QVERIFY(mix.ok());
        QCOMPARE(mix->size(), 1);
        QCOMPARE(mix->at(0).attendees, 1);
    }

    void cacheFollowsChanges()
    {
        fixture();
        // The zones are kept between calls; a new zone must still be seen at once.
        QVERIFY(stats().eventsPerMonth(StatsPeriod::thisYear(kToday), kToday).ok());
        exec(QStringLiteral("INSERT INTO events (id, title, starts_at, time_zone) VALUES "
                            "(20, 'NY', '2026-09-01T02:00:00Z', 'America/New_York')"));
        // 2026-09-01 02:00 UTC is August 31, 22:00 in New York.
        auto months = stats().eventsPerMonth(StatsPeriod::thisYear(kToday), kToday);
        QVERIFY(months.ok());
        QCOMPARE(months->at(7).events, 2);
        QCOMPARE(months->at(8).events, 0);
    }
};

QTEST_GUILESS_MAIN(TestCommunityStats)
#include "tst_communitystats.moc"
