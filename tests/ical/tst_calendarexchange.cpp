#include "ical/IcsReader.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/CalendarExporter.h"
#include "workflows/CalendarImporter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Export → import round trips through real databases: every field of events and series survives.
class TestCalendarExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Workspace> open()
    {
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_databases)), options);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        auto workspace = std::make_unique<Workspace>(std::move(db).value());
        // A made-up holiday on the second Tuesday of February and of May, so that both policies act.
        workspace->series().setHolidayLookup([](const QDate &d) {
            return d == QDate(2026, 2, 10) || d == QDate(2026, 5, 12) ? QStringLiteral("テストの日")
                                                                      : QString();
        });
        Member host;
        host.displayName = QStringLiteral("田村 浩之");
        if (!workspace->members().insert(host))
            qFatal("member");
        return workspace;
    }
    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }
    static QDateTime at(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), tokyo());
    }
    static CalendarExporter::Options withNotes()
    {
        CalendarExporter::Options options;
        options.includeNotes = true;
        options.stamp = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        return options;
    }

    struct Fixture
    {
        qint64 venue = 0, full = 0, allDay = 0, online = 0, done = 0, undated = 0, talk = 0, lunch = 0,
               confirmed = 0;
    };
    static Fixture fill(Workspace &w)
    {
        Fixture f;
        Venue venue;
        venue.name = QStringLiteral("ワインバー ヴィーニョ銀座");
        venue.address = QStringLiteral("東京都中央区銀座二丁目14-5");
        f.venue = *w.venues().insert(venue);

        Event full;
        full.title = QStringLiteral("第2回オフ会; 銀座, ワイン \\ 持ち込み");
        full.type = QStringLiteral("offline_meetup");
        full.format = Event::Format::Hybrid;
        full.start = at(2026, 1, 20, 19, 30);
        full.end = at(2026, 1, 20, 22, 30);
        full.venueId = f.venue;
        full.onlineUrl = QStringLiteral("https://zoom.us/j/123?pwd=a,b;c");
        full.hostMemberId = 1;
        full.capacity = 14;
        full.fee = 4000;
        full.staffCount = true;
        full.linkPolicy = QStringLiteral("前日にメールで送ります");
        full.whatToBring = QStringLiteral("名刺\n筆記用具");
        full.description =
            QStringLiteral("乾杯は19:45。\n二次会あり、カンマ, セミコロン; バックスラッシュ \\");
        full.notes = QStringLiteral("幹事メモ: 予約名は田村");
        full.tentativeNote = QStringLiteral("第2候補日");
        f.full = *w.events().insert(full);

        Event allDay;
        allDay.title = QStringLiteral("合宿（箱根）");
        allDay.type = QStringLiteral("workshop");
        allDay.allDay = true;
        allDay.start = at(2026, 3, 28, 0, 0);
        allDay.end = at(2026, 3, 30, 0, 0);
        allDay.status = Event::Status::Tentative;
        f.allDay = *w.events().insert(allDay);

        Event online;
        online.title = QStringLiteral("オン会");
        online.type = QStringLiteral("online_meetup");
        online.format = Event::Format::Online;
        online.timeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
        online.start = QDateTime(QDate(2026, 3, 9), QTime(7, 0), online.timeZone); // after the DST change
        online.onlineUrl = QStringLiteral("https://meet.google.com/abc-defg-hij");
        f.online = *w.events().insert(online);

        Event done;
        done.title = QStringLiteral("第1回オフ会");
        done.status = Event::Status::Done;
        done.start = at(2025, 12, 5, 19, 0);
        done.end = at(2025, 12, 5, 21, 0);
        f.done = *w.events().insert(done);

        Event undated;
        undated.title = QStringLiteral("第3回オフ会");
        undated.status = Event::Status::Tentative;
        undated.tentativeFrom = QDate(2026, 4, 20);
        undated.tentativeTo = QDate(2026, 4, 30);
        f.undated = *w.events().insert(undated);

        Series talk;
        talk.title = QStringLiteral("OB会 トーク");
        talk.type = QStringLiteral("talk");
        talk.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        talk.firstStart = at(2026, 1, 13, 20, 0);
        talk.holidayPolicy = Series::HolidayPolicy::Skip;
        talk.venueId = f.venue;
        talk.hostMemberId = 1;
        talk.capacity = 30;
        talk.fee = 500;
        talk.description = QStringLiteral("毎月第2火曜日 20:00〜");
        talk.notes = QStringLiteral("会場は毎回予約");
        talk.exceptions = {{QDate(2026, 3, 10), SeriesException::Kind::Skipped, {}, {}},
                           {QDate(2026, 4, 14), SeriesException::Kind::Moved, at(2026, 4, 15, 20, 0),
                            at(2026, 4, 15, 22, 0)},
                           {QDate(2026, 6, 9), SeriesException::Kind::Moved, at(2026, 6, 10, 19, 0), {}}};
        f.talk = *w.series().insert(talk);
        auto confirmed = w.seriesSlots().confirm(f.talk, QDate(2026, 1, 13));
        if (!confirmed)
            qFatal("%s", qPrintable(confirmed.error().toString()));
        f.confirmed = *confirmed;
        Event e = *w.events().get(f.confirmed);
        e.capacity = 25;
        e.notes = QStringLiteral("初回は満席");
        if (!w.events().update(e))
            qFatal("update");

        Series lunch;
        lunch.title = QStringLiteral("OB会ランチ");
        lunch.type = QStringLiteral("lunch");
        lunch.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU;INTERVAL=2;COUNT=20");
        lunch.firstStart = at(2026, 1, 27, 12, 0);
        lunch.durationMinutes = 60;
        lunch.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        lunch.format = Event::Format::Online;
        lunch.onlineUrl = QStringLiteral("https://meet.example.com/lunch");
        f.lunch = *w.series().insert(lunch);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void roundTripPreservesEveryField()
    {
        auto a = open();
        const Fixture f = fill(*a);
        auto exported = CalendarExporter(*a).exportRange({}, {}, withNotes());
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().toString()));
        QCOMPARE(exported->leftOut, 1); // the event without a day
        QCOMPARE(exported->series, 2);
        QCOMPARE(exported->events, 4);
        const QByteArray &bytes = exported->bytes;
        QVERIFY(bytes.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"));
        QVERIFY(bytes.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\n"));
        QVERIFY(bytes.contains("EXDATE;TZID=Asia/Tokyo:20260310T200000\r\n"));
        QVERIFY(bytes.contains("EXDATE;TZID=Asia/Tokyo;X-OFFKAI-HOLIDAY=1:20260210T200000\r\n"));
        QVERIFY(bytes.contains("RECURRENCE-ID;TZID=Asia/Tokyo:20260414T200000\r\n"));
        QVERIFY(bytes.contains("RECURRENCE-ID;TZID=Asia/Tokyo:20260113T200000\r\n")); // the confirmed one
        QVERIFY(bytes.contains("RECURRENCE-ID;TZID=Asia/Tokyo:20260210T120000\r\n")); // lunch off the holiday
        QVERIFY(QByteArray(bytes)
                    .replace("\r\n ", "")
                    .contains("LOCATION:ワインバー ヴィーニョ銀座\\, 東京都中央区銀座二丁目14-5"));

        auto b = open();
        CalendarImporter importer(*b);
        auto plan = importer.preview(*IcsReader::read(bytes));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->counts.created, 7); // 4 events, 2 series, 1 confirmed occurrence
        QCOMPARE(plan->counts.venuesCreated, 1);
        QCOMPARE(*b->events().count(), 0); // a preview writes nothing
        auto counts = importer.apply(*plan);
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().toString()));
        QCOMPARE(counts->created, 7);
        QCOMPARE(counts->updated, 0);

        for (qint64 id : {f.full, f.allDay, f.online, f.done, f.confirmed}) {
            const Event before = *a->events().get(id);
            auto idInB = b->events().idForUid(before.uid);
            QVERIFY(idInB && *idInB > 0);
            Event after = *b->events().get(*idInB);
            QCOMPARE(after.uid, before.uid);
            QCOMPARE(after.sequence, before.sequence);
            after.id = before.id; // ids of a fresh database; venue and member have the same ids by design
            QVERIFY2(after.sameContent(before), qPrintable(before.title));
        }
        const Venue venue = *b->venues().get(1);
        QCOMPARE(venue.name, QStringLiteral("ワインバー ヴィーニョ銀座"));
        QCOMPARE(venue.address, QStringLiteral("東京都中央区銀座二丁目14-5"));
        for (qint64 id : {f.talk, f.lunch}) {
            const Series before = *a->series().get(id);
            auto idInB = b->series().idForUid(before.uid);
            QVERIFY(idInB && *idInB > 0);
            const Series after = *b->series().get(*idInB);
            QVERIFY2(after.sameContent(before), qPrintable(before.title));
        }
        const Event confirmed = *b->events().get(*b->events().idForUid(a->events().get(f.confirmed)->uid));
        QCOMPARE(confirmed.seriesId, *b->series().idForUid(a->series().get(f.talk)->uid));
        QCOMPARE(confirmed.occurrenceDate, QDate(2026, 1, 13));

        // Imported again: nothing new, nothing doubled.
        auto again = importer.apply(*importer.preview(*IcsReader::read(bytes)));
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->unchanged, 7);
        QCOMPARE(*b->events().count(), 5);
    }

    void seenUidUpdatesAndSequenceGrows()
    {
        auto a = open();
        const Fixture f = fill(*a);
        auto b = open();
        CalendarImporter importer(*b);
        auto first = CalendarExporter(*a).exportEvent(f.full);
        QVERIFY(first);
        QVERIFY(importer.apply(*importer.preview(*IcsReader::read(first->bytes))));
        const QString uid = a->events().get(f.full)->uid;
        const qint64 idInB = *b->events().idForUid(uid);
        QVERIFY(b->events().get(idInB)->notes.isEmpty()); // notes are not exported by default
        Event local = *b->events().get(idInB);
        local.notes = QStringLiteral("Bの幹事メモ");
        QVERIFY(b->events().update(local));

        Event changed = *a->events().get(f.full);
        changed.title = QStringLiteral("第2回オフ会（会場変更なし）");
        QVERIFY(a->events().update(changed));
        const int sequenceInA = a->events().get(f.full)->sequence;
        QVERIFY(sequenceInA >= 1);
        auto second = CalendarExporter(*a).exportEvent(f.full);
        QVERIFY(
            second->bytes.contains(QByteArray(QByteArray("SEQUENCE:") + QByteArray::number(sequenceInA))));
        auto plan = importer.preview(*IcsReader::read(second->bytes));
        QVERIFY(plan);
        QCOMPARE(plan->items.size(), 1);
        QCOMPARE(plan->items.constFirst().action, CalendarImportItem::Action::Update);
        QCOMPARE(plan->items.constFirst().title, changed.title);
        auto counts = importer.apply(*plan);
        QVERIFY(counts);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(*b->events().count(), 1);
        const Event updated = *b->events().get(idInB);
        QCOMPARE(updated.title, changed.title);
        QCOMPARE(updated.notes, QStringLiteral("Bの幹事メモ")); // kept: the file has no notes
        QVERIFY(updated.sequence >= sequenceInA);
    }

    void eventWithoutUidGetsAStableOne()
    {
        auto a = open();
        const Fixture f = fill(*a);
        QSqlQuery q(a->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET uid = NULL WHERE id = %1").arg(f.full)));
        auto first = CalendarExporter(*a).exportEvent(f.full);
        auto second = CalendarExporter(*a).exportEvent(f.full);
        QVERIFY(first && second);
        const QString uid = CalendarExporter::fallbackUid(*a->events().get(f.full));
        QVERIFY(first->bytes.contains(uid.toUtf8()));
        QVERIFY(second->bytes.contains(uid.toUtf8()));
        CalendarImporter importer(*a);
        auto counts = importer.apply(*importer.preview(*IcsReader::read(first->bytes)));
        QVERIFY(counts);
        QCOMPARE(counts->created, 0); // recognised as the same event
        QCOMPARE(counts->unchanged, 1);
    }

    void importIsOneTransaction()
    {
        auto b = open();
        IcsCalendar calendar;
        IcsEvent good;
        good.event.uid = QStringLiteral("good@example.com");
        good.event.title = QStringLiteral("良い予定");
        good.event.start = at(2026, 2, 1, 10, 0);
        good.location = QStringLiteral("新しい会場, 東京都港区");
        IcsEvent bad = good;
        bad.event.uid = QStringLiteral("bad@example.com");
        bad.event.title = QStringLiteral("悪い予定");
        bad.event.onlineUrl = QStringLiteral("ftp://example.com/");
        calendar.events = {good, bad};
        CalendarImporter importer(*b);
        CalendarImporter::Plan plan;
        plan.calendar = calendar;
        auto counts = importer.apply(plan);
        QVERIFY(!counts);
        QVERIFY2(counts.error().message().contains(QStringLiteral("悪い予定")),
                 qPrintable(counts.error().message()));
        QCOMPARE(*b->events().count(), 0);
        QCOMPARE(*b->venues().count(), 0);
    }

    void foreignFilesImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("created");
        QTest::newRow("google") << QStringLiteral("google.ics") << 2;
        QTest::newRow("outlook") << QStringLiteral("outlook.ics") << 2;
        QTest::newRow("thunderbird") << QStringLiteral("thunderbird.ics") << 2;
        QTest::newRow("connpass") << QStringLiteral("connpass.ics") << 1;
    }
    void foreignFilesImport()
    {
        QFETCH(QString, file);
        QFETCH(int, created);
        auto b = open();
        CalendarImporter importer(*b);
        auto plan = importer.previewFile(test::testData(QStringLiteral("ics/") + file));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        auto counts = importer.apply(*plan);
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().toString()));
        QCOMPARE(counts->created, created);
        auto again = importer.apply(*importer.previewFile(test::testData(QStringLiteral("ics/") + file)));
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->unchanged, created);
    }
};

QTEST_GUILESS_MAIN(TestCalendarExchange)
#include "tst_calendarexchange.moc"
