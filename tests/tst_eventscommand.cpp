#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai events …` through the real binary: what scripts see.
class TestEventsCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run offkai(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(test::offkaiBinary(), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_ginza = 0;
    qint64 m_second = 0;    ///< 2013-08-29 19:30 at the Ginza bar
    qint64 m_tentative = 0; ///< 2013-09-23 … 09-30, no day
    qint64 m_online = 0;    ///< 2013-09-17 20:00, online
    qint64 m_cancelled = 0; ///< 2013-10-03, cancelled
    qint64 m_tamura = 0;
    qint64 m_sasaki = 0;

    QStringList db(const QStringList &rest) const { return QStringList{QStringLiteral("--db"), m_db} + rest; }

    static QDateTime tokyo(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }

    /// Reads the database as the binary left it.
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
        m_db = m_dir.filePath(QStringLiteral("events.sqlite"));
        auto opened = Database::open(m_db);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        Workspace workspace(std::move(opened).value());

        Venue venue;
        venue.name = QStringLiteral("ワインバー ヴィーニョ銀座");
        venue.kind = Venue::Kind::Bar;
        venue.address = QStringLiteral("東京都中央区銀座二丁目14-5");
        venue.stations = {
            {QStringLiteral("銀座駅"), QStringLiteral("東京メトロ銀座線"), QStringLiteral("A4出口"), 3}};
        auto venueId = workspace.venues().insert(venue);
        QVERIFY(venueId);
        m_ginza = *venueId;

        Member tamura;
        tamura.displayName = QStringLiteral("田村 浩之");
        tamura.reading = QStringLiteral("たむら ひろゆき");
        tamura.emails = {QStringLiteral("tamura@example.com")};
        auto id = workspace.members().insert(tamura);
        QVERIFY(id);
        m_tamura = *id;
        Member sasaki;
        sasaki.displayName = QStringLiteral("佐々木 大輔");
        id = workspace.members().insert(sasaki);
        QVERIFY(id);
        m_sasaki = *id;

        Event second;
        second.title = QStringLiteral("第2回オフ会");
        second.start = tokyo(2013, 8, 29, 19, 30);
        second.end = tokyo(2013, 8, 29, 22, 30);
        second.venueId = m_ginza;
        second.capacity = 14;
        second.fee = 4000;
        second.notes = QStringLiteral("ORGANIZER-NOTE");
        auto eventId = workspace.events().insert(second);
        QVERIFY2(eventId, eventId ? "" : qPrintable(eventId.error().toString()));
        m_second = *eventId;
        QVERIFY(workspace.participations().add(m_second, m_tamura));

        Event tentative;
        tentative.title = QStringLiteral("第3回オフ会");
        tentative.status = Event::Status::Tentative;
        tentative.tentativeFrom = QDate(2013, 9, 23);
        tentative.tentativeTo = QDate(2013, 9, 30);
        tentative.tentativeNote = QStringLiteral("月末の平日");
        eventId = workspace.events().insert(tentative);
        QVERIFY(eventId);
        m_tentative = *eventId;

        Event online;
        online.title = QStringLiteral("オン会");
        online.format = Event::Format::Online;
        online.start = tokyo(2013, 9, 17, 20, 0);
        online.end = tokyo(2013, 9, 17, 21, 30);
        online.onlineUrl = QStringLiteral("https://zoom.us/j/123?pwd=secret");
        eventId = workspace.events().insert(online);
        QVERIFY(eventId);
        m_online = *eventId;

        Event cancelled;
        cancelled.title = QStringLiteral("中止になった会");
        cancelled.status = Event::Status::Cancelled;
        cancelled.start = tokyo(2013, 10, 3, 19, 0);
        cancelled.end = tokyo(2013, 10, 3, 21, 0);
        eventId = workspace.events().insert(cancelled);
        QVERIFY(eventId);
        m_cancelled = *eventId;
    }

    void listCsvAndJson()
    {
        const Run csv = offkai(db({QStringLiteral("events"), QStringLiteral("list")}));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.constFirst().startsWith("id,title,type,format,status,start,end,time_zone"));
        QVERIFY(csv.out.contains("2013-08-29T19:30:00+09:00"));

        const Run json = offkai(db({QStringLiteral("events"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 4);
        QSet<qint64> ids;
        for (const QJsonValue &value : array)
            ids.insert(value.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids, (QSet<qint64>{m_second, m_tentative, m_online, m_cancelled}));
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            if (o.value(QStringLiteral("id")).toInteger() == m_second) {
                QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("第2回オフ会"));
                QCOMPARE(o.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Tokyo"));
                QCOMPARE(o.value(QStringLiteral("going")).toInt(), 1);
                QCOMPARE(o.value(QStringLiteral("capacity")).toInt(), 14);
                QCOMPARE(o.value(QStringLiteral("venue_id")).toInteger(), m_ginza);
            }
            if (o.value(QStringLiteral("id")).toInteger() == m_tentative) {
                QVERIFY(o.value(QStringLiteral("start")).isNull());
                QCOMPARE(o.value(QStringLiteral("tentative_from")).toString(), QStringLiteral("2013-09-23"));
            }
        }
    }

    void listBetweenDates_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("september") << QStringList{QStringLiteral("--from"), QStringLiteral("2013-09-01"),
                                                  QStringLiteral("--to"), QStringLiteral("2013-09-30")}
                                   << QStringList{QStringLiteral("オン会"), QStringLiteral("第3回オフ会")};
        QTest::newRow("one day") << QStringList{QStringLiteral("--from"), QStringLiteral("2013-08-29"),
                                                QStringLiteral("--to"), QStringLiteral("2013-08-29")}
                                 << QStringList{QStringLiteral("第2回オフ会")};
        QTest::newRow("tentative range end")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2013-09-30"), QStringLiteral("--to"),
                           QStringLiteral("2013-09-30")}
            << QStringList{QStringLiteral("第3回オフ会")};
        QTest::newRow("from only") << QStringList{QStringLiteral("--from"), QStringLiteral("2013-10-01")}
                                   << QStringList{QStringLiteral("中止になった会")};
        QTest::newRow("to only") << QStringList{QStringLiteral("--to"), QStringLiteral("2013-08-31")}
                                 << QStringList{QStringLiteral("第2回オフ会")};
        QTest::newRow("nothing") << QStringList{QStringLiteral("--from"), QStringLiteral("2014-01-01")}
                                 << QStringList{};
    }
    void listBetweenDates()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, titles);
        const Run run = offkai(db(QStringList{QStringLiteral("events"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")} +
                                  arguments));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList got;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
            got.append(value.toObject().value(QStringLiteral("title")).toString());
        got.sort();
        titles.sort();
        QCOMPARE(got, titles);
    }

    void listUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2013-13-01")};
        QTest::newRow("not a date") << QStringList{QStringLiteral("--to"), QStringLiteral("tomorrow")};
        QTest::newRow("reversed") << QStringList{QStringLiteral("--from"), QStringLiteral("2013-09-02"),
                                                 QStringLiteral("--to"), QStringLiteral("2013-09-01")};
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("extra") << QStringList{QStringLiteral("surprise")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    }
    void listUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = offkai(db(QStringList{QStringLiteral("events"), QStringLiteral("list")} + arguments));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void announce()
    {
        const Run md =
            offkai(db({QStringLiteral("events"), QStringLiteral("announce"), QString::number(m_second)}));
        QVERIFY2(md.exitCode == 0, qPrintable(md.err));
        const QString text = QString::fromUtf8(md.out);
        QVERIFY2(text.startsWith(QStringLiteral("# 第2回オフ会\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("ワインバー ヴィーニョ銀座")));
        QVERIFY(text.contains(QLatin1String("**Capacity**: 14 (places left: 13)")));
        QVERIFY(!text.contains(QLatin1String("ORGANIZER-NOTE")));

        const Run plain =
            offkai(db({QStringLiteral("events"), QStringLiteral("announce"), QString::number(m_online),
                       QStringLiteral("--format"), QStringLiteral("text")}));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.startsWith("オン会\n"));
        QVERIFY(!plain.out.contains("**"));
        QVERIFY(!plain.out.contains("zoom.us"));
        QVERIFY(plain.out.contains("Format: Online (Zoom)"));

        const Run ja =
            offkai({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("ja"),
                    QStringLiteral("events"), QStringLiteral("announce"), QString::number(m_second)});
        QCOMPARE(ja.exitCode, 0);
        QVERIFY2(ja.out.contains("2013年8月29日(木) 19:30〜22:30"), ja.out.constData());
    }

    void announceErrors()
    {
        Run run =
            offkai(db({QStringLiteral("events"), QStringLiteral("announce"), QStringLiteral("999999")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
        run = offkai(db({QStringLiteral("events"), QStringLiteral("announce"), QStringLiteral("abc")}));
        QCOMPARE(run.exitCode, 2);
        run = offkai(db({QStringLiteral("events"), QStringLiteral("announce")}));
        QCOMPARE(run.exitCode, 2);
        run = offkai(db({QStringLiteral("events"), QStringLiteral("announce"), QString::number(m_second),
                         QStringLiteral("--format"), QStringLiteral("html")}));
        QCOMPARE(run.exitCode, 2);
        run = offkai(db({QStringLiteral("events"), QStringLiteral("frobnicate")}));
        QCOMPARE(run.exitCode, 2);
    }

    void checkIn()
    {
        const Run run =
            offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QString::number(m_second),
                       QStringLiteral("--member"), QString::number(m_tamura)}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("Checked in 田村 浩之"), run.out.constData());
        QVERIFY(!run.out.contains("walk-in"));
        auto p =
            withWorkspace(m_db, [&](Workspace &w) { return w.participations().get(m_second, m_tamura); });
        QVERIFY(p);
        QVERIFY(p->attended);
        QVERIFY(p->checkedInAt.isValid());

        const Run again =
            offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QString::number(m_second),
                       QStringLiteral("--member"), QString::number(m_tamura)}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("already checked in"));

        // Someone not in the event comes in as a walk-in.
        const Run walkIn =
            offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QString::number(m_second),
                       QStringLiteral("--member"), QString::number(m_sasaki)}));
        QCOMPARE(walkIn.exitCode, 0);
        QVERIFY(walkIn.out.contains("walk-in"));
        p = withWorkspace(m_db, [&](Workspace &w) { return w.participations().get(m_second, m_sasaki); });
        QVERIFY(p);
        QVERIFY(p->walkIn);
        QVERIFY(p->attended);
    }

    void checkInRefused()
    {
        Run run =
            offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QString::number(m_cancelled),
                       QStringLiteral("--member"), QString::number(m_tamura)}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("cancelled")), qPrintable(run.err));
        const auto rows =
            withWorkspace(m_db, [&](Workspace &w) { return w.participations().forEvent(m_cancelled); });
        QVERIFY(rows);
        QVERIFY(rows->isEmpty());

        run = offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QString::number(m_second),
                         QStringLiteral("--member"), QStringLiteral("999999")}));
        QCOMPARE(run.exitCode, 1);
        run = offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QStringLiteral("999999"),
                         QStringLiteral("--member"), QString::number(m_tamura)}));
        QCOMPARE(run.exitCode, 1);
        run = offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QString::number(m_second)}));
        QCOMPARE(run.exitCode, 2);
        run = offkai(db({QStringLiteral("events"), QStringLiteral("checkin"), QString::number(m_second),
                         QStringLiteral("--member"), QStringLiteral("me")}));
        QCOMPARE(run.exitCode, 2);
    }

    void help()
    {
        const Run run = offkai(db({QStringLiteral("events"), QStringLiteral("--help")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("events checkin ID --member MEMBER_ID"));
    }

    /// A community of its own for `offkai stats`: two members and an applicant, two meetups in 2025.
    /// Aoki (joined 02-01) came to both; Baba (joined 03-10) registered for the first and did not come,
    /// then walked in to the second (of series 1). Figures worked out by hand in the comments below.
    QString statsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("stats.sqlite"));
        if (QFile::exists(path))
            return path;
        auto opened = Database::open(path);
        if (!opened)
            return {};
        Workspace workspace(std::move(opened).value());
        QSqlQuery q(workspace.database().connection());
        const QStringList statements = {
            QStringLiteral(
                "INSERT INTO members (id, display_name, status, joined_on) VALUES (1, 'Aoki', 'active', "
                "'2025-02-01'), (2, 'Baba', 'active', '2025-03-10'), (3, 'Chiba', 'applicant', NULL)"),
            QStringLiteral(
                "INSERT INTO series (id, uid, title, first_start, rrule) VALUES (1, 's@test', 'Talks', "
                "'2025-04-12T19:00:00', 'FREQ=MONTHLY')"),
            QStringLiteral("INSERT INTO events (id, title, starts_at, series_id, occurrence_date) VALUES "
                           "(1, 'First', '2025-03-01T10:00:00Z', NULL, NULL), "
                           "(2, 'Second', '2025-04-12T10:00:00Z', 1, '2025-04-12')"),
            QStringLiteral("INSERT INTO participations (event_id, member_id, rsvp, attended, walk_in) VALUES "
                           "(1, 1, 'going', 1, 0), (1, 2, 'going', 0, 0), (2, 1, 'going', 1, 0), (2, 2, "
                           "'going', 1, 1)")};
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return {};
        }
        return path;
    }

    static QJsonObject figure(const QJsonArray &array, const QString &id)
    {
        for (const QJsonValue &v : array) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }

    void statsJson()
    {
        const QString path = statsDatabase();
        QVERIFY(!path.isEmpty());
        const Run run =
            offkai({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--from"),
                    QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!array.isEmpty());
        for (const QJsonValue &v : array)
            QVERIFY(!v.toObject().value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(figure(array, QStringLiteral("period")).value(QStringLiteral("from")).toString(),
                 QStringLiteral("2025-01-01"));
        QCOMPARE(figure(array, QStringLiteral("members.joined")).value(QStringLiteral("value")).toInt(), 2);
        QCOMPARE(figure(array, QStringLiteral("members.applicants")).value(QStringLiteral("value")).toInt(),
                 1);
        QCOMPARE(figure(array, QStringLiteral("members.2025-03")).value(QStringLiteral("active")).toInt(), 2);
        // Held: both; came: Aoki twice, Baba once. Aoki is the one who came twice: 1 of 2.
        QCOMPARE(figure(array, QStringLiteral("events.held")).value(QStringLiteral("value")).toInt(), 2);
        QCOMPARE(figure(array, QStringLiteral("events.attendance")).value(QStringLiteral("value")).toInt(),
                 3);
        QCOMPARE(figure(array, QStringLiteral("attendees")).value(QStringLiteral("value")).toInt(), 2);
        QCOMPARE(figure(array, QStringLiteral("repeat_rate")).value(QStringLiteral("value")).toDouble(), 0.5);
        QCOMPARE(figure(array, QStringLiteral("events.2025-04")).value(QStringLiteral("attendance")).toInt(),
                 2);
        const QJsonObject first = figure(array, QStringLiteral("event.1"));
        QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("First"));
        QCOMPARE(first.value(QStringLiteral("registered")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("came")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("no_shows")).toInt(), 1);
        QCOMPARE(figure(array, QStringLiteral("event.2")).value(QStringLiteral("walk_ins")).toInt(), 1);
        // Aoki joined 02-01 and came 03-01: within a month. Baba joined 03-10 and came 04-12: after a
        // month (04-10), within three.
        QCOMPARE(figure(array, QStringLiteral("cohort.2025-02")).value(QStringLiteral("within_1m")).toInt(),
                 1);
        const QJsonObject march = figure(array, QStringLiteral("cohort.2025-03"));
        QCOMPARE(march.value(QStringLiteral("within_1m")).toInt(), 0);
        QCOMPARE(march.value(QStringLiteral("within_3m")).toInt(), 1);
        QCOMPARE(figure(array, QStringLiteral("no_shows.lead_time.unknown"))
                     .value(QStringLiteral("no_shows"))
                     .toInt(),
                 1);

        const Run series =
            offkai({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--series"),
                    QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(series.exitCode, 0);
        const QJsonArray one = QJsonDocument::fromJson(series.out).array();
        QCOMPARE(figure(one, QStringLiteral("events.held")).value(QStringLiteral("value")).toInt(), 1);
        QCOMPARE(figure(one, QStringLiteral("events.attendance")).value(QStringLiteral("value")).toInt(), 2);
        QCOMPARE(figure(one, QStringLiteral("period")).value(QStringLiteral("series")).toInt(), 1);
    }

    void statsCsvAndText()
    {
        const QString path = statsDatabase();
        QVERIFY(!path.isEmpty());
        const QStringList range = {QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                   QStringLiteral("--to"), QStringLiteral("2025-12-31")};
        const Run csv = offkai(QStringList{QStringLiteral("--db"), path, QStringLiteral("stats"),
                                           QStringLiteral("--format"), QStringLiteral("csv")} +
                               range);
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QCOMPARE(lines.value(0).trimmed(), QByteArray("id,label,values"));
        QVERIFY(lines.contains("events.held,,2") || lines.contains("events.held,,2\r"));
        // date, dated, type, capacity, registered, came, walk-ins, no-shows, first-timers (Aoki's first).
        QVERIFY(csv.out.contains("event.1,First,2025-03-01,1,offline_meetup,,2,1,0,1,1"));
        const Run text = offkai(QStringList{QStringLiteral("--db"), path, QStringLiteral("stats")} + range);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Events held: 2, attendance 3"));
        QVERIFY(text.err.isEmpty());
    }

    void statsErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")};
        QTest::newRow("reversed") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-09-02"),
                                                 QStringLiteral("--to"), QStringLiteral("2025-09-01")};
        QTest::newRow("after today") << QStringList{QStringLiteral("--from"), QStringLiteral("2999-01-01")};
        QTest::newRow("unknown series") << QStringList{QStringLiteral("--series"), QStringLiteral("99")};
        QTest::newRow("bad series") << QStringList{QStringLiteral("--series"), QStringLiteral("x")};
        QTest::newRow("unknown type") << QStringList{QStringLiteral("--type"), QStringLiteral("nope")};
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
    }
    void statsErrors()
    {
        QFETCH(QStringList, arguments);
        const QString path = statsDatabase();
        QVERIFY(!path.isEmpty());
        const Run run =
            offkai(QStringList{QStringLiteral("--db"), path, QStringLiteral("stats")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void statsHelp()
    {
        const Run all = offkai({QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains("stats [--from DATE] [--to DATE] [--series ID]"));
        const Run run = offkai(db({QStringLiteral("stats"), QStringLiteral("--help")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("cohort.YYYY-MM"));
    }
};

QTEST_GUILESS_MAIN(TestEventsCommand)
#include "tst_eventscommand.moc"
