#pragma once

#include <functional>
#include <QString>

namespace offkai {

/// What the field texts of a venue, an event or a report need from outside the record (RecordField): the
/// names behind the ids it holds. Unset lookups show ids and keys as they are.
struct RecordLookups
{
    std::function<QString(qint64 memberId)> memberName;
    std::function<QString(qint64 venueId)> venueName;
    std::function<QString(qint64 eventId)> eventTitle;
    std::function<QString(const QString &typeKey)> eventTypeName;
};

} // namespace offkai
