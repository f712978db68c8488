#include "DemoSeries.h"

#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

namespace offkai {

namespace {
/// The `nth` `weekday` (1 = Monday) of a month.
QDate nthWeekday(const QDate &month, int nth, int weekday)
{
    QDate day(month.year(), month.month(), 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (nth - 1));
}
} // namespace

Result<void> DemoSeries::add(Workspace &workspace, const DemoData::Ids &ids, const QDate &today)
{
    // The first three active members host and speak; lunch is at the first venue.
    const QList<qint64> members = ids.activeMembers.mid(0, 3);
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    // The rules started three months ago.
    const QDate since = QDate(today.year(), today.month(), 1).addMonths(-3);
    const qint64 host = members.value(0);

    Series talks;
    talks.title = QStringLiteral("OB・OG トーク");
    talks.type = QStringLiteral("talk");
    talks.format = Event::Format::Online;
    talks.firstStart = QDateTime(nthWeekday(since, 2, Qt::Tuesday), QTime(20, 0), tokyo);
    talks.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
    talks.holidayPolicy = Series::HolidayPolicy::NextWorkday;
    talks.onlineUrl = QStringLiteral("https://zoom.example.com/j/2000000002");
    talks.hostMemberId = host;
    talks.description = QStringLiteral("毎月第2火曜日 20:00〜（終了時刻は決めていません）。OB・OG が"
                                       "キャリアや今の仕事について話します。登壇したい方は幹事まで。");

    Series lunch;
    lunch.title = QStringLiteral("OB ランチ会");
    lunch.type = QStringLiteral("lunch");
    lunch.format = Event::Format::Offline;
    lunch.firstStart = QDateTime(nthWeekday(since, 3, Qt::Thursday), QTime(12, 0), tokyo);
    lunch.durationMinutes = 60;
    lunch.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TH");
    lunch.holidayPolicy = Series::HolidayPolicy::Skip;
    lunch.venueId = ids.venues.value(0);
    lunch.capacity = 12;
    lunch.description = QStringLiteral("毎月第3木曜日 12:00〜13:00。会費は各自のランチ代のみです。");

    Series mokumoku;
    mokumoku.title = QStringLiteral("オンラインもくもく会");
    mokumoku.type = QStringLiteral("mokumoku");
    mokumoku.format = Event::Format::Online;
    mokumoku.firstStart = QDateTime(lunch.firstStart.date(), QTime(10, 0), tokyo);
    mokumoku.durationMinutes = 120;
    mokumoku.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TH");
    mokumoku.holidayPolicy = Series::HolidayPolicy::Skip;
    mokumoku.onlineUrl = QStringLiteral("https://zoom.example.com/j/2000000003");
    mokumoku.hostMemberId = host;
    mokumoku.description = QStringLiteral("ランチ会の前に 10:00〜12:00、各自の作業をもくもくと。");

    SeriesStore &store = workspace.series();
    auto talksId = store.insert(talks);
    if (!talksId)
        return talksId.error();
    for (const Series &s : {lunch, mokumoku}) {
        if (auto id = store.insert(s); !id)
            return id.error();
    }
    const QStringList topics{QStringLiteral("退職して起業するまで — 最初の 3 年でやったこと"),
                             QStringLiteral("社外で学び続ける：勉強会と OB 会の使い方")};
    for (int i = 0; i < topics.size() && i + 1 < members.size(); ++i) {
        if (auto slotted =
                workspace.seriesSlots().slotSpeaker(*talksId, members.at(i + 1), topics.at(i), today);
            !slotted)
            return slotted.error();
    }
    return {};
}

} // namespace offkai
