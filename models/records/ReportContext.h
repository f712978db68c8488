#pragma once

#include "records/Event.h"
#include "records/Headcount.h"
#include "records/Member.h"
#include "records/Participation.h"
#include "records/Report.h"
#include "records/StatsFigures.h"
#include "records/Venue.h"

#include <optional>
#include <QList>
#include <QString>
#include <QUrl>

namespace offkai {

/// Someone who came to the event, with just what a report may use. Never carries emails, phones, notes
/// or join answers, so nothing generated from it can leak them.
struct ReportAttendee
{
    qint64 memberId = 0;
    QString displayName;     ///< "井上 一郎", "Alice Smith"
    QString reading;         ///< furigana, "いのうえ いちろう"; used for the initial
    QString occupation;      ///< catalogue key ("executive"); empty when unknown
    QString occupationLabel; ///< its label in the catalogue (already translated for built-ins)
    Member::NameConsent consent = Member::NameConsent::OccupationInitial;
    Participation::Role role = Participation::Role::Attendee;
    bool walkIn = false;
};

/// A report published before, for the "previous report" link.
struct PreviousReport
{
    qint64 reportId = 0;
    QString title;
    QUrl url; ///< where it was published; empty when it never was
    Event event;
};

/// The community's figures for a report's `community_figures` block, and the period they cover.
struct ReportCommunityFigures
{
    QDate from;
    QDate to;
    CommunityTotals totals;
};

/// Everything the report template is filled from, read from the stores in one go.
struct ReportContext
{
    Event event;
    std::optional<Venue> venue;
    QString eventTypeName;           ///< "オフ会" / "Offline meetup"
    QList<ReportAttendee> attendees; ///< those who came, walk-ins included, in reading order
    /// The event's headcount; without one, the report counts `attendees`.
    std::optional<Headcount> headcount;
    QList<Event> nextEvents; ///< scheduled and tentative events of the same type after this one, all
    /// How many months after the meetup `next` looks when its placeholder does not say
    /// (CommunitySettings::nextTimeMonths).
    int nextMonths = 3;
    std::optional<PreviousReport> previous; ///< the latest report of an earlier event of the same type
    QString authorName;                     ///< the author's display name, shown by the report's privacy rule
    /// The 12 whole months ending with the event's month (StatsPeriod::last12Months of its first day);
    /// none for an event without even a tentative day.
    std::optional<ReportCommunityFigures> communityFigures;
};

} // namespace offkai
