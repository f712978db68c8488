#include "EventHistoryView.h"

#include "reports/HeadcountText.h"

#include "records/Event.h"

#include <QHeaderView>

namespace offkai {

EventHistoryView::EventHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    setTextElideMode(Qt::ElideRight);
}

void EventHistoryView::setSummary(const QString &text)
{
    m_summary = text;
    Q_EMIT summaryChanged(text);
}

void EventHistoryView::showMemberHistory(const QList<MemberEventRow> &rows, const QSet<qint64> &noShows)
{
    clear();
    setColumnCount(4);
    setHeaderLabels({tr("Date"), tr("Event"), tr("Part"), tr("Came")});
    setAccessibleName(tr("The member's events"));
    const QLocale locale;
    int came = 0;
    for (const MemberEventRow &row : rows) {
        const Participation &p = row.participation;
        const QString date = Event::dayText(row.start.date(), row.tentativeFrom, row.tentativeTo, locale);
        QString part = Participation::roleLabel(p.role);
        if (p.role == Participation::Role::Attendee || p.rsvp != Participation::Rsvp::Going)
            part = p.role == Participation::Role::Attendee
                       ? Participation::rsvpLabel(p.rsvp)
                       : tr("%1, %2").arg(part, Participation::rsvpLabel(p.rsvp));
        QString attended;
        if (p.attended) {
            ++came;
            attended = p.walkIn ? tr("Yes (walk-in)") : tr("Yes");
        } else if (noShows.contains(p.eventId)) {
            attended = tr("No-show");
        } else if (row.status == QLatin1String("done")) {
            attended = tr("No");
        }
        auto *item = new QTreeWidgetItem(this, {date, row.title, part, attended});
        item->setData(0, Qt::UserRole, p.eventId);
        if (row.status == QLatin1String("cancelled")) {
            QFont font = item->font(1);
            font.setStrikeOut(true);
            item->setFont(1, font);
            item->setToolTip(1, Event::statusLabel(Event::Status::Cancelled));
        }
    }
    for (int c = 0; c < columnCount(); ++c)
        resizeColumnToContents(c);
    setSummary(rows.isEmpty() ? tr("No events yet.")
                              : tr("%n event(s), came to %1.", nullptr, int(rows.size())).arg(came));
}

void EventHistoryView::showVenueHistory(const QList<EventSummary> &rows)
{
    clear();
    setColumnCount(3);
    setHeaderLabels({tr("Date"), tr("Event"), tr("People")});
    setAccessibleName(tr("Events held at the venue"));
    const QLocale locale;
    for (const EventSummary &row : rows) {
        const QString date = Event::dayText(row.hasDay() ? row.firstDay() : QDate(), row.tentativeFrom,
                                            row.tentativeTo, locale);
        const QString people = HeadcountText::text(row.headcount, locale);
        auto *item = new QTreeWidgetItem(this, {date, row.title, people});
        item->setData(0, Qt::UserRole, row.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (row.status == Event::Status::Cancelled) {
            QFont font = item->font(1);
            font.setStrikeOut(true);
            item->setFont(1, font);
        }
    }
    for (int c = 0; c < columnCount(); ++c)
        resizeColumnToContents(c);
    setSummary(rows.isEmpty() ? tr("No events here yet.")
                              : tr("%n event(s) here.", nullptr, int(rows.size())));
}

} // namespace offkai
