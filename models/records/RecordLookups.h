#pragma once

#include <functional>
#include <optional>
#include <QLocale>
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

    /// The name `lookup` gives `id` ("#id" when it gives none); empty for no id (0). For the fields that
    /// hold a member, a venue or an event.
    static QString nameOrId(qint64 id, const std::function<QString(qint64)> &lookup)
    {
        if (id == 0)
            return {};
        const QString name = lookup ? lookup(id) : QString();
        return name.isEmpty() ? QStringLiteral("#%1").arg(id) : name;
    }
    /// A count or an amount in the current locale; empty when unset. For a RecordField's text.
    static QString numberText(const std::optional<int> &value, const RecordLookups &)
    {
        return value ? QLocale().toString(*value) : QString();
    }
};

} // namespace offkai
