#include "workflows/DemoHistory.h"

#include "records/Event.h"
#include "records/JoinQuestion.h"
#include "records/Venue.h"
#include "stores/EventStore.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "workflows/DemoPeople.h"
#include "workflows/DemoRandom.h"

#include <algorithm>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace offkai {

namespace {

/// The seed of everything the history draws.
constexpr quint64 kSeed = 20130725; // the day of the 1st meetup

/// The founding members who still come, and how readily (see DemoPeople for the scale). 田村 organizes
/// and 松本 hosts the online meetups; 吉田 直人's history is the demo's example of a walk-in and stays as
/// it is; the inactive, the one who left and the applicants do not come.
struct FounderSeed
{
    const char16_t *name;
    int weight;
};

constexpr FounderSeed kFounders[] = {
    {u"井上 隆", 30},   {u"佐々木 大輔", 8},  {u"星野 美和", 2},   {u"中村 優子", 8},  {u"小林 拓也", 8},
    {u"山本 翔太", 30}, {u"加藤 真由美", 30}, {u"伊藤 健一", 2},   {u"鈴木 健太", 2},  {u"高橋 美咲", 8},
    {u"渡辺 剛", 2},    {u"山口 彩", 8},      {u"斎藤 誠", 8},     {u"清水 由紀", 30}, {u"森 和也", 8},
    {u"池田 恵", 2},    {u"橋本 亮", 8},      {u"石田 さくら", 2}, {u"前田 浩二", 2},  {u"岡田 翼", 8},
    {u"坂本 千尋", 8},  {u"長谷川 舞", 8},
};

/// The online meetups' themes, by the month they are held in.
constexpr const char16_t *kOnlineThemes[12] = {
    u"今年の目標",       u"確定申告のコツ",       u"新しく始めたこと", u"春からの新生活",
    u"副業のはじめ方",   u"リモートワークの工夫", u"夏休みの過ごし方", u"おすすめの本",
    u"AIツールの使い方", u"地方移住の話",         u"健康とはたらき方", u"一年の振り返り",
};

QTimeZone tokyo()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Tokyo"));
    return zone.isValid() ? zone : QTimeZone(9 * 3600);
}

QDate lastWeekday(const QDate &month, int weekday)
{
    QDate day(month.year(), month.month(), month.daysInMonth());
    while (day.dayOfWeek() != weekday)
        day = day.addDays(-1);
    return day;
}

Event event(const QString &title, const QString &type, Event::Format format, const QDateTime &start,
            int minutes)
{
    Event e;
    e.title = title;
    e.type = type;
    e.format = format;
    e.status = Event::Status::Done;
    e.start = start;
    e.end = start.addSecs(60 * minutes);
    return e;
}

Participation fixedRole(qint64 memberId, Participation::Role role)
{
    Participation p;
    p.memberId = memberId;
    p.role = role;
    return p;
}

Venue lunchVenue()
{
    Venue v;
    v.name = u"洋食屋 キッチンはなぶさ 新橋"_s;
    v.kind = Venue::Kind::Restaurant;
    v.address = u"東京都港区新橋三丁目9-4 新橋サンプルビル1階"_s;
    v.stations.append({u"新橋駅"_s, u"JR山手線・東京メトロ銀座線・都営浅草線"_s, u"烏森口"_s, 3});
    v.parking = u"なし"_s;
    v.nearby = u"烏森通り沿い。向かいにコンビニ。"_s;
    v.capacity = 16;
    v.priceRange = u"1,000〜1,500円"_s;
    v.phone = u"03-0000-5505"_s;
    v.webUrl = u"https://example.com/kitchen-hanabusa"_s;
    v.notes = u"ランチは奥の個室に12名まで予約可。予約は前週の金曜までに田村の名前で。"_s;
    return v;
}

/// Who came, for the organizer's note on a past meetup.
QString headcountNote(const QList<Participation> &rows)
{
    const auto came =
        std::count_if(rows.cbegin(), rows.cend(), [](const Participation &p) { return p.attended; });
    const auto walkIns =
        std::count_if(rows.cbegin(), rows.cend(), [](const Participation &p) { return p.walkIn; });
    return walkIns > 0 ? u"参加%1名（うち当日参加%2名）。"_s.arg(came).arg(walkIns)
                       : u"参加%1名。"_s.arg(came);
}

/// Writes the history's people; returns their ids in the order of `people` (0 for none written).
Result<QList<qint64>> addPeople(Workspace &workspace, const QList<DemoPerson> &people)
{
    auto questions = workspace.joinQuestions().all();
    if (!questions)
        return questions.error();
    // Written as an import writes them (the search index is rebuilt once at the end), inside the
    // caller's transaction.
    MemberBulkWrite &bulk = workspace.memberTables().bulkWrite();
    if (auto begun = bulk.begin(people.size()); !begun)
        return begun.error();
    auto cancel = qScopeGuard([&] { bulk.cancel(); });
    QList<qint64> ids;
    for (const DemoPerson &person : people) {
        Member m = person.member;
        m.referredBy = person.referrer >= 0 ? ids.value(person.referrer) : 0;
        for (int i = 0; i < person.answers.size() && i < questions->size(); ++i)
            m.answers.insert(questions->at(i).id, person.answers.at(i));
        auto id = workspace.members().insert(m);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    cancel.dismiss();
    if (auto ended = bulk.end(); !ended)
        return ended.error();
    return ids;
}

} // namespace

QDate DemoHistory::firstDay(const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-24);
}

Result<DemoHistory::Added> DemoHistory::add(Workspace &workspace, const DemoData::Ids &ids,
                                            const QDate &today)
{
    DemoRandom random(kSeed);
    const QDate from = firstDay(today);
    Added added;
    for (const FounderSeed &f : kFounders) {
        const qint64 id = ids.members.value(QString::fromUtf16(f.name));
        if (!ids.joinedOn.contains(id))
            return Error(
                Error::Code::Invalid,
                QCoreApplication::translate("offkai::DemoData", "Could not create the demo database."),
                QString::fromUtf16(f.name));
        added.pool.append({id, ids.joinedOn.value(id), {}, f.weight});
    }
    const QList<DemoPerson> people = DemoPeople::generate(from, today, random);
    auto personIds = addPeople(workspace, people);
    if (!personIds)
        return personIds.error();
    for (int i = 0; i < people.size(); ++i) {
        const DemoPerson &p = people.at(i);
        if (p.weight > 0)
            added.pool.append({personIds->at(i), p.member.joinedOn, p.activeUntil, p.weight});
    }
    auto lunch = workspace.venues().insert(lunchVenue());
    if (!lunch)
        return lunch.error();
    added.lunchVenue = *lunch;

    const qint64 organizer = ids.members.value(u"田村 浩之"_s);
    const qint64 zoomHost = ids.members.value(u"松本 理恵"_s);
    const qint64 baba = ids.venues.value(1), minato = ids.venues.value(2), zoom = ids.venues.value(3);
    DemoAttendance attendance(added.pool, random);
    QList<Participation> rows;
    bool typhoon = false;
    for (int month = 0; month <= 24; ++month) { // to this month, as far as today
        const QDate first = from.addMonths(month);
        // The monthly meetup: the last Thursday, alternating between the two venues; in December the
        // year-end party on the third Friday instead.
        const bool yearEnd = first.month() == 12;
        const bool atBaba = yearEnd || month % 2 == 0;
        const QDate day = yearEnd ? nthWeekday(first, 3, Qt::Friday) : lastWeekday(first, Qt::Thursday);
        if (day < today) {
            Event e = event(yearEnd ? u"忘年会（%1年）"_s.arg(first.year())
                                    : u"定例オフ会（%1年%2月）"_s.arg(first.year()).arg(first.month()),
                            u"offline_meetup"_s, Event::Format::Offline,
                            QDateTime(day, atBaba ? QTime(19, 30) : QTime(19, 0), tokyo()), 150);
            e.venueId = atBaba ? baba : minato;
            e.capacity = 20;
            DemoTurnout turnout{10, 17, 10, 2, 4, 2, atBaba ? 4000 : 1000, true};
            if (yearEnd)
                turnout = DemoTurnout{14, 19, 5, 1, 3, 1, 5000, true};
            else if (!atBaba)
                turnout = DemoTurnout{8, 15, 10, 2, 4, 2, 1000, true};
            e.fee = turnout.fee;
            e.whatToBring = u"名刺（お持ちの方）"_s;
            e.description = atBaba
                                ? u"高田馬場のスペインバルで月例のオフ会です。異業種の方とビジネスをテーマに"
                                  u"ワイワイ話しましょう。初参加の方も歓迎です。"_s
                                : u"田町のレンタルスペースで、軽食をつまみながらの月例オフ会です。"
                                  u"最初に一人1分の自己紹介をお願いします。"_s;
            // One September meetup was called off: a typhoon was coming.
            const bool held = typhoon || first.month() != 9;
            if (!held) {
                typhoon = true;
                e.status = Event::Status::Cancelled;
            }
            QList<Participation> drawn = attendance.draw(
                0, e.start, turnout, {fixedRole(organizer, Participation::Role::Organizer)}, held);
            e.notes = held ? headcountNote(drawn)
                           : u"台風の接近で中止。参加予定の皆さんにはFacebookグループで連絡済み。"
                             u"会場のキャンセル料はかからなかった。"_s;
            auto id = workspace.events().insert(e);
            if (!id)
                return id.error();
            for (Participation &p : drawn)
                p.eventId = *id;
            rows.append(drawn);
        }
        // An online meetup every other month, on the first Wednesday, hosted from the paid Zoom room.
        const QDate online = nthWeekday(first, 1, Qt::Wednesday);
        if (month % 2 == 1 && online < today) {
            Event e = event(u"オン会「%1」"_s.arg(QString::fromUtf16(kOnlineThemes[first.month() - 1])),
                            u"online_meetup"_s, Event::Format::Online,
                            QDateTime(online, QTime(20, 0), tokyo()), 90);
            e.venueId = zoom;
            e.onlineUrl = DemoData::zoomUrl();
            e.hostMemberId = zoomHost;
            e.capacity = 30;
            e.fee = 0;
            e.linkPolicy =
                u"参加表明いただいた方に、前日までにFacebookグループのメッセージでURLをお送りします。"_s;
            e.description = u"Zoomでのオン会です。テーマに沿って一人3分ずつ話し、後半はフリートーク。"
                            u"途中参加・途中退出OK、顔出しは自由です。"_s;
            QList<Participation> drawn =
                attendance.draw(0, e.start, DemoTurnout{6, 14, 20, 1, 2, 3, 0, false},
                                {fixedRole(organizer, Participation::Role::Organizer),
                                 fixedRole(zoomHost, Participation::Role::Host)});
            e.notes = headcountNote(drawn);
            auto id = workspace.events().insert(e);
            if (!id)
                return id.error();
            for (Participation &p : drawn)
                p.eventId = *id;
            rows.append(drawn);
        }
    }

    // Being planned: a meetup in Osaka for the members in Kansai, without a day yet.
    Event osaka;
    osaka.title = u"関西オフ会（大阪）"_s;
    osaka.type = u"offline_meetup"_s;
    osaka.status = Event::Status::Tentative;
    osaka.tentativeFrom = today.addDays(30);
    osaka.tentativeTo = today.addDays(75);
    osaka.tentativeNote = u"日程調整中（土曜の昼を予定）"_s;
    osaka.description =
        u"関西在住のメンバーが増えてきたので、大阪でもオフ会を開きます。会場は梅田周辺で検討中。"_s;
    osaka.notes = u"会場は前田さん（大阪で居酒屋を経営）に相談中。"_s;
    auto osakaId = workspace.events().insert(osaka);
    if (!osakaId)
        return osakaId.error();
    for (const auto &[name, role] : {std::pair{u"田村 浩之"_s, Participation::Role::Organizer},
                                     std::pair{u"前田 浩二"_s, Participation::Role::Staff},
                                     std::pair{u"池田 恵"_s, Participation::Role::Attendee}}) {
        Participation p = fixedRole(ids.members.value(name), role);
        p.eventId = *osakaId;
        rows.append(p);
    }
    if (auto written = workspace.participations().restore(rows); !written)
        return written.error();
    return added;
}

QDate DemoHistory::nthWeekday(const QDate &month, int nth, int weekday)
{
    QDate day(month.year(), month.month(), 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (nth - 1));
}

} // namespace offkai
