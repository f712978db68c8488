#include "MonthView.h"

#include "EventChipDelegate.h"
#include "items/AgendaModel.h"
#include "items/MonthModel.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"

#include <algorithm>
#include <QApplication>
#include <QDrag>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace offkai {

MonthView::MonthView(QWidget *parent)
    : QTableView(parent)
{
    m_delegate = new EventChipDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setCornerButtonEnabled(false);
    setWordWrap(false);
    setShowGrid(false); // the delegate draws the days' edges under chips that run from day to day
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false);
    setMouseTracking(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(24);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setMinimumSectionSize(40);
}

void MonthView::setMonthModel(MonthModel *model)
{
    m_model = model;
    setModel(model);
}

void MonthView::setSelectedEvent(qint64 id)
{
    if (m_delegate->selectedEvent() == id)
        return;
    m_delegate->setSelectedEvent(id);
    viewport()->update();
}

qint64 MonthView::selectedEvent() const
{
    return m_delegate->selectedEvent();
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    return index.isValid() ? index.data(MonthModel::DateRole).toDate() : QDate();
}

qint64 MonthView::eventAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return 0;
    const auto slot = m_delegate->slotAt(visualRect(index), index, font(), pos);
    return slot ? slot->eventId : 0;
}

QRect MonthView::chipRect(qint64 id, const QDate &date) const
{
    if (!m_model)
        return {};
    const QModelIndex index = m_model->indexOf(date);
    if (!index.isValid())
        return {};
    for (const auto &slot : m_delegate->layout(visualRect(index), index, font())) {
        if (slot.eventId == id)
            return slot.rect;
    }
    return {};
}

QString MonthView::eventMimeType()
{
    return QStringLiteral("application/x-offkai-event-id");
}

QMimeData *MonthView::mimeDataFor(qint64 eventId)
{
    auto *mime = new QMimeData;
    mime->setData(eventMimeType(), QByteArray::number(eventId));
    return mime;
}

qint64 MonthView::eventIdFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(eventMimeType()))
        return 0;
    return mime->data(eventMimeType()).toLongLong();
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressedEvent = 0;
    if (event->button() != Qt::LeftButton)
        return;
    const QModelIndex index = indexAt(m_pressPos);
    if (!index.isValid())
        return;
    const auto slot = m_delegate->slotAt(visualRect(index), index, font(), m_pressPos);
    if (!slot)
        return;
    if (slot->chip < 0) {
        Q_EMIT moreClicked(index.data(MonthModel::DateRole).toDate(), viewport()->mapToGlobal(m_pressPos));
        return;
    }
    const auto chips = index.data(MonthModel::ChipsRole).value<QList<MonthChip>>();
    if (const EventSummary &e = chips.at(slot->chip).event; e.planned) {
        Q_EMIT occurrenceClicked(e.seriesId, e.occurrenceDate, viewport()->mapToGlobal(m_pressPos));
        return;
    }
    m_pressedEvent = slot->eventId;
    Q_EMIT eventClicked(slot->eventId);
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedEvent != 0 && (event->buttons() & Qt::LeftButton) &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        const qint64 id = m_pressedEvent;
        m_pressedEvent = 0;
        startDrag(id);
        return;
    }
    // The base class would extend the selection while the button is held; a day is picked by a click.
    if (!(event->buttons() & Qt::LeftButton))
        QTableView::mouseMoveEvent(event);
}

void MonthView::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressedEvent = 0;
    QTableView::mouseReleaseEvent(event);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QTableView::mouseDoubleClickEvent(event);
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return;
    const auto slot = m_delegate->slotAt(visualRect(index), index, font(), pos);
    const auto chips = index.data(MonthModel::ChipsRole).value<QList<MonthChip>>();
    if (slot && slot->chip >= 0 && chips.at(slot->chip).event.planned)
        Q_EMIT occurrenceActivated(chips.at(slot->chip).event.seriesId,
                                   chips.at(slot->chip).event.occurrenceDate, viewport()->mapToGlobal(pos));
    else if (slot && slot->chip >= 0)
        Q_EMIT eventActivated(slot->eventId);
    else if (!slot)
        Q_EMIT dayActivated(index.data(MonthModel::DateRole).toDate());
}

void MonthView::startDrag(qint64 id)
{
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeDataFor(id));
    const QDate from = dateAt(m_pressPos);
    const QRect rect = chipRect(id, from);
    if (!rect.isEmpty()) {
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap(rect.size() * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        viewport()->render(&pixmap, QPoint(), QRegion(rect), RenderFlag::DrawChildren);
        drag->setPixmap(pixmap);
        drag->setHotSpot(m_pressPos - rect.topLeft());
    }
    drag->exec(Qt::MoveAction);
    setDropDate({});
}

void MonthView::setDropDate(const QDate &date)
{
    m_delegate->setDropDate(date);
    viewport()->update();
}

void MonthView::dragEnterEvent(QDragEnterEvent *event)
{
    if (eventIdFrom(event->mimeData()) == 0)
        return event->ignore();
    setDropDate(dateAt(event->position().toPoint()));
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void MonthView::dragMoveEvent(QDragMoveEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (eventIdFrom(event->mimeData()) == 0 || !date.isValid())
        return event->ignore();
    setDropDate(date);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void MonthView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropDate({});
    event->accept();
}

void MonthView::dropEvent(QDropEvent *event)
{
    setDropDate({});
    const qint64 id = eventIdFrom(event->mimeData());
    const QDate date = dateAt(event->position().toPoint());
    if (id == 0 || !date.isValid())
        return event->ignore();
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT eventDropped(id, date);
}

bool MonthView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        const auto slot = index.isValid() ? m_delegate->slotAt(visualRect(index), index, font(), help->pos())
                                          : std::nullopt;
        if (slot && slot->chip >= 0) {
            const auto chips = index.data(MonthModel::ChipsRole).value<QList<MonthChip>>();
            QToolTip::showText(help->globalPos(), chipToolTip(chips.at(slot->chip).event), viewport(),
                               visualRect(index));
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

MonthView::EventPeople MonthView::peopleOf(Workspace &workspace, qint64 eventId)
{
    EventPeople people;
    const auto event = workspace.events().get(eventId);
    const auto rows = workspace.participations().participantsOf(eventId);
    if (!event || !rows)
        return people;
    for (const ParticipantRow &row : *rows) {
        const Participation &p = row.participation;
        if (p.memberId == event->hostMemberId || p.role == Participation::Role::Host)
            people.hosts.append(row.displayName);
        else if (p.role == Participation::Role::Speaker && p.rsvp != Participation::Rsvp::Declined)
            people.speakers.append(row.displayName);
    }
    // The room's host need not be a participant.
    const bool hostListed = std::any_of(rows->cbegin(), rows->cend(), [&](const ParticipantRow &row) {
        return row.participation.memberId == event->hostMemberId;
    });
    if (event->hostMemberId > 0 && !hostListed) {
        if (const auto host = workspace.members().get(event->hostMemberId))
            people.hosts.prepend(host->displayName);
    }
    return people;
}

QString MonthView::chipToolTip(const EventSummary &e) const
{
    const QLocale locale;
    QStringList lines{e.title};
    if (e.hasDay()) {
        QString when = AgendaModel::dateRangeText(e.firstDay(), e.lastDay(), locale);
        if (!e.allDay) {
            when += QLatin1Char(' ') + Event::timeText(e.start.time(), locale);
            if (e.end.isValid())
                when += QStringLiteral("–") + Event::timeText(e.end.time(), locale);
        }
        lines.append(when);
    } else {
        lines.append(AgendaModel::dateRangeText(e.tentativeFrom, e.tentativeTo, locale) +
                     QStringLiteral(" (") + Event::statusLabel(e.status) + QLatin1Char(')'));
        if (!e.tentativeNote.isEmpty())
            lines.append(e.tentativeNote);
    }
    if (!e.venueName.isEmpty())
        lines.append(e.venueName);
    if (m_people && e.id > 0 && !e.planned) {
        const EventPeople people = m_people(e.id);
        if (!people.hosts.isEmpty())
            lines.append(tr("Host: %1").arg(locale.createSeparatedList(people.hosts)));
        if (people.speakers.size() == 1)
            lines.append(tr("Speaker: %1").arg(people.speakers.constFirst()));
        else if (!people.speakers.isEmpty())
            lines.append(tr("Speakers: %1").arg(locale.createSeparatedList(people.speakers)));
    }
    if (e.status == Event::Status::Cancelled)
        lines.append(Event::statusLabel(e.status));
    return lines.join(QLatin1Char('\n'));
}

} // namespace offkai
