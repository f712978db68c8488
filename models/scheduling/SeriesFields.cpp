#include "SeriesFields.h"

#include "Recurrence.h"

#include <QLocale>

namespace offkai {

namespace {

constexpr const char *kContext = "offkai::SeriesFields";
using Field = SeriesFields::Field;

/// The first occurrence's day, times and zone, and the length: one field, as the editor sets them together.
Field whenField()
{
    return {
        QStringLiteral("when"),
        kContext,
        QT_TRANSLATE_NOOP("offkai::SeriesFields", "First occurrence"),
        [](const Series &a, const Series &b) {
            return a.firstStart == b.firstStart && a.timeZone == b.timeZone && a.allDay == b.allDay &&
                   a.durationMinutes == b.durationMinutes;
        },
        [](const Series &s, const RecordLookups &) {
            if (!s.firstStart.isValid())
                return QString();
            return s.eventFor(s.firstStart.date(), s.firstStart, s.endFor(s.firstStart)).whenText(QLocale());
        },
        [](Series &to, const Series &from) {
            to.firstStart = from.firstStart;
            to.timeZone = from.timeZone;
            to.allDay = from.allDay;
            to.durationMinutes = from.durationMinutes;
        }};
}

QString exceptionsText(const QList<SeriesException> &exceptions, const RecordLookups &)
{
    const QLocale locale;
    QStringList lines;
    for (const SeriesException &e : exceptions) {
        const QString day = Event::dateText(e.occurrenceDate, locale);
        if (e.kind == SeriesException::Kind::Skipped) {
            lines.append(SeriesFields::tr("%1: skipped").arg(day));
        } else {
            lines.append(SeriesFields::tr("%1: moved to %2 %3")
                             .arg(day, Event::dateText(e.movedStart.date(), locale),
                                  Event::timeText(e.movedStart.time(), locale)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QList<Field> makeFields()
{
    using S = Series;
    return {
        Field::plain("title", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Title"), &S::title),
        Field::of<QString>("type", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Type"), &S::type,
                           [](const QString &key, const RecordLookups &lookups) {
                               const QString name =
                                   lookups.eventTypeName ? lookups.eventTypeName(key) : QString();
                               return name.isEmpty() ? key : name;
                           }),
        Field::of<Event::Format>(
            "format", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Format"), &S::format,
            [](const Event::Format &format, const RecordLookups &) { return Event::formatLabel(format); }),
        whenField(),
        Field::of<QString>("repeat", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Repeats"),
                           &S::rrule,
                           [](const QString &rrule, const RecordLookups &) {
                               return Recurrence::describe(rrule, QLocale());
                           }),
        Field::of<Series::HolidayPolicy>("holidays", kContext,
                                         QT_TRANSLATE_NOOP("offkai::SeriesFields", "On public holidays"),
                                         &S::holidayPolicy,
                                         [](const Series::HolidayPolicy &policy, const RecordLookups &) {
                                             return Series::holidayPolicyLabel(policy);
                                         }),
        Field::of<qint64>("venue", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Venue"), &S::venueId,
                          [](const qint64 &id, const RecordLookups &lookups) {
                              return RecordLookups::nameOrId(id, lookups.venueName);
                          }),
        Field::plain("onlineUrl", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Online URL"),
                     &S::onlineUrl),
        Field::of<qint64>("host", kContext,
                          QT_TRANSLATE_NOOP("offkai::SeriesFields", "Host of the online room"),
                          &S::hostMemberId,
                          [](const qint64 &id, const RecordLookups &lookups) {
                              return RecordLookups::nameOrId(id, lookups.memberName);
                          }),
        Field::of<std::optional<int>>("capacity", kContext,
                                      QT_TRANSLATE_NOOP("offkai::SeriesFields", "Capacity"), &S::capacity,
                                      RecordLookups::numberText),
        Field::of<std::optional<int>>("fee", kContext,
                                      QT_TRANSLATE_NOOP("offkai::SeriesFields", "Fee per person"), &S::fee,
                                      RecordLookups::numberText),
        Field::plain("description", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Description"),
                     &S::description),
        Field::plain("notes", kContext, QT_TRANSLATE_NOOP("offkai::SeriesFields", "Organizer notes"),
                     &S::notes),
        Field::of<QList<SeriesException>>(
            "exceptions", kContext,
            QT_TRANSLATE_NOOP("offkai::SeriesFields", "Skipped and moved occurrences"), &S::exceptions,
            exceptionsText),
    };
}

} // namespace

const QList<SeriesFields::Field> &SeriesFields::all()
{
    static const QList<Field> fields = makeFields();
    return fields;
}

} // namespace offkai
