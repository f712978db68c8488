#include "ServiceDateTime.h"

#include <QRegularExpression>
#include <QStringList>

namespace offkai {

namespace {
/// Hour, minute, optional second, optional AM/PM (also before the time, as 午前/午後), optional zone.
const QString kTime = QStringLiteral(
    R"((?:(?:[ T]+|(?<=日))(午前|午後|AM|PM)?\s*(\d{1,2})(?::|時)(\d{1,2})(?::(\d{1,2}))?分?(?:(\d{1,2})秒)?)"
    R"((?:\.\d+)?\s*(AM|PM|午前|午後)?\s*(Z|[+-]\d{2}:?\d{2}|JST|UTC|GMT)?)?$)");

int monthOfName(const QString &name)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString prefix = name.left(3).toLower();
    return int(months.indexOf(prefix)) + 1;
}

/// The time captured from `first` on (the groups of kTime), or an invalid time; no time at all is midnight.
QTime timeOf(const QRegularExpressionMatch &match, int first, bool *hasTime)
{
    *hasTime = !match.captured(first + 1).isEmpty();
    if (!*hasTime)
        return QTime(0, 0);
    int hour = match.captured(first + 1).toInt();
    const int minute = match.captured(first + 2).toInt();
    const QString secondText =
        match.captured(first + 3).isEmpty() ? match.captured(first + 4) : match.captured(first + 3);
    const int second = secondText.toInt();
    QString half = match.captured(first);
    if (half.isEmpty())
        half = match.captured(first + 5);
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        const bool pm =
            half.compare(QLatin1String("PM"), Qt::CaseInsensitive) == 0 || half == QStringLiteral("午後");
        hour = hour % 12 + (pm ? 12 : 0);
    }
    return QTime(hour, minute, second);
}

/// The zone a suffix names ("Z", "+09:00", "JST"), or `zone` when there is none.
QTimeZone zoneOf(const QString &suffix, const QTimeZone &zone)
{
    if (suffix.isEmpty())
        return zone;
    if (suffix == QLatin1String("Z") || suffix == QLatin1String("UTC") || suffix == QLatin1String("GMT"))
        return QTimeZone::utc();
    if (suffix == QLatin1String("JST"))
        return QTimeZone(9 * 3600);
    const int sign = suffix.startsWith(QLatin1Char('-')) ? -1 : 1;
    const QString digits = suffix.mid(1).remove(QLatin1Char(':'));
    const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60;
    return QTimeZone(sign * seconds);
}
} // namespace

QDateTime ServiceDateTime::parse(const QString &text, const QTimeZone &zone)
{
    // NFKC reads full-width digits, colons and slashes as their ASCII forms.
    const QString value = text.normalized(QString::NormalizationForm_KC).simplified();
    if (value.isEmpty())
        return {};
    static const QRegularExpression yearFirst(
        QStringLiteral(R"(^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?)") + kTime,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4}))") + kTime,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthName(QStringLiteral(R"(^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4}))") +
                                                  kTime,
                                              QRegularExpression::CaseInsensitiveOption);
    QDate date;
    QRegularExpressionMatch match;
    if (match = yearFirst.match(value); match.hasMatch())
        date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    else if (match = monthFirst.match(value); match.hasMatch())
        date = QDate(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt());
    else if (match = monthName.match(value); match.hasMatch())
        date = QDate(match.captured(3).toInt(), monthOfName(match.captured(1)), match.captured(2).toInt());
    if (!date.isValid())
        return {};
    bool hasTime = false;
    const QTime time = timeOf(match, 4, &hasTime);
    if (!time.isValid())
        return {};
    const QTimeZone local = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    return QDateTime(date, time, zoneOf(match.captured(10).toUpper(), local)).toUTC();
}

} // namespace offkai
