#include "storage/Database.h"
#include "stores/MemberDuplicates.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Columns whose values depend on when the demo was made, or on chance (UIDs, keychain ids).
constexpr const char *kClockColumns[] = {"created_at", "updated_at", "uid", "keychain_id"};

class TestDemoDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    /// The demo's content, hashed (test::contentDump), apart from what the clock or chance decides (when
    /// rows were written, iCalendar UIDs) and the full-text index derived from the member rows. Members are
    /// normalized for search first, as the app does when it opens the file. With OFFKAI_DEMO_COPY set, the
    /// masked copy is kept there (to compare two versions with `sqlite3 FILE .dump`).
    static QByteArray stableContent(const QString &path, const QString &copy)
    {
        {
            auto db = Database::open(path);
            if (!db)
                return {};
            MemberTables members(**db);
            QSqlQuery q((*db)->connection());
            if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)))
                return {};
        }
        QByteArray dumped;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stable"));
            db.setDatabaseName(copy);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("DROP TABLE IF EXISTS member_search"));
                QStringList tables;
                q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
                while (q.next())
                    tables.append(q.value(0).toString());
                q.finish();
                for (const QString &table : std::as_const(tables)) {
                    const QSqlRecord columns = db.record(table);
                    for (const char *name : kClockColumns) {
                        QSqlQuery mask(db);
                        if (columns.contains(QLatin1String(name)) &&
                            !mask.exec(QStringLiteral("UPDATE \"%1\" SET %2 = 'masked-' || rowid")
                                           .arg(table, QLatin1String(name))))
                            qWarning() << table << name << mask.lastError().text();
                    }
                }
                dumped = test::contentDump(db);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stable"));
        if (qEnvironmentVariableIsSet("OFFKAI_DEMO_COPY"))
            QFile::copy(copy, qEnvironmentVariable("OFFKAI_DEMO_COPY"));
        return dumped;
    }

    int scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        auto path = DemoDatabase::create(m_dir.path(), QDate(2026, 11, 23));
        QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().toString()));
        QVERIFY(path->startsWith(m_dir.path()));
        auto db = Database::open(*path);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }
    void cleanupTestCase() { m_db.reset(); }

    void neverTouchesTheUsersDatabase()
    {
        QVERIFY(!QFile::exists(Database::defaultPath()));
        QVERIFY(QFileInfo(m_db->path()).absolutePath() != QFileInfo(Database::defaultPath()).absolutePath());
    }

    void isIntactAndCurrent()
    {
        QCOMPARE(*m_db->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(m_db->schemaVersion(), Database::supportedSchemaVersion());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    }

    void hasTheCrossIndustryGroup()
    {
        // About thirty founding members who joined in 2013; the two years of history around them bring the
        // directory to a few hundred (it was 25 to 40 in all before the history).
        const int founders =
            scalar(QStringLiteral("SELECT count(*) FROM members WHERE joined_on < '2014-01-01'"));
        QVERIFY(founders >= 25 && founders <= 40);
        const int members = scalar(QStringLiteral("SELECT count(*) FROM members"));
        QVERIFY2(members >= 150 && members <= 400, qPrintable(QString::number(members)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members WHERE reading = ''")), 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT occupation) FROM members")) >= 5);
        // The community has its name (the window's title) and meets in Tokyo.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM community_settings WHERE key = 'name' AND "
                                       "value = 'オンライン異業種交流会'")),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM community_settings WHERE key = 'time_zone' AND "
                                       "value = 'Asia/Tokyo'")),
                 1);
    }

    void hasTheMemberDirectory()
    {
        for (const char *status : {"applicant", "active", "inactive", "left"}) {
            QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM members WHERE status = '%1'")
                                .arg(QLatin1String(status))) >= 1,
                     status);
        }
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM join_questions")) >= 2);
        // Every applicant waiting for approval has answered the join questions.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members m WHERE m.status = 'applicant' AND NOT "
                                       "EXISTS (SELECT 1 FROM member_answers a WHERE a.member_id = m.id)")),
                 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM member_tags")) >= 10);
        // A referral chain: A referred B, who referred C.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM member_profiles c JOIN member_profiles b ON "
                                      "b.member_id = c.referred_by WHERE b.referred_by IS NOT NULL")) >= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_emails")),
                 scalar(QStringLiteral("SELECT count(*) FROM members WHERE email <> ''")) + 1);
    }

    void membersAreSearchableAndHaveADuplicatePair()
    {
        MemberTables store(*m_db);
        MemberQuery query;
        query.search = QStringLiteral("ナカムラ");
        QCOMPARE(*store.list().count(query), 2);
        query.search = QStringLiteral("サンプル");
        QVERIFY(*store.list().count(query) >= 10);
        query.search = QStringLiteral("佐々木");
        QCOMPARE(*store.list().count(query), 1);
        auto pairs = store.duplicates().find();
        QVERIFY(pairs.ok());
        bool nakamura = false;
        for (const DuplicatePair &pair : std::as_const(*pairs)) {
            const QString a = store.records().get(pair.first)->displayName;
            const QString b = store.records().get(pair.second)->displayName;
            if (a.startsWith(QStringLiteral("中村")) && b.startsWith(QStringLiteral("中村"))) {
                nakamura = true;
                QVERIFY(pair.reasons.testFlag(DuplicatePair::Reason::SameEmail));
                QVERIFY(pair.reasons.testFlag(DuplicatePair::Reason::SameName));
                QVERIFY(pair.reasons.testFlag(DuplicatePair::Reason::SameReading));
            }
        }
        QVERIFY(nakamura);
        // The people of the history have names, readings and addresses of their own: that is the only pair.
        QCOMPARE(pairs->size(), 1);
        query = {};
        query.status = Member::Status::Applicant;
        // The three applicants of 2013 and the five of the last three weeks (three before the history).
        QCOMPARE(*store.list().count(query), 8);
    }

    void hasTheSeedVenues()
    {
        auto venues = VenueStore(*m_db).list();
        QVERIFY(venues.ok());
        bool ginza = false, baba = false, rental = false, zoom = false;
        for (const Venue &v : std::as_const(*venues)) {
            ginza |= v.kind == Venue::Kind::Bar && v.address.contains(QStringLiteral("銀座"));
            baba |= v.address.contains(QStringLiteral("高田馬場"));
            rental |= v.kind == Venue::Kind::RentalSpace && !v.stations.isEmpty() && !v.bus.isEmpty() &&
                      !v.parking.isEmpty() && !v.nearby.isEmpty() &&
                      v.stations.constFirst().walkMinutes.has_value();
            zoom |= v.kind == Venue::Kind::Online && v.meetingUrl.startsWith(QLatin1String("https://"));
        }
        QVERIFY(ginza);
        QVERIFY(baba);
        QVERIFY(rental);
        QVERIFY(zoom);
    }

    void hasPastAndUpcomingEvents()
    {
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM events WHERE starts_at < '2026-11-23'")) >= 2);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM events WHERE starts_at > '2026-11-23'")) >= 2);
        QVERIFY(scalar(QStringLiteral(
                    "SELECT count(*) FROM events WHERE starts_at IS NULL AND status = 'tentative'")) >= 1);
        // The 2nd meetup: nine people, one of them a walk-in.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participations p JOIN events e ON e.id = p.event_id "
                                  "WHERE e.title LIKE '%第2回%' AND p.attended = 1")),
            9);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participations p JOIN events e ON e.id = p.event_id "
                                  "WHERE e.title LIKE '%第2回%' AND p.walk_in = 1")),
            1);
    }

    void hasTheSeed003SeriesWithTwoSpeakers()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM series")), 3);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM series WHERE rrule = 'FREQ=MONTHLY;BYDAY=2TU' AND "
                                  "duration_minutes IS NULL AND substr(first_start, 12, 5) = '20:00'")),
            1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM series WHERE rrule = 'FREQ=MONTHLY;BYDAY=3TH' AND "
                                  "((substr(first_start, 12, 5) = '12:00' AND duration_minutes = 60) OR "
                                  "(substr(first_start, 12, 5) = '10:00' AND duration_minutes = 120))")),
            2);
        // Two speakers, on the next two 2nd Tuesdays after the demo's today.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM series_slots WHERE occurrence_date IN "
                                       "('2026-12-08', '2027-01-12')")),
                 2);
        // Two different speakers ahead (over all the slots it was 2 before the history gave each past talk
        // its speaker).
        QCOMPARE(
            scalar(QStringLiteral(
                "SELECT count(DISTINCT member_id) FROM series_slots WHERE occurrence_date >= '2026-11-23'")),
            2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM series_slots WHERE occurrence_date >= '2026-11-23'")),
            2);
    }

    void hasAnOnlineHostAWaitlistAndFees()
    {
        // Online events name the member who owns the paid Zoom room: the three of DemoData and the twelve
        // online meetups of the last two years (the count was 3 before the history). The series' online
        // talks and mokumoku have their own host.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM events e JOIN members m ON m.id = e.host_member_id "
                                  "WHERE e.format IN ('online', 'hybrid') AND m.display_name = '松本 理恵'")),
            15);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM events WHERE format IN ('online', 'hybrid') AND "
                                  "series_id IS NULL AND status <> 'tentative' AND host_member_id IS NULL")),
            0);
        // The mini-off is full (ten places, staff counted) and one person waits.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participations p JOIN events e ON e.id = p.event_id "
                                  "WHERE e.title LIKE 'ミニオフ会%' AND p.rsvp = 'going'")),
            10);
        QCOMPARE(scalar(QStringLiteral("SELECT capacity FROM events WHERE title LIKE 'ミニオフ会%'")), 10);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participations WHERE rsvp = 'waitlisted' "
                                       "AND waitlist_order = 1")),
                 1);
        // Nine people paid 4,000 yen at the 2nd meetup.
        QCOMPARE(scalar(QStringLiteral("SELECT sum(p.fee_paid) FROM participations p JOIN events e "
                                       "ON e.id = p.event_id WHERE e.title LIKE '%第2回%'")),
                 36000);
    }

    void hasTwoYearsOfHistory()
    {
        // Held events over the two years before the demo's today, month after month.
        const QString held =
            QStringLiteral("FROM events WHERE status = 'done' AND starts_at >= '2024-11-01' AND "
                           "starts_at < '2026-11-23'");
        QVERIFY(scalar(QStringLiteral("SELECT count(*) ") + held) >= 20);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT substr(starts_at, 1, 7)) ") + held) >= 18);
        // The latest was in the last month: the history reaches today, and nothing past is still planned.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) ") + held +
                       QStringLiteral(" AND starts_at >= '2026-10-23'")) >= 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE status = 'scheduled' AND "
                                       "starts_at < '2026-11-23'")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events WHERE status = 'done' AND "
                                       "starts_at >= '2026-11-23'")),
                 0);
        // Members joined across the months, a few left, a few wait for approval.
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT substr(joined_on, 1, 7)) FROM members WHERE "
                                      "joined_on >= '2024-11-01'")) >= 18);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members WHERE joined_on >= '2026-11-23'")), 0);
        QVERIFY(scalar(QStringLiteral(
                    "SELECT count(*) FROM members WHERE status = 'left' AND left_on >= '2024-11-01' "
                    "AND left_on < '2026-11-23' AND left_on > joined_on")) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM members WHERE status = 'applicant' AND "
                                      "created_at >= '2026-11-01'")) >= 1);
        // Referrals: newer members brought in by earlier ones.
        QVERIFY(scalar(QStringLiteral(
                    "SELECT count(*) FROM member_profiles p JOIN members m ON m.id = p.member_id "
                    "JOIN members r ON r.id = p.referred_by WHERE m.joined_on >= '2024-11-01' AND "
                    "r.joined_on <= m.joined_on")) >= 1);
        // Attendance as it goes: no-shows (going, did not come), walk-ins, a cancelled meetup.
        const QString past = QStringLiteral("FROM participations p JOIN events e ON e.id = p.event_id WHERE "
                                            "e.status = 'done' AND e.starts_at >= '2024-11-01' AND ");
        QVERIFY(scalar(QStringLiteral("SELECT count(*) ") + past +
                       QStringLiteral("p.rsvp = 'going' AND p.attended = 0")) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) ") + past + QStringLiteral("p.walk_in = 1")) >= 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM events WHERE status = 'cancelled'")) >= 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participations p JOIN events e ON e.id = p.event_id "
                                  "WHERE e.status = 'cancelled' AND p.attended = 1")),
            0);
        // Nobody came before joining or after leaving; no past meetup was over its capacity.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) ") + past +
                        QStringLiteral(
                            "p.attended = 1 AND EXISTS (SELECT 1 FROM members m WHERE m.id = p.member_id "
                            "AND (m.joined_on > substr(e.starts_at, 1, 10) OR m.left_on < "
                            "substr(e.starts_at, 1, 10)))")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events e WHERE e.capacity IS NOT NULL AND "
                                       "(SELECT count(*) FROM participations p WHERE p.event_id = e.id AND "
                                       "p.rsvp = 'going' AND p.role = 'attendee') > e.capacity")),
                 0);
        // The series' past talks each had a speaker slotted on their date, who came.
        const int talks =
            scalar(QStringLiteral("SELECT count(*) FROM events e JOIN series s ON s.id = e.series_id "
                                  "WHERE s.kind = 'talk' AND e.status = 'done'"));
        QVERIFY(talks >= 20);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM events e JOIN series s ON s.id = e.series_id "
                                       "JOIN series_slots t ON t.series_id = s.id AND t.occurrence_date = "
                                       "e.occurrence_date JOIN participations p ON p.event_id = e.id AND "
                                       "p.member_id = t.member_id AND p.role = 'speaker' AND p.attended = 1 "
                                       "WHERE s.kind = 'talk' AND e.status = 'done'")),
                 talks);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT member_id) FROM series_slots")) >= 8);
        // Work and regions vary as in a real directory.
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT industry) FROM members")) >= 30);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT region) FROM members")) >= 10);
    }

    void keepsItsContent()
    {
        QTemporaryDir dir;
        auto path = DemoDatabase::create(dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        // A change here is a change to the demo's content or to the schema: check it, then update the hash.
        QCOMPARE(stableContent(*path, dir.filePath(QStringLiteral("stable.sqlite"))),
                 QByteArray("06952c3f7031b3679ad9208a93abe2f74644bd499fc245a32a3ad576ed1f4752"));
    }

    void recreatingReplacesTheOldDemo()
    {
        QTemporaryDir dir;
        auto first = DemoDatabase::create(dir.path());
        QVERIFY(first.ok());
        auto second = DemoDatabase::create(dir.path());
        QVERIFY(second.ok());
        QCOMPARE(*first, *second);
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
