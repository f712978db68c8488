#include "DemoSeries.h"

#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "workflows/DemoRandom.h"

#include <algorithm>
#include <iterator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace offkai {

namespace {

/// The seed of the series' past turnouts and speakers.
constexpr quint64 kSeed = 20;

/// What the past alumni talks were about, in the order they were given.
constexpr const char16_t *kPastTopics[] = {
    u"元エンジニアが飲食店を開くまで",
    u"40代からの転職活動",
    u"副業から始める独立",
    u"海外駐在で学んだこと",
    u"地方に移住して3年",
    u"社内の新規事業を立ち上げる",
    u"町工場のデジタル化",
    u"フリーランスの値付け",
    u"NPOという働き方",
    u"子育てとキャリア",
    u"社会人大学院で学び直す",
    u"広報の仕事と失敗談",
    u"クラウドファンディング挑戦記",
    u"事業承継のリアル",
    u"スタートアップの資金調達",
    u"50歳からのプログラミング",
    u"ゲーム業界のいま",
    u"翻訳者の道具箱",
    u"税理士が見た小さな会社の数字",
    u"採用と定着の工夫",
    u"映像で伝えるコツ",
    u"ECで地方の食材を売る",
    u"研究職から企画職へ",
    u"パラレルキャリアのすすめ",
};

Participation fixedRole(qint64 memberId, Participation::Role role)
{
    Participation p;
    p.memberId = memberId;
    p.role = role;
    return p;
}

/// The past of one series: each occurrence before `today` confirmed as an event and marked held, with a
/// speaker for talks and the participants drawn by `attendance`.
class SeriesPast
{
public:
    SeriesPast(Workspace &workspace, const DemoHistory::Added &history, qint64 host, DemoRandom &random)
        : m_workspace(workspace)
        , m_history(history)
        , m_host(host)
        , m_random(random)
        , m_attendance(history.pool, random)
    {}

    Result<void> hold(qint64 seriesId, const QDate &since, const QDate &today, const DemoTurnout &turnout,
                      bool talks)
    {
        auto series = m_workspace.series().get(seriesId);
        if (!series)
            return series.error();
        auto occurrences = m_workspace.series().occurrences(since, today.addDays(-1), seriesId);
        if (!occurrences)
            return occurrences.error();
        QList<SpeakerSlot> slots;
        for (const Occurrence &o : std::as_const(*occurrences)) {
            if (o.state == Occurrence::State::HolidaySkipped || o.start.date() >= today)
                continue;
            QList<Participation> fixed{
                fixedRole(m_host, talks ? Participation::Role::Host : Participation::Role::Organizer)};
            // Confirmed as the pipeline confirms it, and held.
            Event event = series->eventFor(o.occurrenceDate, o.start, o.end);
            event.status = Event::Status::Done;
            if (talks) {
                const qint64 speaker = pickSpeaker(o.occurrenceDate);
                const QString topic = QString::fromUtf16(kPastTopics[m_talks++ % std::size(kPastTopics)]);
                slots.append({seriesId, o.occurrenceDate, speaker, {}, topic, {}});
                fixed.append(fixedRole(speaker, Participation::Role::Speaker));
                event.notes = u"テーマ「%1」。"_s.arg(topic);
            }
            QList<Participation> rows = m_attendance.draw(0, o.start, turnout, fixed);
            event.notes += u"参加%1名。"_s.arg(
                std::count_if(rows.cbegin(), rows.cend(), [](const Participation &p) { return p.attended; }));
            auto id = m_workspace.events().insert(event);
            if (!id)
                return id.error();
            for (Participation &p : rows)
                p.eventId = *id;
            m_rows.append(rows);
        }
        return m_workspace.seriesSlots().addSlots(seriesId, slots);
    }

    /// Writes the participations of every past occurrence held.
    Result<void> write() { return m_workspace.participations().restore(m_rows); }

private:
    /// A member who had been in the group a while, more likely a regular; nobody twice in half a year.
    qint64 pickSpeaker(const QDate &day)
    {
        QList<int> weights;
        for (const DemoAttendee &a : m_history.pool) {
            const bool settled =
                a.joinedOn.daysTo(day) > 90 && (!a.activeUntil.isValid() || a.activeUntil >= day);
            weights.append(settled && a.weight >= 8 && !m_recentSpeakers.contains(a.memberId) ? a.weight : 0);
        }
        const qint64 speaker = m_history.pool.at(m_random.weighted(weights)).memberId;
        m_recentSpeakers.append(speaker);
        if (m_recentSpeakers.size() > 6)
            m_recentSpeakers.removeFirst();
        return speaker;
    }

    Workspace &m_workspace;
    const DemoHistory::Added &m_history;
    qint64 m_host;
    DemoRandom &m_random;
    DemoAttendance m_attendance;
    QList<qint64> m_recentSpeakers;
    QList<Participation> m_rows;
    int m_talks = 0;
};

} // namespace

Result<void> DemoSeries::add(Workspace &workspace, const DemoData::Ids &ids,
                             const DemoHistory::Added &history, const QDate &today)
{
    // The first three active members host and speak; lunch is at the restaurant near the old office.
    const QList<qint64> members = ids.activeMembers.mid(0, 3);
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    // The rules started two years ago, with the history.
    const QDate since = DemoHistory::firstDay(today);
    const qint64 host = members.value(0);

    Series talks;
    talks.title = QStringLiteral("OB・OG トーク");
    talks.type = QStringLiteral("talk");
    talks.format = Event::Format::Online;
    talks.firstStart = QDateTime(DemoHistory::nthWeekday(since, 2, Qt::Tuesday), QTime(20, 0), tokyo);
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
    lunch.firstStart = QDateTime(DemoHistory::nthWeekday(since, 3, Qt::Thursday), QTime(12, 0), tokyo);
    lunch.durationMinutes = 60;
    lunch.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TH");
    lunch.holidayPolicy = Series::HolidayPolicy::Skip;
    lunch.venueId = history.lunchVenue;
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
    auto lunchId = store.insert(lunch);
    if (!lunchId)
        return lunchId.error();
    auto mokumokuId = store.insert(mokumoku);
    if (!mokumokuId)
        return mokumokuId.error();
    DemoRandom random(kSeed);
    SeriesPast past(workspace, history, host, random);
    if (auto held = past.hold(*talksId, since, today, DemoTurnout{12, 26, 25, 3, 2, 3, 0, false}, true);
        !held)
        return held.error();
    if (auto held = past.hold(*lunchId, since, today, DemoTurnout{4, 10, 5, 1, 2, 1, 0, false}, false); !held)
        return held.error();
    if (auto held = past.hold(*mokumokuId, since, today, DemoTurnout{2, 7, 15, 1, 0, 2, 0, false}, false);
        !held)
        return held.error();
    if (auto written = past.write(); !written)
        return written.error();
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
