#include "Event.h"

#include <QHash>
#include <QLocale>
#include <QMutex>

namespace offkai {

namespace {
bool isJapanese(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese;
}

QString monthText(const QDate &date, const QLocale &locale)
{
    return isJapanese(locale) ? locale.toString(date, QStringLiteral("yyyy年M月"))
                              : locale.toString(date, QStringLiteral("MMMM yyyy"));
}

/// The zone's short name at `when`, as QTimeZone::displayName gives it: from ICU, a name that depends only
/// on the zone, whether `when` is in daylight-saving time and the locale; without ICU, the zone's
/// abbreviation at `when`. ICU builds a formatter on every call, which is slow: each answer is kept, under
/// all of these.
QString shortZoneName(const QTimeZone &zone, const QDateTime &when, const QLocale &locale)
{
    static QMutex mutex;
    static QHash<QString, QString> names;
    const QString key = QString::fromUtf8(zone.id()) + (zone.isDaylightTime(when) ? u"|d|" : u"|s|") +
                        zone.abbreviation(when) + QLatin1Char('|') + locale.name();
    QMutexLocker lock(&mutex);
    if (auto found = names.constFind(key); found != names.constEnd())
        return *found;
    lock.unlock();
    const QString name = zone.displayName(when, QTimeZone::ShortName, locale);
    lock.relock();
    names.insert(key, name);
    return name;
}

/// The last local day of [start, end): an event ending at midnight does not show on the next day.
QDate lastDayOf(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end <= start)
        return start.date();
    return qMax(start.date(), end.addMSecs(-1).date());
}
} // namespace

bool Event::sameContent(const Event &o) const
{
    return id == o.id && title == o.title && type == o.type && format == o.format && status == o.status &&
           start == o.start && end == o.end && timeZone == o.timeZone && allDay == o.allDay &&
           tentativeFrom == o.tentativeFrom && tentativeTo == o.tentativeTo &&
           tentativeNote == o.tentativeNote && venueId == o.venueId && onlineUrl == o.onlineUrl &&
           hostMemberId == o.hostMemberId && capacity == o.capacity && fee == o.fee &&
           staffCount == o.staffCount && linkPolicy == o.linkPolicy && whatToBring == o.whatToBring &&
           description == o.description && notes == o.notes && howToApply == o.howToApply &&
           applyBy == o.applyBy;
}

QDate Event::firstDay() const
{
    return hasDay() ? start.date() : tentativeFrom;
}

QDate Event::lastDay() const
{
    return hasDay() ? lastDayOf(start, end) : (tentativeTo.isValid() ? tentativeTo : tentativeFrom);
}

bool Event::coversDay(const QDate &day) const
{
    const QDate first = firstDay();
    return first.isValid() && first <= day && day <= lastDay();
}

void Event::moveToDay(const QDate &day)
{
    if (!day.isValid())
        return;
    if (hasDay()) {
        const qint64 extraDays = start.date().daysTo(end.isValid() ? end.date() : start.date());
        const QTime endTime = end.isValid() ? end.time() : QTime();
        start = QDateTime(day, start.time(), timeZone);
        if (end.isValid())
            end = QDateTime(day.addDays(extraDays), endTime, timeZone);
        return;
    }
    // Fixing a tentative event to its day.
    if (allDay) {
        start = QDateTime(day, QTime(0, 0), timeZone);
        end = QDateTime(day.addDays(1), QTime(0, 0), timeZone);
    } else {
        start = QDateTime(day, QTime(19, 0), timeZone);
        end = QDateTime(day, QTime(21, 0), timeZone);
    }
    tentativeFrom = {};
    tentativeTo = {};
    if (status == Status::Tentative)
        status = Status::Scheduled;
}

QString Event::dateText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    if (isJapanese(locale)) {
        // 2013年8月29日(木): the way Japanese calendars and announcements write a day.
        return locale.toString(date, QStringLiteral("yyyy年M月d日")) + QLatin1Char('(') +
               locale.dayName(date.dayOfWeek(), QLocale::NarrowFormat) + QLatin1Char(')');
    }
    // "Thursday, August 29, 2013" (en_US), "Thursday 29 August 2013" (en_GB).
    return locale.toString(date, QLocale::LongFormat);
}

QString Event::timeText(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, QLocale::ShortFormat);
}

QString Event::dayText(const QDate &day, const QDate &tentativeFrom, const QDate &tentativeTo,
                       const QLocale &locale)
{
    if (day.isValid())
        return dateText(day, locale);
    const QDate from = tentativeFrom;
    const QDate to = tentativeTo.isValid() ? tentativeTo : tentativeFrom;
    if (!from.isValid())
        return tr("Date to be decided");
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return tr("Sometime in %1, date to be decided").arg(monthText(from, locale));
    if (from == to)
        return tr("%1, to be confirmed").arg(dateText(from, locale));
    return tr("Between %1 and %2, date to be decided").arg(dateText(from, locale), dateText(to, locale));
}

QString Event::dayText(const QLocale &locale) const
{
    return dayText(hasDay() ? firstDay() : QDate(), tentativeFrom, tentativeTo, locale);
}

QString Event::whenText(const QLocale &locale) const
{
    return whenText(locale, QTimeZone::systemTimeZone());
}

QString Event::whenText(const QLocale &locale, const QTimeZone &homeZone) const
{
    const QString dash = isJapanese(locale) ? QStringLiteral("〜") : QStringLiteral(" – ");
    if (!hasDay()) {
        const QString range = dayText(QDate(), tentativeFrom, tentativeTo, locale);
        return tentativeNote.trimmed().isEmpty() ? range : tr("%1 (%2)").arg(range, tentativeNote.trimmed());
    }
    const QDate first = firstDay();
    const QDate last = lastDay();
    QString text;
    if (allDay) {
        text = dateText(first, locale);
        if (last != first)
            text += dash + dateText(last, locale);
        return text;
    }
    text = dateText(first, locale) + QLatin1Char(' ') + timeText(start.time(), locale);
    if (end.isValid()) {
        text += dash;
        if (end.date() != start.date() && last != first)
            text += dateText(end.date(), locale) + QLatin1Char(' ');
        text += timeText(end.time(), locale);
    }
    if (timeZone.isValid() && timeZone.id() != homeZone.id())
        text += QStringLiteral(" (") + shortZoneName(timeZone, start, locale) + QLatin1Char(')');
    return text;
}

QList<Event::Format> Event::allFormats()
{
    return {Format::Offline, Format::Online, Format::Hybrid};
}

QString Event::formatKey(Format format)
{
    switch (format) {
    case Format::Online:
        return QStringLiteral("online");
    case Format::Hybrid:
        return QStringLiteral("hybrid");
    case Format::Offline:
        break;
    }
    return QStringLiteral("offline");
}

std::optional<Event::Format> Event::formatFromKey(const QString &key)
{
    for (Format f : allFormats()) {
        if (formatKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString Event::formatLabel(Format format)
{
    switch (format) {
    case Format::Online:
        return tr("Online");
    case Format::Hybrid:
        return tr("Hybrid (venue and online)");
    case Format::Offline:
        break;
    }
    return tr("At a venue");
}

QList<Event::Status> Event::allStatuses()
{
    return {Status::Tentative, Status::Scheduled, Status::Cancelled, Status::Done};
}

QString Event::statusKey(Status status)
{
    switch (status) {
    case Status::Tentative:
        return QStringLiteral("tentative");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Scheduled:
        break;
    }
    return QStringLiteral("scheduled");
}

std::optional<Event::Status> Event::statusFromKey(const QString &key)
{
    for (Status s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString Event::statusLabel(Status status)
{
    switch (status) {
    case Status::Tentative:
        return tr("Tentative");
    case Status::Cancelled:
        return tr("Cancelled");
    case Status::Done:
        return tr("Done");
    case Status::Scheduled:
        break;
    }
    return tr("Scheduled");
}

QString EventType::displayName() const
{
    return label.trimmed().isEmpty() ? builtInName(key) : label;
}

QString EventType::builtInName(const QString &key)
{
    if (key == QLatin1String("offline_meetup"))
        return tr("Offline meetup");
    if (key == QLatin1String("online_meetup"))
        return tr("Online meetup");
    if (key == QLatin1String("lunch"))
        return tr("Lunch");
    if (key == QLatin1String("talk"))
        return tr("Talk");
    if (key == QLatin1String("mokumoku"))
        return tr("Mokumoku (quiet co-working)");
    if (key == QLatin1String("workshop"))
        return tr("Workshop");
    if (key == QLatin1String("panel"))
        return tr("Panel discussion");
    if (key == QLatin1String("ideathon"))
        return tr("Ideathon");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

} // namespace offkai
