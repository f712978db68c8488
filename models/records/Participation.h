#pragma once

#include <QDateTime>
#include <QString>

namespace offkai {

/// A member's part in one event: role, answer, and whether they came.
struct Participation
{
    qint64 eventId = 0;
    qint64 memberId = 0;
    QString role = QStringLiteral("attendee"); ///< organizer, host, speaker, staff, attendee
    QString rsvp = QStringLiteral("going");    ///< going, maybe, declined, waitlisted
    bool attended = false;
    bool walkIn = false;
    QDateTime checkedInAt;

    bool operator==(const Participation &) const = default;
};

} // namespace offkai
