#pragma once

#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"

#include <QSet>
#include <QTreeWidget>

namespace offkai {

/// A read-only list of events: a member's events with their role, answer and attendance, or the events
/// held at a venue. Newest first.
class EventHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit EventHistoryView(QWidget *parent = nullptr);

    /// The member's events; those in `noShows` (MemberEngagement::noShowEvents) are marked as no-shows.
    void showMemberHistory(const QList<MemberEventRow> &rows, const QSet<qint64> &noShows = {});
    void showVenueHistory(const QList<EventSummary> &rows);
    /// A line such as "12 events, came to 9" for the member shown, or "5 events" for a venue.
    QString summaryText() const { return m_summary; }

Q_SIGNALS:
    void summaryChanged(const QString &text);

private:
    void setSummary(const QString &text);
    QString m_summary;
};

} // namespace offkai
