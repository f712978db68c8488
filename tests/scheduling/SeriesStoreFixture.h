#pragma once

#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"

#include <memory>
#include <QTemporaryDir>
#include <QtTest>

namespace offkai::test {

/// A fresh database per test with the series stores over it (seed 003's series, named members), for
/// tst_seriesstore and tst_seriesslotstore.
class SeriesStoreFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<MemberTables> m_members;
    std::unique_ptr<SeriesStore> m_store;
    std::unique_ptr<SeriesSlotStore> m_slots;

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

    /// Seed 003: a talk every 2nd Tuesday at 20:00, open end.
    static Series talks()
    {
        Series s;
        s.title = QStringLiteral("OB会 勉強会");
        s.type = QStringLiteral("talk");
        s.format = Event::Format::Online;
        s.firstStart = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo());
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        s.onlineUrl = QStringLiteral("https://meet.example.com/ob");
        s.description = QStringLiteral("毎月第2火曜日 20:00〜");
        return s;
    }
    /// Seed 003: lunch every 3rd Thursday 12:00–13:00.
    static Series lunch()
    {
        Series s;
        s.title = QStringLiteral("ランチ会");
        s.type = QStringLiteral("lunch");
        s.firstStart = QDateTime(QDate(2026, 1, 15), QTime(12, 0), tokyo());
        s.durationMinutes = 60;
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TH");
        return s;
    }

    qint64 member(const QString &name)
    {
        Member m;
        m.displayName = name;
        auto id = m_members->records().insert(m);
        return id.ok() ? *id : 0;
    }

    static QList<QDate> datesOf(const QList<Occurrence> &rows)
    {
        QList<QDate> days;
        for (const Occurrence &o : rows)
            days.append(o.start.date());
        return days;
    }

    /// Opens a new database with its stores; the holiday lookup names two test holidays.
    void openStores()
    {
        m_slots.reset();
        m_store.reset();
        m_members.reset();
        m_events.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite")));
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_events = std::make_unique<EventStore>(*m_db);
        m_members = std::make_unique<MemberTables>(*m_db);
        m_store = std::make_unique<SeriesStore>(*m_db, *m_events);
        m_slots = std::make_unique<SeriesSlotStore>(*m_db, *m_store, *m_events);
        // 2026-02-10 (a 2nd Tuesday) and 2026-02-11 stand in for public holidays.
        m_store->setHolidayLookup([](const QDate &d) {
            if (d == QDate(2026, 2, 10))
                return QStringLiteral("Test Day");
            if (d == QDate(2026, 2, 11))
                return QStringLiteral("National Foundation Day");
            return QString();
        });
    }
    void closeStores()
    {
        m_slots.reset();
        m_store.reset();
        m_members.reset();
        m_events.reset();
        m_db.reset();
    }
};

} // namespace offkai::test
