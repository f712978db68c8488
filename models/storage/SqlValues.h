#pragma once

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace offkai {

/// How Offkai's values travel to and from SQLite columns, in one place for every store.
/// Text columns are NOT NULL with '' for "nothing"; optional numbers, dates and references are NULL.
/// Dates are ISO-8601 text; times are UTC ISO-8601 text.
class SqlValues
{
public:
    /// Qt binds a null QString as SQL NULL; this binds it as ''.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
    static QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

    static QVariant optionalInt(const std::optional<int> &value);
    static std::optional<int> toOptionalInt(const QVariant &value);
    /// An id, or NULL for 0 (no reference).
    static QVariant idOrNull(qint64 id);
    /// `date.toString(Qt::ISODate)` (yyyy-MM-dd; empty for an invalid date), without the general
    /// formatter behind it, which costs more than a bulk write's whole row of SQLite work.
    static QString isoDate(const QDate &date);
    static QVariant dateOrNull(const QDate &date);
    static QVariant dateTimeOrNull(const QDateTime &when);
    static QDate toDate(const QVariant &value);
    static QDateTime toDateTime(const QVariant &value);

    /// True for an empty text or an http(s) address with a host: what web page and meeting fields accept.
    static bool isWebUrlOrEmpty(const QString &text);
};

} // namespace offkai
