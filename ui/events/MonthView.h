#pragma once

#include <functional>
#include <QDate>
#include <QPoint>
#include <QStringList>
#include <QTableView>

class QMimeData;

namespace offkai {

class EventChipDelegate;
class MonthModel;
struct EventSummary;
class Workspace;

/// The month grid: a table of days whose cells show event chips. A click on a chip selects the event,
/// a double click on a day asks for a new event there, and a chip dragged to another day asks to move
/// the event.
class MonthView : public QTableView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    /// Who runs an event, for a chip's tooltip: its hosts and the speakers who have not declined.
    struct EventPeople
    {
        QStringList hosts;
        QStringList speakers;
    };
    using PeopleLookup = std::function<EventPeople(qint64 eventId)>;
    /// The hosts (the online room's and those with the host role) and speakers of an event, by name.
    static EventPeople peopleOf(Workspace &workspace, qint64 eventId);
    /// Asked when the tooltip of an event's chip is shown (not for planned occurrences).
    void setPeopleLookup(PeopleLookup lookup) { m_people = std::move(lookup); }
    /// The tooltip of an event's chip: title, date and time, venue, host and speakers, and its state.
    QString chipToolTip(const EventSummary &event) const;

    void setMonthModel(MonthModel *model);
    MonthModel *monthModel() const { return m_model; }
    EventChipDelegate *chipDelegate() const { return m_delegate; }

    /// The event drawn as selected.
    void setSelectedEvent(qint64 id);
    qint64 selectedEvent() const;
    /// The id of the event whose chip is at `pos` (viewport coordinates), or 0.
    qint64 eventAt(const QPoint &pos) const;
    /// Where the chip of event `id` is drawn on `date` (viewport coordinates); empty when hidden.
    QRect chipRect(qint64 id, const QDate &date) const;
    QDate dateAt(const QPoint &pos) const;

    static QString eventMimeType();
    static QMimeData *mimeDataFor(qint64 eventId);
    static qint64 eventIdFrom(const QMimeData *mime);

Q_SIGNALS:
    void eventClicked(qint64 id);
    void eventActivated(qint64 id);
    void dayActivated(const QDate &date);
    /// The "+N more" line of `date` was clicked at `globalPos`.
    void moreClicked(const QDate &date, const QPoint &globalPos);
    void eventDropped(qint64 id, const QDate &date);
    /// A planned occurrence of a series (not an event yet) was clicked, or double-clicked.
    void occurrenceClicked(qint64 seriesId, const QDate &occurrenceDate, const QPoint &globalPos);
    void occurrenceActivated(qint64 seriesId, const QDate &occurrenceDate, const QPoint &globalPos);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void startDrag(qint64 id);
    void setDropDate(const QDate &date);

    MonthModel *m_model = nullptr;
    EventChipDelegate *m_delegate = nullptr;
    QPoint m_pressPos;
    qint64 m_pressedEvent = 0;
    PeopleLookup m_people;
};

} // namespace offkai
