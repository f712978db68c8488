#include "SqlValues.h"

#include <iterator>
#include <QUrl>

namespace offkai {

QVariant SqlValues::optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> SqlValues::toOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant SqlValues::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString SqlValues::isoDate(const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 0 || year > 9999)
        return date.toString(Qt::ISODate); // Qt's own answer outside the four-digit years
    const auto digit = [](int n) {
        return QChar(char16_t(u'0' + n % 10));
    };
    const QChar text[] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year),
                          QLatin1Char('-'),   digit(month / 10), digit(month),     QLatin1Char('-'),
                          digit(day / 10),    digit(day)};
    return QString(text, std::size(text));
}

QVariant SqlValues::dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant SqlValues::dateTimeOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDate SqlValues::toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime SqlValues::toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

bool SqlValues::isWebUrlOrEmpty(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

} // namespace offkai
