#include "IcsReader.h"

#include "IcsLines.h"
#include "IcsTimeZones.h"
#include "scheduling/Recurrence.h"

#include <cstdlib>
#include <libical/ical.h>
#include <memory>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QStringDecoder>

namespace offkai {

namespace {
Error invalid(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::Invalid, message, detail);
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

struct Context
{
    icalcomponent *root = nullptr;
    QTimeZone calendarZone;
    QHash<QString, QTimeZone> definedZones; ///< TZID of a VTIMEZONE in the file → zone (invalid: custom)
    QHash<QByteArray, QByteArray> rawRules; ///< libical's form of an RRULE → as written
    QHash<QByteArray, int> ruleLines;       ///< an RRULE as written → the first line it is on
};

struct TimeValue
{
    QDateTime time;
    bool isDate = false;
    QTimeZone zone;
};

struct Raw
{
    IcsEvent item;
    bool recurring = false;
    QString rrule;
    bool isOverride = false;
    TimeValue recurrenceId;
    QList<std::pair<TimeValue, bool>> exdates; ///< the time, and whether Offkai marked it a holiday
    QHash<QByteArray, QString> x;
    std::optional<int> durationMinutes;
    bool cancelled = false;
};

QString textOf(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

std::optional<int> intOf(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

Result<TimeValue> readTime(const Context &ctx, icalproperty *p, const icaltimetype &t,
                           const QTimeZone &fallback, const QString &title)
{
    TimeValue v;
    v.isDate = t.is_date != 0;
    const QDate date(t.year, t.month, t.day);
    const QTime time = v.isDate ? QTime(0, 0) : QTime(t.hour, t.minute, qMin(t.second, 59));
    if (!date.isValid() || !time.isValid())
        return invalid(IcsReader::tr("The event “%1” has a date that cannot be read.").arg(title));
    if (icalparameter *param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        const QString tzid = textOf(icalparameter_get_tzid(param));
        QTimeZone zone = IcsTimeZones::fromTzid(tzid);
        if (!zone.isValid()) {
            auto defined = ctx.definedZones.constFind(tzid);
            if (defined == ctx.definedZones.constEnd())
                return invalid(
                    IcsReader::tr("The event “%1” uses the time zone “%2”, which the file does not "
                                  "define (it has no VTIMEZONE for it) and Offkai does not know.")
                        .arg(title, tzid));
            zone = *defined;
            if (!zone.isValid()) {
                // A zone of the file's own (Outlook's custom zones): its UTC offset at that time.
                icaltimezone *custom = icalcomponent_get_timezone(ctx.root, tzid.toUtf8().constData());
                icaltimetype local = t;
                int daylight = 0;
                const int offset = custom ? icaltimezone_get_utc_offset(custom, &local, &daylight) : 0;
                zone = offset == 0 ? QTimeZone::utc() : QTimeZone(offset);
            }
        }
        v.zone = zone;
        v.time = QDateTime(date, time, zone);
    } else if (!v.isDate && icaltime_is_utc(t)) {
        v.zone = fallback;
        v.time = QDateTime(date, time, QTimeZone::utc()).toTimeZone(fallback);
    } else {
        v.zone = fallback;
        v.time = QDateTime(date, time, fallback);
    }
    return v;
}

bool isWebUrl(const QString &text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

Result<Raw> readVevent(const Context &ctx, icalcomponent *c, QStringList &warnings)
{
    Raw raw;
    Event &e = raw.item.event;
    icalproperty *dtstart = nullptr;
    icalproperty *dtend = nullptr;
    icalproperty *duration = nullptr;
    icalproperty *recurrenceId = nullptr;
    QList<icalproperty *> exdates;
    QString url;
    QList<QString> errors;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
        switch (icalproperty_isa(p)) {
        case ICAL_UID_PROPERTY:
            e.uid = textOf(icalproperty_get_uid(p)).trimmed();
            break;
        case ICAL_SUMMARY_PROPERTY:
            e.title = textOf(icalproperty_get_summary(p)).trimmed();
            break;
        case ICAL_DESCRIPTION_PROPERTY:
            e.description = textOf(icalproperty_get_description(p));
            break;
        case ICAL_LOCATION_PROPERTY:
            raw.item.location = textOf(icalproperty_get_location(p)).trimmed();
            break;
        case ICAL_URL_PROPERTY:
            url = textOf(icalproperty_get_url(p)).trimmed();
            break;
        case ICAL_SEQUENCE_PROPERTY:
            e.sequence = qMax(0, icalproperty_get_sequence(p));
            break;
        case ICAL_STATUS_PROPERTY:
            if (icalproperty_get_status(p) == ICAL_STATUS_TENTATIVE)
                e.status = Event::Status::Tentative;
            else if (icalproperty_get_status(p) == ICAL_STATUS_CANCELLED)
                e.status = Event::Status::Cancelled;
            break;
        case ICAL_DTSTART_PROPERTY:
            dtstart = p;
            break;
        case ICAL_DTEND_PROPERTY:
            dtend = p;
            break;
        case ICAL_DURATION_PROPERTY:
            duration = p;
            break;
        case ICAL_RECURRENCEID_PROPERTY:
            recurrenceId = p;
            break;
        case ICAL_EXDATE_PROPERTY:
            exdates.append(p);
            break;
        case ICAL_RRULE_PROPERTY:
            if (raw.recurring) {
                warnings.append(IcsReader::tr("“%1” has more than one repeat rule; only the first is kept.")
                                    .arg(e.title));
                break;
            }
            if (char *text = icalproperty_get_value_as_string_r(p)) {
                const QByteArray normal(text);
                std::free(text);
                raw.rrule = QString::fromUtf8(ctx.rawRules.value(normal, normal));
                raw.recurring = true;
            }
            break;
        case ICAL_RDATE_PROPERTY:
            warnings.append(
                IcsReader::tr("“%1” has extra dates (RDATE) that Offkai does not keep.").arg(e.title));
            break;
        case ICAL_XLICERROR_PROPERTY: {
            icalparameter *type = icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER);
            const QString text = textOf(icalproperty_get_xlicerror(p));
            if (type && icalparameter_get_xlicerrortype(type) == ICAL_XLICERRORTYPE_VALUEPARSEERROR)
                errors.append(text);
            break;
        }
        case ICAL_X_PROPERTY:
            raw.x.insert(QByteArray(icalproperty_get_x_name(p)).toUpper(), textOf(icalproperty_get_x(p)));
            break;
        default:
            break;
        }
    }
    const QString title = e.title.isEmpty() ? e.uid : e.title;
    static const char *const dated[] = {"DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "EXDATE", "RRULE"};
    for (const QString &error : std::as_const(errors)) {
        for (const char *name : dated) {
            if (error.contains(QLatin1String(name)))
                return invalid(IcsReader::tr("The event “%1” has a value that cannot be read in %2.")
                                   .arg(title, QLatin1String(name)),
                               error);
        }
    }
    if (!dtstart)
        return invalid(IcsReader::tr("The event “%1” has no start (DTSTART).").arg(title));
    if (e.title.isEmpty())
        e.title = IcsReader::tr("(no title)");
    for (auto it = raw.x.cbegin(); it != raw.x.cend(); ++it) {
        if (it.key().startsWith("X-OFFKAI-"))
            raw.item.offkaiFields = true;
    }

    QTimeZone fallback = ctx.calendarZone;
    if (const QString zone = raw.x.value("X-OFFKAI-TIMEZONE"); !zone.isEmpty()) {
        const QTimeZone named = IcsTimeZones::fromTzid(zone);
        if (named.isValid())
            fallback = named;
    }
    auto start = readTime(ctx, dtstart, icalproperty_get_dtstart(dtstart), fallback, title);
    if (!start)
        return start.error();
    if (const int year = start->time.date().year();
        year < Recurrence::kFirstYear || year > Recurrence::kLastYear)
        return invalid(IcsReader::tr("The event “%1” starts in the year %2; Offkai keeps events between the "
                                     "years %3 and %4.")
                           .arg(title)
                           .arg(year)
                           .arg(Recurrence::kFirstYear)
                           .arg(Recurrence::kLastYear));
    e.allDay = start->isDate;
    e.timeZone = start->zone;
    e.start = start->time;
    if (dtend) {
        auto end = readTime(ctx, dtend, icalproperty_get_dtend(dtend), start->zone, title);
        if (!end)
            return end.error();
        e.end = e.allDay ? QDateTime(end->time.date(), QTime(0, 0), e.timeZone)
                         : end->time.toTimeZone(e.timeZone);
    } else if (duration) {
        const int seconds = icaldurationtype_as_int(icalproperty_get_duration(duration));
        e.end = e.allDay
                    ? QDateTime(e.start.date().addDays(qMax(1, seconds / 86400)), QTime(0, 0), e.timeZone)
                    : e.start.addSecs(seconds);
    } else if (e.allDay) {
        e.end = QDateTime(e.start.date().addDays(1), QTime(0, 0), e.timeZone);
    }
    if (e.end.isValid() && e.end < e.start) {
        warnings.append(IcsReader::tr("“%1” ends before it starts (DTEND before DTSTART); it was read "
                                      "without an end time.")
                            .arg(title));
        e.end = QDateTime();
    }
    if (e.end.isValid())
        raw.durationMinutes = int(e.start.secsTo(e.end) / 60);
    if (recurrenceId) {
        auto when =
            readTime(ctx, recurrenceId, icalproperty_get_recurrenceid(recurrenceId), e.timeZone, title);
        if (!when)
            return when.error();
        raw.isOverride = true;
        raw.recurrenceId = *when;
    }
    for (icalproperty *p : std::as_const(exdates)) {
        auto when = readTime(ctx, p, icalproperty_get_exdate(p), e.timeZone, title);
        if (!when)
            return when.error();
        bool holiday = false;
        for (icalparameter *param = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER); param;
             param = icalproperty_get_next_parameter(p, ICAL_X_PARAMETER)) {
            if (qstricmp(icalparameter_get_xname(param), "X-OFFKAI-HOLIDAY") == 0)
                holiday = true;
        }
        raw.exdates.append({*when, holiday});
    }

    // Offkai's own fields.
    const auto &x = raw.x;
    raw.item.hasNotes = x.contains("X-OFFKAI-NOTES");
    e.notes = x.value("X-OFFKAI-NOTES");
    if (const auto format = Event::formatFromKey(x.value("X-OFFKAI-FORMAT")))
        e.format = *format;
    if (x.value("X-OFFKAI-STATUS") == Event::statusKey(Event::Status::Done))
        e.status = Event::Status::Done;
    e.tentativeNote = x.value("X-OFFKAI-TENTATIVE-NOTE");
    e.hostMemberId = x.value("X-OFFKAI-HOST").toLongLong();
    e.capacity = intOf(x.value("X-OFFKAI-CAPACITY"));
    e.fee = intOf(x.value("X-OFFKAI-FEE"));
    e.staffCount = x.value("X-OFFKAI-STAFF-COUNT") == QLatin1String("1");
    e.linkPolicy = x.value("X-OFFKAI-LINK-POLICY");
    e.whatToBring = x.value("X-OFFKAI-WHAT-TO-BRING");
    if (raw.item.offkaiFields) {
        e.onlineUrl = url;
        e.type = x.value("X-OFFKAI-TYPE", e.type);
    } else {
        // Another application's event: a meeting link in LOCATION or in a conference property makes it
        // online (hybrid with a place); URL is then the event's page, kept in the description.
        QString meeting = x.value("X-GOOGLE-CONFERENCE");
        if (meeting.isEmpty())
            meeting = x.value("X-MICROSOFT-SKYPETEAMSMEETINGURL");
        if (isWebUrl(raw.item.location)) {
            if (meeting.isEmpty())
                meeting = raw.item.location;
            raw.item.location.clear();
        }
        if (meeting.isEmpty() && raw.item.location.isEmpty() && isWebUrl(url))
            meeting = url;
        if (!meeting.isEmpty() && isWebUrl(meeting)) {
            e.onlineUrl = meeting;
            e.format = raw.item.location.isEmpty() ? Event::Format::Online : Event::Format::Hybrid;
        }
        if (!url.isEmpty() && url != e.onlineUrl && !e.description.contains(url))
            e.description = e.description.isEmpty() ? url : e.description + QStringLiteral("\n\n") + url;
        e.type = e.format == Event::Format::Online ? QStringLiteral("online_meetup")
                                                   : QStringLiteral("offline_meetup");
    }
    return raw;
}

Series seriesFrom(const Raw &raw)
{
    const Event &e = raw.item.event;
    Series s;
    s.uid = e.uid;
    s.sequence = e.sequence;
    s.title = e.title;
    s.type = e.type;
    s.format = e.format;
    s.firstStart = e.start;
    s.timeZone = e.timeZone;
    s.allDay = e.allDay;
    s.durationMinutes = raw.durationMinutes;
    s.rrule = raw.rrule;
    if (const auto policy = Series::holidayPolicyFromKey(raw.x.value("X-OFFKAI-HOLIDAY-POLICY")))
        s.holidayPolicy = *policy;
    s.onlineUrl = e.onlineUrl;
    s.hostMemberId = e.hostMemberId;
    s.capacity = e.capacity;
    s.fee = e.fee;
    s.description = e.description;
    s.notes = e.notes;
    return s;
}

/// "20260310T200000/20260310T220000" in the series' zone (X-OFFKAI-MOVED of a confirmed occurrence).
std::optional<SeriesException> movedFrom(const QString &text, const QDate &date, const QTimeZone &zone)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    const QString format = QStringLiteral("yyyyMMdd'T'HHmmss");
    const QDateTime start = QDateTime::fromString(parts.at(0), format);
    const QDateTime end = QDateTime::fromString(parts.at(1), format);
    if (!start.isValid())
        return std::nullopt;
    SeriesException x;
    x.occurrenceDate = date;
    x.kind = SeriesException::Kind::Moved;
    x.movedStart = QDateTime(start.date(), start.time(), zone);
    if (end.isValid())
        x.movedEnd = QDateTime(end.date(), end.time(), zone);
    return x;
}

/// Applies an override (RECURRENCE-ID) to its series: a moved or skipped occurrence, or a confirmed event.
void applyOverride(IcsSeries &target, const Raw &master, const Raw &raw,
                   QMap<QDate, SeriesException> &exceptions)
{
    Series &s = target.series;
    const QDate date = raw.recurrenceId.isDate ? raw.recurrenceId.time.date()
                                               : raw.recurrenceId.time.toTimeZone(s.timeZone).date();
    const bool offkaiPolicy = master.x.contains("X-OFFKAI-HOLIDAY-POLICY");
    const Event &e = raw.item.event;
    if (raw.x.contains("X-OFFKAI-HOLIDAY") && offkaiPolicy)
        return; // the holiday policy moves it again
    const QString eventUid = raw.x.value("X-OFFKAI-EVENT-UID");
    const Event &m = master.item.event;
    const bool sameContent = e.title == m.title && e.description == m.description &&
                             raw.item.location == master.item.location && e.onlineUrl == m.onlineUrl;
    if (eventUid.isEmpty() && e.status == Event::Status::Cancelled) {
        exceptions.insert(date, SeriesException{date, SeriesException::Kind::Skipped, {}, {}});
        return;
    }
    if (eventUid.isEmpty() && (raw.x.contains("X-OFFKAI-MOVED") || (!raw.item.offkaiFields && sameContent))) {
        exceptions.insert(date,
                          SeriesException{date, SeriesException::Kind::Moved, e.start.toTimeZone(s.timeZone),
                                          e.end.isValid() ? e.end.toTimeZone(s.timeZone) : QDateTime()});
        return;
    }
    IcsEvent confirmed = raw.item;
    confirmed.event.uid =
        eventUid.isEmpty() ? s.uid + QLatin1Char('-') + date.toString(QStringLiteral("yyyyMMdd")) : eventUid;
    confirmed.event.occurrenceDate = date;
    if (const QString moved = raw.x.value("X-OFFKAI-MOVED"); !moved.isEmpty())
        confirmed.movedException = movedFrom(moved, date, s.timeZone);
    if (confirmed.movedException)
        exceptions.insert(date, *confirmed.movedException);
    else
        exceptions.remove(date);
    target.confirmed.append(confirmed);
}

Result<IcsCalendar> assemble(Context &ctx)
{
    IcsCalendar calendar;
    for (icalproperty *p = icalcomponent_get_first_property(ctx.root, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(ctx.root, ICAL_ANY_PROPERTY)) {
        if (icalproperty_isa(p) == ICAL_PRODID_PROPERTY)
            calendar.fromOffkai = textOf(icalproperty_get_prodid(p)).contains(QLatin1String("Offkai"));
        if (icalproperty_isa(p) == ICAL_X_PROPERTY &&
            qstricmp(icalproperty_get_x_name(p), "X-WR-TIMEZONE") == 0) {
            const QTimeZone zone = IcsTimeZones::fromTzid(textOf(icalproperty_get_x(p)));
            if (zone.isValid())
                ctx.calendarZone = zone;
        }
    }
    for (icalcomponent *z = icalcomponent_get_first_component(ctx.root, ICAL_VTIMEZONE_COMPONENT); z;
         z = icalcomponent_get_next_component(ctx.root, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *tzid = icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY);
        if (!tzid)
            continue;
        QTimeZone zone;
        if (icalproperty *location = icalcomponent_get_first_property(z, ICAL_LOCATION_PROPERTY))
            zone = IcsTimeZones::fromTzid(textOf(icalproperty_get_location(location)));
        for (icalproperty *p = icalcomponent_get_first_property(z, ICAL_X_PROPERTY); p && !zone.isValid();
             p = icalcomponent_get_next_property(z, ICAL_X_PROPERTY)) {
            if (qstricmp(icalproperty_get_x_name(p), "X-LIC-LOCATION") == 0)
                zone = IcsTimeZones::fromTzid(textOf(icalproperty_get_x(p)));
        }
        ctx.definedZones.insert(textOf(icalproperty_get_tzid(tzid)), zone);
    }

    QList<Raw> masters;
    QHash<QString, qsizetype> masterIndex;
    QList<Raw> overrides;
    QHash<QString, qsizetype> eventIndex;
    for (icalcomponent *c = icalcomponent_get_first_component(ctx.root, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(ctx.root, ICAL_VEVENT_COMPONENT)) {
        auto raw = readVevent(ctx, c, calendar.warnings);
        if (!raw)
            return raw.error();
        Event &e = raw->item.event;
        if (e.uid.isEmpty()) // a UID made from what does not change, so that a second import updates
            e.uid = QString::fromLatin1(
                        QCryptographicHash::hash((e.title + e.start.toString(Qt::ISODate)).toUtf8(),
                                                 QCryptographicHash::Sha1)
                            .toHex()) +
                    QStringLiteral("@import");
        if (raw->isOverride) {
            overrides.append(std::move(*raw));
            continue;
        }
        // One UID, one item (RFC 5545 §3.8.4.7): of several, the newest (highest SEQUENCE, then the
        // last) is kept, and the import says so.
        const auto seenMaster = masterIndex.constFind(e.uid);
        const auto seenEvent = eventIndex.constFind(e.uid);
        if (seenMaster != masterIndex.constEnd() || seenEvent != eventIndex.constEnd()) {
            const int kept = seenMaster != masterIndex.constEnd()
                                 ? masters.at(*seenMaster).item.event.sequence
                                 : calendar.events.at(*seenEvent).event.sequence;
            const bool replaces = e.sequence >= kept;
            calendar.warnings.append(
                IcsReader::tr("“%1” appears more than once with the same UID; only the newest copy (SEQUENCE "
                              "%2) was read.")
                    .arg(e.title)
                    .arg(qMax(kept, e.sequence)));
            if (!replaces)
                continue;
            if (seenMaster != masterIndex.constEnd() && raw->recurring) {
                masters[*seenMaster] = std::move(*raw);
                continue;
            }
            if (seenEvent != eventIndex.constEnd() && !raw->recurring) {
                calendar.events[*seenEvent] = raw->item;
                continue;
            }
            // A series replaced by a single event, or the other way round: the older one goes.
            if (seenMaster != masterIndex.constEnd()) {
                masters.removeAt(*seenMaster);
                masterIndex.clear();
                for (qsizetype m = 0; m < masters.size(); ++m)
                    masterIndex.insert(masters.at(m).item.event.uid, m);
            } else {
                calendar.events.removeAt(*seenEvent);
                eventIndex.clear();
                for (qsizetype k = 0; k < calendar.events.size(); ++k)
                    eventIndex.insert(calendar.events.at(k).event.uid, k);
            }
        }
        if (raw->recurring) {
            masterIndex.insert(e.uid, masters.size());
            masters.append(std::move(*raw));
        } else {
            eventIndex.insert(e.uid, calendar.events.size());
            calendar.events.append(raw->item);
        }
    }

    QList<QMap<QDate, SeriesException>> exceptions(masters.size());
    for (qsizetype i = 0; i < masters.size(); ++i) {
        const Raw &master = masters.at(i);
        // A rule libical parses but cannot expand from this start would make every later export fail.
        if (auto expandable = Recurrence::validate(master.rrule, master.item.event.start); !expandable) {
            const int line = ctx.ruleLines.value(master.rrule.toUtf8());
            return invalid(IcsReader::tr("Line %1: the repeat rule “%2” of “%3” cannot be used: %4")
                               .arg(line)
                               .arg(master.rrule, master.item.event.title, expandable.error().message()),
                           expandable.error().detail());
        }
        IcsSeries series;
        series.series = seriesFrom(master);
        series.location = master.item.location;
        series.offkaiFields = master.item.offkaiFields;
        series.hasNotes = master.item.hasNotes;
        const bool offkaiPolicy = master.x.contains("X-OFFKAI-HOLIDAY-POLICY");
        for (const auto &[when, holiday] : master.exdates) {
            if (holiday && offkaiPolicy)
                continue;
            const QDate date =
                when.isDate ? when.time.date() : when.time.toTimeZone(series.series.timeZone).date();
            exceptions[i].insert(date, SeriesException{date, SeriesException::Kind::Skipped, {}, {}});
        }
        calendar.series.append(series);
    }
    for (const Raw &raw : std::as_const(overrides)) {
        const auto found = masterIndex.constFind(raw.item.event.uid);
        if (found == masterIndex.constEnd()) {
            // An occurrence whose series is not in the file: an event of its own.
            IcsEvent alone = raw.item;
            alone.event.uid += QLatin1Char('-') + raw.recurrenceId.time.toString(QStringLiteral("yyyyMMdd"));
            calendar.events.append(alone);
            continue;
        }
        applyOverride(calendar.series[*found], masters.at(*found), raw, exceptions[*found]);
    }
    for (qsizetype i = 0; i < masters.size(); ++i)
        calendar.series[i].series.exceptions = exceptions.at(i).values();
    return calendar;
}
} // namespace

Result<IcsCalendar> IcsReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), path);
    if (file.size() > kMaxBytes)
        return invalid(tr("The file is %1 MB; calendar files larger than %2 MB are not imported.")
                           .arg(mebibytes(file.size()), mebibytes(kMaxBytes)),
                       path);
    return read(file.readAll());
}

Result<IcsCalendar> IcsReader::read(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return invalid(tr("The file is %1 MB; calendar files larger than %2 MB are not imported.")
                           .arg(mebibytes(bytes.size()), mebibytes(kMaxBytes)));
    if (bytes.contains('\0'))
        return invalid(tr("This is not an iCalendar file: it contains binary data."));
    auto unfolded = IcsLines::unfold(bytes);
    if (!unfolded)
        return unfolded.error();
    Context ctx;
    ctx.calendarZone = QTimeZone::systemTimeZone();
    for (qsizetype r = 0; r < unfolded->rrules.size(); ++r) {
        const QByteArray &rule = unfolded->rrules.at(r);
        if (!ctx.ruleLines.contains(rule))
            ctx.ruleLines.insert(rule, unfolded->rruleLines.at(r));
        icalrecurrencetype parsed = icalrecurrencetype_from_string(rule.constData());
        if (char *text = icalrecurrencetype_as_string_r(&parsed)) {
            ctx.rawRules.insert(QByteArray(text), rule);
            std::free(text);
        }
    }
    icalerror_clear_errno();
    std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> root(
        icalparser_parse_string(unfolded->text.constData()), icalcomponent_free);
    icalerror_clear_errno();
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return invalid(tr("This is not an iCalendar file: libical could not read it."));
    ctx.root = root.get();
    return assemble(ctx);
}

} // namespace offkai
