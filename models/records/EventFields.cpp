#include "EventFields.h"

#include <QLocale>

namespace offkai {

namespace {

constexpr const char *kContext = "offkai::EventFields";
using Field = EventFields::Field;

QString dateText(const QDate &date, const RecordLookups &)
{
    return date.isValid() ? Event::dateText(date, QLocale()) : QString();
}

/// The day, times, zone and tentative range: one field, since they only make sense together.
Field whenField()
{
    return {QStringLiteral("when"),
            kContext,
            QT_TRANSLATE_NOOP("offkai::EventFields", "When"),
            [](const Event &a, const Event &b) {
                return a.start == b.start && a.end == b.end && a.timeZone == b.timeZone &&
                       a.allDay == b.allDay && a.tentativeFrom == b.tentativeFrom &&
                       a.tentativeTo == b.tentativeTo && a.tentativeNote == b.tentativeNote;
            },
            [](const Event &e, const RecordLookups &) { return e.whenText(QLocale()); },
            [](Event &to, const Event &from) {
                to.start = from.start;
                to.end = from.end;
                to.timeZone = from.timeZone;
                to.allDay = from.allDay;
                to.tentativeFrom = from.tentativeFrom;
                to.tentativeTo = from.tentativeTo;
                to.tentativeNote = from.tentativeNote;
            }};
}

QList<Field> makeFields()
{
    using E = Event;
    return {
        Field::plain("title", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Title"), &E::title),
        Field::of<QString>("type", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Type"), &E::type,
                           [](const QString &key, const RecordLookups &lookups) {
                               const QString name =
                                   lookups.eventTypeName ? lookups.eventTypeName(key) : QString();
                               return name.isEmpty() ? key : name;
                           }),
        Field::of<Event::Format>(
            "format", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Format"), &E::format,
            [](const Event::Format &format, const RecordLookups &) { return Event::formatLabel(format); }),
        Field::of<Event::Status>(
            "status", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Status"), &E::status,
            [](const Event::Status &status, const RecordLookups &) { return Event::statusLabel(status); }),
        whenField(),
        Field::of<qint64>("venue", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Venue"), &E::venueId,
                          [](const qint64 &id, const RecordLookups &lookups) {
                              return RecordLookups::nameOrId(id, lookups.venueName);
                          }),
        Field::plain("onlineUrl", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Online URL"),
                     &E::onlineUrl),
        Field::of<qint64>("host", kContext,
                          QT_TRANSLATE_NOOP("offkai::EventFields", "Host of the online room"),
                          &E::hostMemberId,
                          [](const qint64 &id, const RecordLookups &lookups) {
                              return RecordLookups::nameOrId(id, lookups.memberName);
                          }),
        Field::of<std::optional<int>>("capacity", kContext,
                                      QT_TRANSLATE_NOOP("offkai::EventFields", "Capacity"), &E::capacity,
                                      RecordLookups::numberText),
        Field::of<bool>("staffCount", kContext,
                        QT_TRANSLATE_NOOP("offkai::EventFields", "Staff and speakers take places too"),
                        &E::staffCount,
                        [](const bool &yes, const RecordLookups &) {
                            return yes ? EventFields::tr("Yes") : EventFields::tr("No");
                        }),
        Field::of<std::optional<int>>("fee", kContext,
                                      QT_TRANSLATE_NOOP("offkai::EventFields", "Fee per person"), &E::fee,
                                      RecordLookups::numberText),
        Field::plain("linkPolicy", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Link policy"),
                     &E::linkPolicy),
        Field::plain("whatToBring", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "What to bring"),
                     &E::whatToBring),
        Field::plain("howToApply", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "How to apply"),
                     &E::howToApply),
        Field::of<QDate>("applyBy", kContext,
                         QT_TRANSLATE_NOOP("offkai::EventFields", "Application deadline"), &E::applyBy,
                         dateText),
        Field::plain("description", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Description"),
                     &E::description),
        Field::plain("notes", kContext, QT_TRANSLATE_NOOP("offkai::EventFields", "Organizer notes"),
                     &E::notes),
    };
}

} // namespace

const QList<EventFields::Field> &EventFields::all()
{
    static const QList<Field> fields = makeFields();
    return fields;
}

} // namespace offkai
