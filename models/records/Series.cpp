#include "Series.h"

namespace offkai {

bool Series::sameContent(const Series &o) const
{
    return title == o.title && type == o.type && format == o.format && firstStart == o.firstStart &&
           timeZone == o.timeZone && allDay == o.allDay && durationMinutes == o.durationMinutes &&
           rrule == o.rrule && holidayPolicy == o.holidayPolicy && venueId == o.venueId &&
           onlineUrl == o.onlineUrl && hostMemberId == o.hostMemberId && capacity == o.capacity &&
           fee == o.fee && description == o.description && notes == o.notes && exceptions == o.exceptions;
}

const SeriesException *Series::exceptionFor(const QDate &occurrenceDate) const
{
    for (const SeriesException &e : exceptions) {
        if (e.occurrenceDate == occurrenceDate)
            return &e;
    }
    return nullptr;
}

QDateTime Series::endFor(const QDateTime &start) const
{
    if (allDay)
        return QDateTime(start.date().addDays(qMax(1, durationMinutes.value_or(1440) / 1440)), QTime(0, 0),
                         timeZone);
    if (!durationMinutes)
        return {};
    return start.addSecs(qint64(*durationMinutes) * 60);
}

Event Series::eventFor(const QDate &occurrenceDate, const QDateTime &start, const QDateTime &end) const
{
    Event e;
    e.title = title;
    e.type = type;
    e.format = format;
    e.status = Event::Status::Scheduled;
    e.timeZone = timeZone;
    e.start = start;
    e.end = end;
    e.allDay = allDay;
    e.venueId = venueId;
    e.onlineUrl = onlineUrl;
    e.hostMemberId = hostMemberId;
    e.capacity = capacity;
    e.fee = fee;
    e.description = description;
    e.notes = notes;
    e.seriesId = id;
    e.occurrenceDate = occurrenceDate;
    return e;
}

QList<Series::HolidayPolicy> Series::allHolidayPolicies()
{
    return {HolidayPolicy::Keep, HolidayPolicy::Skip, HolidayPolicy::NextWorkday};
}

QString Series::holidayPolicyKey(HolidayPolicy policy)
{
    switch (policy) {
    case HolidayPolicy::Keep:
        return QStringLiteral("keep");
    case HolidayPolicy::Skip:
        return QStringLiteral("skip");
    case HolidayPolicy::NextWorkday:
        return QStringLiteral("next_workday");
    }
    return {};
}

std::optional<Series::HolidayPolicy> Series::holidayPolicyFromKey(const QString &key)
{
    for (HolidayPolicy p : allHolidayPolicies()) {
        if (holidayPolicyKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString Series::holidayPolicyLabel(HolidayPolicy policy)
{
    switch (policy) {
    case HolidayPolicy::Keep:
        return tr("Held on public holidays too");
    case HolidayPolicy::Skip:
        return tr("Skipped on public holidays");
    case HolidayPolicy::NextWorkday:
        return tr("Moved to the next working day");
    }
    return {};
}

} // namespace offkai
