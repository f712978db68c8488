#include "IcsWriter.h"

#include "IcsTimeZones.h"

#include <algorithm>
#include <cstdlib>
#include <libical/ical.h>
#include <memory>

namespace offkai {

namespace {
icaltimetype icalTime(const QDate &date, const QTime &time, bool isDate)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = isDate ? 1 : 0;
    if (!isDate) {
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
    }
    return t;
}

icaltimetype utcTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    icaltimetype t = icalTime(utc.date(), utc.time(), false);
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

QByteArray take(char *text)
{
    QByteArray bytes(text);
    std::free(text);
    return bytes;
}

/// One VEVENT being built; serialised and freed by finish().
class Component
{
public:
    Component(QSet<QByteArray> &zones)
        : m_zones(zones)
        , m_c(icalcomponent_new(ICAL_VEVENT_COMPONENT))
    {}
    ~Component() { icalcomponent_free(m_c); }
    Component(const Component &) = delete;
    Component &operator=(const Component &) = delete;

    void add(icalproperty *p) { icalcomponent_add_property(m_c, p); }
    void text(icalproperty *(*make)(const char *), const QString &value)
    {
        if (!value.isEmpty())
            add(make(value.toUtf8().constData()));
    }
    void x(const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
        icalproperty_set_x_name(p, name);
        add(p);
    }
    void x(const char *name, const std::optional<int> &value)
    {
        if (value)
            x(name, QString::number(*value));
    }
    /// A DTSTART/DTEND/EXDATE/RECURRENCE-ID: a DATE for all-day, local time with the zone's TZID, or UTC
    /// when the zone has no VTIMEZONE.
    void time(icalproperty *(*make)(icaltimetype), const QDateTime &value, const QTimeZone &zone, bool allDay,
              icalparameter *extra = nullptr)
    {
        icalproperty *p = nullptr;
        if (allDay) {
            p = make(icalTime(value.toTimeZone(zone).date(), {}, true));
        } else if (IcsTimeZones::canWrite(zone)) {
            const QDateTime local = value.toTimeZone(zone);
            p = make(icalTime(local.date(), local.time(), false));
            icalproperty_add_parameter(p, icalparameter_new_tzid(zone.id().constData()));
            m_zones.insert(zone.id());
        } else {
            p = make(utcTime(value));
        }
        if (extra)
            icalproperty_add_parameter(p, extra);
        add(p);
    }
    QByteArray finish() { return take(icalcomponent_as_ical_string_r(m_c)); }

private:
    QSet<QByteArray> &m_zones;
    icalcomponent *m_c;
};

icalproperty_status statusOf(Event::Status status)
{
    switch (status) {
    case Event::Status::Tentative:
        return ICAL_STATUS_TENTATIVE;
    case Event::Status::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case Event::Status::Scheduled:
    case Event::Status::Done:
        break;
    }
    return ICAL_STATUS_CONFIRMED;
}

QString localStamp(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyyMMdd'T'HHmmss")) : QString();
}
} // namespace

IcsWriter::IcsWriter(const Options &options)
    : m_options(options)
{
    if (!m_options.stamp.isValid())
        m_options.stamp = QDateTime::currentDateTimeUtc();
}

IcsWriter::IcsWriter()
    : IcsWriter(Options())
{}

namespace {
/// Properties common to an event and an override: times are added by the caller.
void addEventFields(Component &c, const Event &e, const QString &location, bool includeNotes)
{
    c.add(icalproperty_new_sequence(qMax(0, e.sequence)));
    c.text(icalproperty_new_summary, e.title);
    c.text(icalproperty_new_description, e.description);
    c.text(icalproperty_new_location, location);
    c.text(icalproperty_new_url, e.onlineUrl);
    c.add(icalproperty_new_status(statusOf(e.status)));
    if (e.createdAt.isValid())
        c.add(icalproperty_new_created(utcTime(e.createdAt)));
    if (e.updatedAt.isValid())
        c.add(icalproperty_new_lastmodified(utcTime(e.updatedAt)));
    c.x("X-OFFKAI-TYPE", e.type);
    c.x("X-OFFKAI-FORMAT", Event::formatKey(e.format));
    if (e.status == Event::Status::Done)
        c.x("X-OFFKAI-STATUS", Event::statusKey(e.status));
    c.x("X-OFFKAI-TENTATIVE-NOTE", e.tentativeNote);
    if (e.hostMemberId > 0)
        c.x("X-OFFKAI-HOST", QString::number(e.hostMemberId));
    c.x("X-OFFKAI-CAPACITY", e.capacity);
    c.x("X-OFFKAI-FEE", e.fee);
    if (e.staffCount)
        c.x("X-OFFKAI-STAFF-COUNT", QStringLiteral("1"));
    c.x("X-OFFKAI-LINK-POLICY", e.linkPolicy);
    c.x("X-OFFKAI-WHAT-TO-BRING", e.whatToBring);
    if (e.allDay)
        c.x("X-OFFKAI-TIMEZONE", QString::fromUtf8(e.timeZone.id()));
    if (includeNotes)
        c.x("X-OFFKAI-NOTES", e.notes);
}

void addSeriesFields(Component &c, const Series &s, const QString &location, bool includeNotes)
{
    c.add(icalproperty_new_sequence(qMax(0, s.sequence)));
    c.text(icalproperty_new_summary, s.title);
    c.text(icalproperty_new_description, s.description);
    c.text(icalproperty_new_location, location);
    c.text(icalproperty_new_url, s.onlineUrl);
    c.add(icalproperty_new_status(ICAL_STATUS_CONFIRMED));
    if (s.createdAt.isValid())
        c.add(icalproperty_new_created(utcTime(s.createdAt)));
    if (s.updatedAt.isValid())
        c.add(icalproperty_new_lastmodified(utcTime(s.updatedAt)));
    c.x("X-OFFKAI-TYPE", s.type);
    c.x("X-OFFKAI-FORMAT", Event::formatKey(s.format));
    c.x("X-OFFKAI-HOLIDAY-POLICY", Series::holidayPolicyKey(s.holidayPolicy));
    if (s.hostMemberId > 0)
        c.x("X-OFFKAI-HOST", QString::number(s.hostMemberId));
    c.x("X-OFFKAI-CAPACITY", s.capacity);
    c.x("X-OFFKAI-FEE", s.fee);
    if (s.allDay)
        c.x("X-OFFKAI-TIMEZONE", QString::fromUtf8(s.timeZone.id()));
    if (includeNotes)
        c.x("X-OFFKAI-NOTES", s.notes);
}

/// The start the rule gives on `date`: the first start's local time of day, in the series' zone.
QDateTime ruleStart(const Series &s, const QDate &date)
{
    return QDateTime(date, s.firstStart.toTimeZone(s.timeZone).time(), s.timeZone);
}
} // namespace

bool IcsWriter::addEvent(const IcsEvent &item)
{
    const Event &e = item.event;
    if (!e.hasDay())
        return false;
    Component c(m_zones);
    c.text(icalproperty_new_uid, e.uid);
    c.add(icalproperty_new_dtstamp(utcTime(m_options.stamp)));
    c.time(icalproperty_new_dtstart, e.start, e.timeZone, e.allDay);
    if (e.end.isValid())
        c.time(icalproperty_new_dtend, e.end, e.timeZone, e.allDay);
    addEventFields(c, e, item.location, m_options.includeNotes);
    m_body += c.finish();
    ++m_components;
    return true;
}

void IcsWriter::addSeries(const IcsSeries &item)
{
    const Series &s = item.series;
    // One override per occurrence date: a confirmed event wins over a moved exception, which wins over a
    // holiday move.
    QSet<QDate> overridden;
    for (const IcsEvent &confirmed : item.confirmed)
        overridden.insert(confirmed.event.occurrenceDate);

    Component master(m_zones);
    master.text(icalproperty_new_uid, s.uid);
    master.add(icalproperty_new_dtstamp(utcTime(m_options.stamp)));
    master.time(icalproperty_new_dtstart, s.firstStart, s.timeZone, s.allDay);
    const QDateTime firstEnd = s.endFor(s.firstStart);
    if (firstEnd.isValid())
        master.time(icalproperty_new_dtend, firstEnd, s.timeZone, s.allDay);
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(s.rrule.toUtf8().constData());
    icalerror_clear_errno();
    if (rule.freq != ICAL_NO_RECURRENCE) {
        // Written as the store holds it (libical would reorder the parts), so that a round trip keeps
        // the rule's text.
        icalproperty *p = icalproperty_new_x(s.rrule.trimmed().toUtf8().constData());
        icalproperty_set_x_name(p, "RRULE");
        master.add(p);
    }
    for (const SeriesException &x : s.exceptions) {
        if (x.kind == SeriesException::Kind::Skipped && !overridden.contains(x.occurrenceDate))
            master.time(icalproperty_new_exdate, ruleStart(s, x.occurrenceDate), s.timeZone, s.allDay);
    }
    for (const Occurrence &o : item.holidayChanges) {
        if (o.state != Occurrence::State::HolidaySkipped || overridden.contains(o.occurrenceDate) ||
            s.exceptionFor(o.occurrenceDate))
            continue;
        icalparameter *mark = icalparameter_new_x("1");
        icalparameter_set_xname(mark, "X-OFFKAI-HOLIDAY");
        master.time(icalproperty_new_exdate, ruleStart(s, o.occurrenceDate), s.timeZone, s.allDay, mark);
    }
    addSeriesFields(master, s, item.location, m_options.includeNotes);
    m_body += master.finish();
    ++m_components;

    auto override = [&](const QDate &date, const QDateTime &start, const QDateTime &end) {
        auto c = std::make_unique<Component>(m_zones);
        c->text(icalproperty_new_uid, s.uid);
        c->add(icalproperty_new_dtstamp(utcTime(m_options.stamp)));
        c->time(icalproperty_new_recurrenceid, ruleStart(s, date), s.timeZone, s.allDay);
        c->time(icalproperty_new_dtstart, start, s.timeZone, s.allDay);
        if (end.isValid())
            c->time(icalproperty_new_dtend, end, s.timeZone, s.allDay);
        return c;
    };
    for (const IcsEvent &confirmed : item.confirmed) {
        const Event &e = confirmed.event;
        if (!e.hasDay())
            continue;
        auto c = std::make_unique<Component>(m_zones);
        c->text(icalproperty_new_uid, s.uid);
        c->add(icalproperty_new_dtstamp(utcTime(m_options.stamp)));
        c->time(icalproperty_new_recurrenceid, ruleStart(s, e.occurrenceDate), s.timeZone, s.allDay);
        c->time(icalproperty_new_dtstart, e.start, e.timeZone, e.allDay);
        if (e.end.isValid())
            c->time(icalproperty_new_dtend, e.end, e.timeZone, e.allDay);
        addEventFields(*c, e, confirmed.location, m_options.includeNotes);
        c->x("X-OFFKAI-EVENT-UID", e.uid);
        if (const SeriesException *x = s.exceptionFor(e.occurrenceDate);
            x && x->kind == SeriesException::Kind::Moved)
            c->x("X-OFFKAI-MOVED", localStamp(x->movedStart, s.timeZone) + QLatin1Char('/') +
                                       localStamp(x->movedEnd, s.timeZone));
        m_body += c->finish();
        ++m_components;
    }
    for (const SeriesException &x : s.exceptions) {
        if (x.kind != SeriesException::Kind::Moved || overridden.contains(x.occurrenceDate))
            continue;
        auto c = override(x.occurrenceDate, x.movedStart, x.movedEnd);
        addSeriesFields(*c, s, item.location, m_options.includeNotes);
        c->x("X-OFFKAI-MOVED", QStringLiteral("1"));
        m_body += c->finish();
        ++m_components;
    }
    for (const Occurrence &o : item.holidayChanges) {
        if (o.state != Occurrence::State::HolidayMoved || overridden.contains(o.occurrenceDate) ||
            s.exceptionFor(o.occurrenceDate))
            continue;
        auto c = override(o.occurrenceDate, o.start, o.end);
        addSeriesFields(*c, s, item.location, m_options.includeNotes);
        c->x("X-OFFKAI-HOLIDAY", o.holidayName.isEmpty() ? QStringLiteral("1") : o.holidayName);
        m_body += c->finish();
        ++m_components;
    }
}

QByteArray IcsWriter::toBytes() const
{
    icalcomponent *calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Offkai//Offkai//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!m_options.calendarName.isEmpty()) {
        icalproperty *name = icalproperty_new_x(m_options.calendarName.toUtf8().constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar, name);
    }
    QByteArray text = take(icalcomponent_as_ical_string_r(calendar));
    icalcomponent_free(calendar);
    const QByteArray end = QByteArrayLiteral("END:VCALENDAR\r\n");
    if (text.endsWith(end))
        text.chop(end.size());

    QList<QByteArray> zones = m_zones.values();
    std::sort(zones.begin(), zones.end());
    QByteArray out;
    out.reserve(text.size() + m_body.size() + zones.size() * 1024 + end.size());
    out += text;
    for (const QByteArray &zone : std::as_const(zones))
        out += IcsTimeZones::vtimezone(zone);
    out += m_body;
    out += end;
    return out;
}

} // namespace offkai
