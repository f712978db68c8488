#include "IcsWriter.h"

#include "IcsTimeZones.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <libical/ical.h>
#include <memory>
#include <QHash>

namespace offkai {

namespace {
QByteArray take(char *text)
{
    QByteArray bytes(text);
    std::free(text);
    return bytes;
}

/// Where libical ends a line at 75 octets (icalproperty.c, get_next_line_start): after the last ';', ':' or
/// space before the 74th octet; else before the last byte that starts a character; else at 74 octets.
/// `left` counts the CRLF that ends the line too.
const char *nextLineStart(const char *start, qsizetype left)
{
    constexpr qsizetype kMaxLine = 75;
    if (left < kMaxLine)
        return start + left;
    for (const char *pos = start + kMaxLine - 2; pos > start; --pos) {
        if (*pos == ';' || *pos == ':' || *pos == ' ')
            return pos + 1;
    }
    for (const char *pos = start + kMaxLine - 1; pos > start; --pos) {
        if ((*pos & 128) == 0 || (*pos & 192) == 192)
            return pos;
    }
    return start + kMaxLine - 1;
}

/// Appends a content line (ending in CRLF) folded as libical folds it, so that files stay byte for byte
/// what earlier versions wrote.
void appendFolded(QByteArray &out, const QByteArray &line)
{
    const char *start = line.constData();
    qsizetype left = line.size();
    bool first = true;
    while (left > 0) {
        const char *next = nextLineStart(start, left);
        if (!first)
            out += "\r\n ";
        first = false;
        out.append(start, next - start);
        left -= next - start;
        start = next;
    }
}

/// A TEXT value escaped as libical escapes it: newline as \n, backslash doubled, ';' and ',' escaped in TEXT
/// (not in X- properties), CR, backspace and form feed dropped, tab kept. libical's strings end at a NUL.
void appendEscaped(QByteArray &out, const QString &value, bool separators)
{
    const QByteArray utf8 = value.toUtf8();
    const char *p = utf8.constData();
    const char *const last = p + utf8.size();
    const auto plain = [separators](char c) {
        return c != '\0' && c != '\n' && c != '\r' && c != '\b' && c != '\f' && c != '\\' &&
               !(separators && (c == ';' || c == ','));
    };
    while (p < last) {
        // Runs of ordinary bytes in one append; the few that need escaping one by one.
        const char *run = p;
        while (p < last && plain(*p))
            ++p;
        out.append(run, p - run);
        if (p == last)
            break;
        switch (const char c = *p++) {
        case '\0':
            return;
        case '\n':
            out += "\\n";
            break;
        case ';':
        case ',':
            out += '\\';
            out += c;
            break;
        case '\\':
            out += "\\\\";
            break;
        default: // '\r', '\b', '\f' are dropped
            break;
        }
    }
}

/// `value` as printf's "%0*d" writes it.
void appendNumber(QByteArray &out, int value, int width)
{
    char digits[16];
    if (value >= 0 && value < 10000 && width <= 4) {
        int n = 0;
        for (int rest = value; n < width || rest > 0; rest /= 10)
            digits[n++] = char('0' + rest % 10);
        while (n > 0)
            out += digits[--n];
        return;
    }
    const int n = std::snprintf(digits, sizeof digits, "%0*d", width, value);
    out.append(digits, n);
}

/// "yyyyMMdd", and "Thhmmss" unless it is a date, as libical prints an icaltimetype.
void appendDateTime(QByteArray &out, const QDate &date, const QTime &time, bool isDate)
{
    appendNumber(out, date.year(), 4);
    appendNumber(out, date.month(), 2);
    appendNumber(out, date.day(), 2);
    if (isDate)
        return;
    out += 'T';
    appendNumber(out, time.hour(), 2);
    appendNumber(out, time.minute(), 2);
    appendNumber(out, time.second(), 2);
}

void appendUtc(QByteArray &out, const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    appendDateTime(out, utc.date(), utc.time(), false);
    out += 'Z';
}

/// One VEVENT being written, property by property, as libical's icalcomponent_as_ical_string writes it.
class Component
{
public:
    Component(QSet<QByteArray> &zones, QHash<QByteArray, bool> &writable)
        : m_zones(zones)
        , m_writable(writable)
    {
        m_text.reserve(1024);
        m_text += "BEGIN:VEVENT\r\n";
    }

    /// A TEXT property (escaped), left out when empty.
    void text(const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        start(name);
        appendEscaped(m_line, value, true);
        end();
    }
    /// A URI property, written as it is; left out when empty.
    void uri(const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        start(name);
        m_line += value.toUtf8();
        if (const qsizetype nul = m_line.indexOf('\0'); nul >= 0)
            m_line.truncate(nul);
        end();
    }
    void integer(const char *name, int value)
    {
        start(name);
        m_line += QByteArray::number(value);
        end();
    }
    void keyword(const char *name, const char *value)
    {
        start(name);
        m_line += value;
        end();
    }
    void utc(const char *name, const QDateTime &value)
    {
        start(name);
        appendUtc(m_line, value);
        end();
    }
    void x(const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        start(name);
        appendEscaped(m_line, value, false);
        end();
    }
    void x(const char *name, const std::optional<int> &value)
    {
        if (value)
            x(name, QString::number(*value));
    }
    /// A DTSTART/DTEND/EXDATE/RECURRENCE-ID: a DATE for all-day, local time with the zone's TZID, or UTC
    /// when the zone has no VTIMEZONE. `parameter` (";NAME=value") comes after VALUE or TZID.
    void time(const char *name, const QDateTime &value, const QTimeZone &zone, bool allDay,
              const char *parameter = nullptr)
    {
        m_line = name;
        if (allDay) {
            m_line += ";VALUE=DATE";
            if (parameter)
                m_line += parameter;
            m_line += ':';
            appendDateTime(m_line, value.toTimeZone(zone).date(), {}, true);
        } else if (canWrite(zone)) {
            const QDateTime local = value.toTimeZone(zone);
            m_line += ";TZID=";
            m_line += zone.id();
            if (parameter)
                m_line += parameter;
            m_line += ':';
            appendDateTime(m_line, local.date(), local.time(), false);
        } else {
            if (parameter)
                m_line += parameter;
            m_line += ':';
            appendUtc(m_line, value);
        }
        end();
    }
    QByteArray finish()
    {
        m_text += "END:VEVENT\r\n";
        return std::move(m_text);
    }

private:
    void start(const char *name)
    {
        m_line = name;
        m_line += ':';
    }
    void end()
    {
        m_line += "\r\n";
        appendFolded(m_text, m_line);
    }
    /// Whether times in `zone` can be written with its TZID; the first time a zone can, its VTIMEZONE is
    /// noted as needed (one lookup per time written).
    bool canWrite(const QTimeZone &zone)
    {
        const QByteArray id = zone.id();
        auto known = m_writable.constFind(id);
        if (known == m_writable.constEnd()) {
            known = m_writable.insert(id, IcsTimeZones::canWrite(zone));
            if (*known)
                m_zones.insert(id);
        }
        return *known;
    }

    QSet<QByteArray> &m_zones;
    QHash<QByteArray, bool> &m_writable;
    QByteArray m_text;
    QByteArray m_line;
};

const char *statusOf(Event::Status status)
{
    switch (status) {
    case Event::Status::Tentative:
        return "TENTATIVE";
    case Event::Status::Cancelled:
        return "CANCELLED";
    case Event::Status::Scheduled:
    case Event::Status::Done:
        break;
    }
    return "CONFIRMED";
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
    c.integer("SEQUENCE", qMax(0, e.sequence));
    c.text("SUMMARY", e.title);
    c.text("DESCRIPTION", e.description);
    c.text("LOCATION", location);
    c.uri("URL", e.onlineUrl);
    c.keyword("STATUS", statusOf(e.status));
    if (e.createdAt.isValid())
        c.utc("CREATED", e.createdAt);
    if (e.updatedAt.isValid())
        c.utc("LAST-MODIFIED", e.updatedAt);
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
    c.integer("SEQUENCE", qMax(0, s.sequence));
    c.text("SUMMARY", s.title);
    c.text("DESCRIPTION", s.description);
    c.text("LOCATION", location);
    c.uri("URL", s.onlineUrl);
    c.keyword("STATUS", "CONFIRMED");
    if (s.createdAt.isValid())
        c.utc("CREATED", s.createdAt);
    if (s.updatedAt.isValid())
        c.utc("LAST-MODIFIED", s.updatedAt);
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
    Component c(m_zones, m_writableZones);
    c.text("UID", e.uid);
    c.utc("DTSTAMP", m_options.stamp);
    c.time("DTSTART", e.start, e.timeZone, e.allDay);
    if (e.end.isValid())
        c.time("DTEND", e.end, e.timeZone, e.allDay);
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

    Component master(m_zones, m_writableZones);
    master.text("UID", s.uid);
    master.utc("DTSTAMP", m_options.stamp);
    master.time("DTSTART", s.firstStart, s.timeZone, s.allDay);
    const QDateTime firstEnd = s.endFor(s.firstStart);
    if (firstEnd.isValid())
        master.time("DTEND", firstEnd, s.timeZone, s.allDay);
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(s.rrule.toUtf8().constData());
    icalerror_clear_errno();
    if (rule.freq != ICAL_NO_RECURRENCE) {
        // Written as the store holds it (libical would reorder the parts), so that a round trip keeps
        // the rule's text.
        master.x("RRULE", s.rrule.trimmed());
    }
    for (const SeriesException &x : s.exceptions) {
        if (x.kind == SeriesException::Kind::Skipped && !overridden.contains(x.occurrenceDate))
            master.time("EXDATE", ruleStart(s, x.occurrenceDate), s.timeZone, s.allDay);
    }
    for (const Occurrence &o : item.holidayChanges) {
        if (o.state != Occurrence::State::HolidaySkipped || overridden.contains(o.occurrenceDate) ||
            s.exceptionFor(o.occurrenceDate))
            continue;
        master.time("EXDATE", ruleStart(s, o.occurrenceDate), s.timeZone, s.allDay, ";X-OFFKAI-HOLIDAY=1");
    }
    addSeriesFields(master, s, item.location, m_options.includeNotes);
    m_body += master.finish();
    ++m_components;

    auto override = [&](const QDate &date, const QDateTime &start, const QDateTime &end) {
        auto c = std::make_unique<Component>(m_zones, m_writableZones);
        c->text("UID", s.uid);
        c->utc("DTSTAMP", m_options.stamp);
        c->time("RECURRENCE-ID", ruleStart(s, date), s.timeZone, s.allDay);
        c->time("DTSTART", start, s.timeZone, s.allDay);
        if (end.isValid())
            c->time("DTEND", end, s.timeZone, s.allDay);
        return c;
    };
    for (const IcsEvent &confirmed : item.confirmed) {
        const Event &e = confirmed.event;
        if (!e.hasDay())
            continue;
        auto c = std::make_unique<Component>(m_zones, m_writableZones);
        c->text("UID", s.uid);
        c->utc("DTSTAMP", m_options.stamp);
        c->time("RECURRENCE-ID", ruleStart(s, e.occurrenceDate), s.timeZone, s.allDay);
        c->time("DTSTART", e.start, e.timeZone, e.allDay);
        if (e.end.isValid())
            c->time("DTEND", e.end, e.timeZone, e.allDay);
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
