#include "SqlValues.h"
#include "text/AsciiDigits.h"

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
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // What dateTimeOrNull() writes, "yyyy-MM-ddTHH:mm:ssZ", read without Qt's general ISO parser (a
    // calendar of 10,000 events reads 20,000 of them); anything else goes through the parser.
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        const auto number = [&text](qsizetype from, qsizetype length) {
            return AsciiDigits::value(text, from, length);
        };
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
        const QDate date(year, month, day);
        if (year > 0 && date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 &&
            second >= 0 && second < 60)
            return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
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
