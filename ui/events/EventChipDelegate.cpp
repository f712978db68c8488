#include "EventChipDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>

namespace offkai {

namespace {
constexpr int kMargin = 3;
constexpr int kGap = 2;

QFont chipFont(const QFont &font)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qMax(8, f.pixelSize() * 9 / 10));
    return f;
}

int headerHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 4;
}

int chipHeight(const QFont &font)
{
    return QFontMetrics(chipFont(font)).height() + 3;
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfA)
{
    const qreal k = qBound(0.0, amountOfA, 1.0);
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * (1 - k)),
                            float(a.greenF() * k + b.greenF() * (1 - k)),
                            float(a.blueF() * k + b.blueF() * (1 - k)));
}

bool isDark(const QColor &color)
{
    return 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF() < 0.6;
}

bool writesLikeJapanese(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese || locale.language() == QLocale::Chinese;
}
} // namespace

EventChipDelegate::EventChipDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize EventChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(90, headerHeight(option.font) + 3 * (chipHeight(option.font) + kGap) + kMargin);
}

QString EventChipDelegate::chipText(const MonthChip &chip, const QLocale &locale)
{
    const EventSummary &e = chip.event;
    if (!e.hasDay())
        return e.tentativeNote.isEmpty() ? e.title : e.title + QStringLiteral(" · ") + e.tentativeNote;
    // A series' occurrences carry the recurrence mark, planned or confirmed.
    const QString title = e.seriesId > 0 ? QStringLiteral("\u21bb ") + e.title : e.title;
    if (e.allDay || chip.continuesBefore)
        return title;
    return Event::timeText(e.start.time(), locale) + QLatin1Char(' ') + title;
}

QList<EventChipDelegate::Slot> EventChipDelegate::layout(const QRect &cell, const QModelIndex &index,
                                                         const QFont &font) const
{
    QList<Slot> slots;
    const auto chips = index.data(MonthModel::ChipsRole).value<QList<MonthChip>>();
    if (chips.isEmpty())
        return slots;
    const int height = chipHeight(font);
    const int top = cell.top() + headerHeight(font);
    const int available = cell.bottom() - kMargin - top + 1;
    int rows = qMax(0, (available + kGap) / (height + kGap));
    int shown = int(chips.size());
    if (shown > rows)
        shown = qMax(0, rows - 1);
    for (int i = 0; i < shown; ++i) {
        const MonthChip &chip = chips.at(i);
        const int left = chip.continuesBefore ? cell.left() : cell.left() + kMargin;
        const int right = chip.continuesAfter ? cell.right() : cell.right() - kMargin;
        slots.append({QRect(QPoint(left, top + i * (height + kGap)),
                            QPoint(right, top + i * (height + kGap) + height - 1)),
                      i, chip.event.id, 0});
    }
    if (shown < chips.size()) {
        const int y = rows > 0 ? top + shown * (height + kGap) : cell.top();
        const QRect rect = rows > 0 ? QRect(cell.left() + kMargin, y, cell.width() - 2 * kMargin, height)
                                    : QRect(cell.left() + cell.width() / 2, y, cell.width() / 2 - kMargin,
                                            headerHeight(font));
        slots.append({rect, -1, 0, int(chips.size()) - shown});
    }
    return slots;
}

std::optional<EventChipDelegate::Slot> EventChipDelegate::slotAt(const QRect &cell, const QModelIndex &index,
                                                                 const QFont &font, const QPoint &pos) const
{
    for (const Slot &slot : layout(cell, index, font)) {
        if (slot.rect.contains(pos))
            return slot;
    }
    return std::nullopt;
}

void EventChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QPalette &pal = option.palette;
    const QRect cell = option.rect;
    const bool inMonth = index.data(MonthModel::InMonthRole).toBool();
    const QDate date = index.data(MonthModel::DateRole).toDate();

    QColor background = pal.color(QPalette::Base);
    if (!inMonth)
        background = mix(pal.color(QPalette::Window), background, 0.6);
    if (index.data(MonthModel::IsTodayRole).toBool())
        background = mix(pal.color(QPalette::Highlight), background, 0.10);
    if (option.state & QStyle::State_Selected)
        background = mix(pal.color(QPalette::Highlight), background, 0.07);
    if (m_dropDate.isValid() && date == m_dropDate)
        background = mix(pal.color(QPalette::Highlight), background, 0.35);
    painter->fillRect(cell, background);
    // The grid: each day draws its right and bottom edges (the view's own grid would cut through chips).
    painter->setPen(QPen(pal.color(QPalette::Mid).lighter(125), 1));
    painter->drawLine(QPointF(cell.right() + 0.5, cell.top()),
                      QPointF(cell.right() + 0.5, cell.bottom() + 1));
    painter->drawLine(QPointF(cell.left(), cell.bottom() + 0.5),
                      QPointF(cell.right() + 1, cell.bottom() + 0.5));
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        QColor frame = pal.color(QPalette::Highlight);
        frame.setAlphaF(option.state & QStyle::State_HasFocus ? 0.9f : 0.5f);
        painter->setPen(QPen(frame, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(cell).adjusted(1, 1, -1, -1));
    }

    paintHeader(painter, option, index,
                QRect(cell.left(), cell.top(), cell.width(), headerHeight(option.font)));

    const auto chips = index.data(MonthModel::ChipsRole).value<QList<MonthChip>>();
    const QFont small = chipFont(option.font);
    for (const Slot &slot : layout(cell, index, option.font)) {
        if (slot.chip >= 0) {
            paintChip(painter, option, index, chips.at(slot.chip), slot.rect);
            continue;
        }
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::Link));
        const QString more = tr("+%n more", nullptr, slot.hidden);
        painter->drawText(slot.rect.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(more, Qt::ElideRight, slot.rect.width() - 4));
    }
    painter->restore();
}

void EventChipDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index, const QRect &area) const
{
    const QPalette &pal = option.palette;
    const QLocale locale = option.locale;
    const QDate date = index.data(MonthModel::DateRole).toDate();
    const bool inMonth = index.data(MonthModel::InMonthRole).toBool();
    const bool today = index.data(MonthModel::IsTodayRole).toBool();
    const QString holiday = index.data(MonthModel::HolidayRole).toString();
    const int weekend = index.data(MonthModel::WeekendRole).toInt();

    QColor color = pal.color(QPalette::Text);
    if (writesLikeJapanese(locale) || !holiday.isEmpty()) {
        // Japanese calendars print Sundays and holidays in red and Saturdays in blue.
        const bool dark = isDark(pal.color(QPalette::Base));
        if (weekend == 7 || !holiday.isEmpty())
            color = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
        else if (weekend == 6 && writesLikeJapanese(locale))
            color = dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    }
    if (!inMonth)
        color = mix(color, pal.color(QPalette::Base), 0.45);

    QString number = QString::number(date.day());
    if (date.day() == 1) {
        number = writesLikeJapanese(locale)
                     ? QStringLiteral("%1月%2日").arg(date.month()).arg(date.day())
                     : locale.monthName(date.month(), QLocale::ShortFormat) + QLatin1Char(' ') + number;
    }
    QFont font = option.font;
    font.setBold(today);
    painter->setFont(font);
    const QFontMetrics fm(font);
    QRect numberRect(area.left() + kMargin + 2, area.top() + 2, fm.horizontalAdvance(number) + 2,
                     fm.height());
    if (today) {
        const int d = fm.height() + 2;
        const QRect badge(numberRect.left() - 3, numberRect.top() - 1, qMax(d, numberRect.width() + 6), d);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, d / 2.0, d / 2.0);
        color = pal.color(QPalette::HighlightedText);
        numberRect = badge;
    }
    painter->setPen(color);
    painter->drawText(numberRect, Qt::AlignCenter, number);
    if (!holiday.isEmpty()) {
        const QFont small = chipFont(option.font);
        painter->setFont(small);
        const QRect rest(numberRect.right() + 6, area.top() + 2, area.right() - numberRect.right() - 8,
                         fm.height());
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(holiday, Qt::ElideRight, rest.width()));
    }
}

void EventChipDelegate::paintChip(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index, const MonthChip &chip, const QRect &rect) const
{
    const QPalette &pal = option.palette;
    const EventSummary &e = chip.event;
    const QColor base = pal.color(QPalette::Base);
    QColor color(chip.color);
    if (!color.isValid())
        color = QColor(0x78, 0x90, 0x9c);
    const bool cancelled = e.status == Event::Status::Cancelled;
    if (cancelled)
        color = mix(QColor(0x9e, 0x9e, 0x9e), color, 0.8);
    const bool tentative = chip.tentativeRange || e.status == Event::Status::Tentative;
    const bool planned = e.planned;
    const bool bar = !chip.tentativeRange && (e.allDay || chip.continuesBefore || chip.continuesAfter);
    const qreal radius = 3;

    // Where the chip continues into the day before or after, its shape runs on past the cell and is cut
    // at the cell's edge, so that the days of one line join without a seam.
    const int overhang = 2 * int(radius) + 2;
    const QRectF shape = QRectF(rect).adjusted(chip.continuesBefore ? -overhang : 0.5, 0.5,
                                               chip.continuesAfter ? overhang : -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(shape, radius, radius);
    painter->save();
    painter->setClipRect(QRect(rect.left(), rect.top() - 2, rect.width(), rect.height() + 4));

    QColor textColor = pal.color(QPalette::Text);
    painter->setPen(Qt::NoPen);
    if (chip.tentativeRange) {
        painter->setBrush(mix(color, base, 0.10));
        painter->drawPath(path);
        QColor hatch = color;
        hatch.setAlphaF(0.35f);
        painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
        painter->drawPath(path);
    } else if (bar && !cancelled) {
        painter->setBrush(color);
        painter->drawPath(path);
        textColor = isDark(color) ? QColor(Qt::white) : QColor(Qt::black);
    } else if (planned) {
        painter->setBrush(mix(color, base, 0.08));
        painter->drawPath(path);
    } else {
        painter->setBrush(mix(color, base, cancelled ? 0.10 : 0.20));
        painter->drawPath(path);
        if (!chip.continuesBefore) {
            painter->setBrush(color);
            painter->drawRoundedRect(QRectF(rect.left() + 0.5, rect.top() + 0.5, 3, rect.height() - 1), 1.5,
                                     1.5);
        }
    }

    if (tentative) {
        QPen dashed(color, 1.2, Qt::DashLine);
        painter->setPen(dashed);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    if (e.planned) {
        // Not an event yet: a dashed outline, as a plan drawn in pencil.
        painter->setPen(QPen(color, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    if (!e.planned && e.id != 0 && e.id == m_selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    painter->restore();
    QFont font = chipFont(option.font);
    font.setItalic(tentative);
    font.setStrikeOut(cancelled);
    painter->setFont(font);
    if (cancelled)
        textColor = pal.color(QPalette::PlaceholderText);
    painter->setPen(textColor);

    // A chip that runs over several days of the week carries one text over the whole line: each day
    // draws its part of it.
    int left = rect.left();
    int right = rect.right();
    if (chip.segmentDays > 1) {
        const auto *view = qobject_cast<const QTableView *>(option.widget);
        const int column = index.column();
        if (view) {
            left = view->columnViewportPosition(column - chip.segmentDay) + kMargin;
            const int last = column - chip.segmentDay + chip.segmentDays - 1;
            right = view->columnViewportPosition(last) + view->columnWidth(last) - 1 - kMargin;
        } else {
            left = option.rect.left() - chip.segmentDay * option.rect.width() + kMargin;
            right = left + chip.segmentDays * option.rect.width() - 2 * kMargin - 1;
        }
    }
    const QRect textRect(QPoint(left + (bar || chip.tentativeRange ? 5 : 7), rect.top()),
                         QPoint(right - 3, rect.bottom()));
    const QFontMetrics fm(font);
    // The same text in every day of the line: the start time only where the line begins with the event.
    MonthChip lineStart = chip;
    lineStart.continuesBefore =
        index.data(MonthModel::DateRole).toDate().addDays(-chip.segmentDay) != e.firstDay();
    // The start time always shows (it tells the events of a day apart); the title gets what is left.
    const QString text = chipText(lineStart, option.locale);
    painter->save();
    painter->setClipRect(rect);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace offkai
