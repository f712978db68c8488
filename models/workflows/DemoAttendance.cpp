#include "workflows/DemoAttendance.h"

#include "workflows/DemoRandom.h"

namespace offkai {

namespace {
/// Newcomers are keen: three times as likely to come in their first two months.
constexpr int kNewcomerDays = 60;
constexpr int kNewcomerFactor = 3;

/// How long before the start someone registered, in seconds: from a hash of the event and the member (not
/// from the shared random sequence, which would move every later draw). No-shows are commoner among those
/// who registered at the last minute or more than four weeks ahead, as organizers see.
qint64 leadSeconds(qint64 eventId, qint64 memberId, bool came)
{
    quint64 h = quint64(eventId) * 0x9E3779B97F4A7C15ULL ^ quint64(memberId) * 0xC2B2AE3D27D4EB4FULL;
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 29;
    const int bucket = int(h % 100);
    const qint64 spread = qint64((h / 100) % 1000); // where in the bucket, in thousandths
    constexpr qint64 hour = 3600;
    constexpr qint64 day = 24 * hour;
    const int nearest = came ? 15 : 30; // under a day: 15 % of those who came, 30 % of the no-shows
    const int days = 50;                // then 1-6 days, up to half of either
    const int weeks = came ? 85 : 70;   // 7-27 days; the rest 4 weeks or more
    if (bucket < nearest)
        return 2 * hour + spread * 20 * hour / 1000;
    if (bucket < days)
        return day + spread * 5 * day / 1000;
    if (bucket < weeks)
        return 7 * day + spread * 20 * day / 1000;
    return 28 * day + spread * 30 * day / 1000;
}
} // namespace

DemoAttendance::DemoAttendance(QList<DemoAttendee> pool, DemoRandom &random)
    : m_pool(std::move(pool))
    , m_random(random)
{}

QList<int> DemoAttendance::pickSome(QList<int> &weights, int count)
{
    QList<int> picked;
    for (int i = 0; i < count; ++i) {
        const int index = m_random.weighted(weights);
        if (index < 0)
            break;
        weights[index] = 0;
        picked.append(index);
    }
    return picked;
}

QList<Participation> DemoAttendance::draw(qint64 eventId, const QDateTime &start, const DemoTurnout &turnout,
                                          const QList<Participation> &fixed, bool held)
{
    const QDate day = start.date();
    QList<Participation> rows;
    auto add = [&](Participation p, bool came, bool walkIn) {
        p.eventId = eventId;
        p.attended = held && came;
        p.walkIn = p.attended && walkIn;
        if (p.attended && turnout.checkIn) {
            p.checkedInAt =
                start.addSecs(60 * (walkIn ? m_random.between(20, 60) : m_random.between(-15, 30))).toUTC();
        }
        if (p.attended && turnout.fee > 0) {
            p.feePaid = turnout.fee;
            p.paidAt = p.checkedInAt.isValid() ? p.checkedInAt : start.toUTC();
        }
        if (p.walkIn)
            p.registeredAt = p.checkedInAt.isValid() ? p.checkedInAt : start.toUTC();
        else if (!p.registeredAt.isValid())
            p.registeredAt = start.toUTC().addSecs(-leadSeconds(eventId, p.memberId, came));
        rows.append(p);
    };
    QList<int> weights;
    for (const DemoAttendee &a : std::as_const(m_pool)) {
        const bool member =
            a.joinedOn.isValid() && a.joinedOn <= day && (!a.activeUntil.isValid() || a.activeUntil >= day);
        const bool taken = std::any_of(fixed.cbegin(), fixed.cend(),
                                       [&](const Participation &p) { return p.memberId == a.memberId; });
        const int factor = a.joinedOn.daysTo(day) <= kNewcomerDays ? kNewcomerFactor : 1;
        weights.append(member && !taken ? a.weight * factor : 0);
    }
    for (const Participation &p : fixed)
        add(p, true, false);
    auto drawn = [&](int index, Participation::Rsvp rsvp) {
        Participation p;
        p.memberId = m_pool.at(index).memberId;
        p.rsvp = rsvp;
        return p;
    };
    for (int index : pickSome(weights, m_random.between(turnout.goingMin, turnout.goingMax)))
        add(drawn(index, Participation::Rsvp::Going), !m_random.chance(turnout.noShowPercent), false);
    for (int index : pickSome(weights, m_random.between(0, turnout.maybeMax)))
        add(drawn(index, Participation::Rsvp::Maybe), m_random.chance(50), false);
    for (int index : pickSome(weights, m_random.between(0, turnout.declinedMax)))
        add(drawn(index, Participation::Rsvp::Declined), false, false);
    // Walk-ins never answered: they are written down as going when they turn up, as at the 2nd meetup.
    if (held) {
        for (int index : pickSome(weights, m_random.between(0, turnout.walkInsMax)))
            add(drawn(index, Participation::Rsvp::Going), true, true);
    }
    return rows;
}

} // namespace offkai
