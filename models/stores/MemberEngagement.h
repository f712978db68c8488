#pragma once

#include "core/Result.h"
#include "records/MemberEngagementFigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVariantList>

namespace offkai {

class MemberStatements;

/// How often members come: the figures of the member editor's Events tab and the engagement columns and
/// filter of the member list, all defined here, in SQL, so that both show the same numbers.
///
/// - A *held* event is one with a day (not tentative-only) that was not cancelled.
/// - A member *attended* a held event when they are marked as attended there (checked in, walk-in or
///   ticked after the fact). First and last attendance are the days of those events, in each event's zone.
/// - A *no-show* is a held event that has ended (its end, or its start when it has none, is before now),
///   that the member was going to, and that they did not attend. Only events whose attendance was taken
///   count: an event where nobody at all is marked as attended never makes no-shows, because it means
///   the organizer did not record who came.
/// - The *streak* is the number of events the member attended since their latest no-show (all of them
///   when they never failed to come): "came to each of the last N events they signed up for". Events they
///   only answered maybe or declined to do not break it.
/// - *Not seen for N months*: active members whose last attendance was more than N months ago, or who
///   never attended and joined more than N months ago (or, without a join date, were added then).
class MemberEngagement
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberEngagement)
public:
    explicit MemberEngagement(MemberStatements &statements);

    /// The figures of one member at `now` (no-shows depend on which events have ended).
    Result<MemberEngagementFigures> of(qint64 memberId,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// The events counted as the member's no-shows at `now`.
    Result<QSet<qint64>> noShowEvents(qint64 memberId,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The SQL the member list shares; `member` is the SQL of the member's id (such as "m.id").
    /// The UTC start of the member's latest attended event (ISO text, sorts in time order); NULL if none.
    static QString lastAttendedSql(const QString &member);
    /// The same event's start and zone, "start zone", for lastAttendedDay().
    static QString lastAttendedDaySql(const QString &member, bool postgreSql = false);
    /// How many held events the member attended.
    static QString attendedCountSql(const QString &member);
    /// The condition "not seen for `months` months" over `members m`, with its values in `values`.
    static QString notSeenCondition(int months, const QDate &today, QVariantList &values);
    /// The local day of a "start zone" value of lastAttendedDaySql(); invalid for NULL.
    static QDate dayOf(const QVariant &startAndZone);

private:
    MemberStatements &m_statements;
};

} // namespace offkai
