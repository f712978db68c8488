#pragma once

#include "items/MonthModel.h"

#include <QDate>
#include <QStyledItemDelegate>

namespace offkai {

/// Draws one day of the month grid: the day number (today circled, days outside the month dimmed,
/// Sundays and holidays red and Saturdays blue in Japanese) and the day's events as chips coloured by
/// type. Tentative events are hatched with a dashed outline and show their note; cancelled events are
/// struck out; a day with more events than fit ends with "+N more".
class EventChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Where one chip (or the "+N more" line) sits inside a cell.
    struct Slot
    {
        QRect rect;
        int chip = -1;      ///< index into the day's chips; -1 for the "+N more" line
        qint64 eventId = 0; ///< 0 for the "+N more" line
        int hidden = 0;     ///< chips left out (the "+N more" line only)
    };

    explicit EventChipDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The chips of `index` laid out in a cell at `cell` with `font`.
    QList<Slot> layout(const QRect &cell, const QModelIndex &index, const QFont &font) const;
    /// The slot under `pos` (in the same coordinates as `cell`), if any.
    std::optional<Slot> slotAt(const QRect &cell, const QModelIndex &index, const QFont &font,
                               const QPoint &pos) const;

    /// The event drawn as selected (0: none).
    void setSelectedEvent(qint64 id) { m_selected = id; }
    qint64 selectedEvent() const { return m_selected; }
    /// The day highlighted while an event is dragged over it (invalid: none).
    void setDropDate(const QDate &date) { m_dropDate = date; }

    /// The text a chip shows: "19:30 Title", or "Title · note" for an event without a day.
    static QString chipText(const MonthChip &chip, const QLocale &locale);

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QRect &area) const;
    void paintChip(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                   const MonthChip &chip, const QRect &rect) const;

    qint64 m_selected = 0;
    QDate m_dropDate;
};

} // namespace offkai
