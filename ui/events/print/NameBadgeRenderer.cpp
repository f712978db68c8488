#include "NameBadgeRenderer.h"

#include <QFontMetricsF>
#include <QPainter>

namespace offkai {

namespace {
/// Where to break a name in two: the space (or hyphen) nearest its middle, or -1.
qsizetype splitPoint(const QString &name)
{
    qsizetype best = -1;
    for (qsizetype i = 1; i + 1 < name.size(); ++i) {
        const QChar ch = name.at(i);
        if (ch.isSpace() || ch == QLatin1Char('-')) {
            const qsizetype at = ch.isSpace() ? i : i + 1;
            if (best < 0 || qAbs(at - name.size() / 2) < qAbs(best - name.size() / 2))
                best = at;
        }
    }
    return best;
}

constexpr double kPadding = 50;
constexpr double kCutMark = 40; ///< longest cut mark
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kAccent(0x2f, 0x6f, 0xb0);
const QColor kOutline(0xc8, 0xc8, 0xc8);
} // namespace

NameBadgeRenderer::NameBadgeRenderer(EventPrintData data)
    : m_data(std::move(data))
{}

int NameBadgeRenderer::columns(const QSizeF &area)
{
    return qMax(1, int(area.width() / kBadgeWidth));
}

int NameBadgeRenderer::rows(const QSizeF &area)
{
    return qMax(1, int(area.height() / kBadgeHeight));
}

int NameBadgeRenderer::pageCount(const QSizeF &area) const
{
    const int perPage = columns(area) * rows(area);
    return qMax(1, int((m_data.people.size() + perPage - 1) / perPage));
}

int NameBadgeRenderer::fittingSize(const QString &text, double width, int largest, int smallest, bool bold)
{
    for (int size = largest; size > smallest; size -= 2) {
        if (QFontMetricsF(EventPrintData::font(size, bold)).horizontalAdvance(text) <= width)
            return size;
    }
    return smallest;
}

void NameBadgeRenderer::paintPage(QPainter &painter, const QSizeF &area, int index) const
{
    const int cols = columns(area);
    const int rowCount = rows(area);
    const QSizeF grid(cols * kBadgeWidth, rowCount * kBadgeHeight);
    const QPointF origin((area.width() - grid.width()) / 2, (area.height() - grid.height()) / 2);
    const int perPage = cols * rowCount;

    // The last page's free places get blank badges, for walk-ins.
    for (int slot = 0; slot < perPage; ++slot) {
        const int i = index * perPage + slot;
        const QRectF rect(origin.x() + (slot % cols) * kBadgeWidth, origin.y() + (slot / cols) * kBadgeHeight,
                          kBadgeWidth, kBadgeHeight);
        paintBadge(painter, rect, i < m_data.people.size() ? &m_data.people.at(i) : nullptr);
    }

    // Cut marks outside the grid, as long as the margin allows, on every cutting line.
    painter.setPen(QPen(kInk, 2));
    const double markX = qMin(kCutMark, origin.x() - 5);
    const double markY = qMin(kCutMark, origin.y() - 5);
    for (int c = 0; c <= cols && markY > 5; ++c) {
        const double x = origin.x() + c * kBadgeWidth;
        painter.drawLine(QPointF(x, origin.y() - 5 - markY), QPointF(x, origin.y() - 5));
        painter.drawLine(QPointF(x, origin.y() + grid.height() + 5),
                         QPointF(x, origin.y() + grid.height() + 5 + markY));
    }
    for (int r = 0; r <= rowCount && markX > 5; ++r) {
        const double y = origin.y() + r * kBadgeHeight;
        painter.drawLine(QPointF(origin.x() - 5 - markX, y), QPointF(origin.x() - 5, y));
        painter.drawLine(QPointF(origin.x() + grid.width() + 5, y),
                         QPointF(origin.x() + grid.width() + 5 + markX, y));
    }
}

void NameBadgeRenderer::paintBadge(QPainter &painter, const QRectF &rect,
                                   const EventPrintData::Person *person) const
{
    // A faint outline, to cut along with scissors.
    painter.setPen(QPen(kOutline, 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);

    const QRectF inner = rect.adjusted(kPadding, kPadding * 0.8, -kPadding, -kPadding * 0.8);
    // The event, small, at the top, over an accent rule.
    painter.setPen(kMuted);
    painter.setFont(EventPrintData::font(26));
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 40),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(painter.font()).elidedText(m_data.title, Qt::ElideRight, inner.width()));
    painter.setPen(QPen(kAccent, 6));
    painter.drawLine(QPointF(inner.left(), inner.top() + 50), QPointF(inner.right(), inner.top() + 50));

    if (!person) {
        // A blank badge: a line to write a name on.
        painter.setPen(QPen(kOutline, 3));
        painter.drawLine(QPointF(inner.left(), inner.center().y() + 60),
                         QPointF(inner.right(), inner.center().y() + 60));
        return;
    }

    // Reading above the name, the name as large as fits, then the affiliation or occupation.
    const double nameTop = inner.top() + 130;
    if (!person->reading.isEmpty()) {
        painter.setPen(kMuted);
        painter.setFont(EventPrintData::font(fittingSize(person->reading, inner.width(), 34, 20, false)));
        painter.drawText(
            QRectF(inner.left(), inner.top() + 70, inner.width(), 55),
            Qt::AlignHCenter | Qt::AlignBottom | Qt::TextSingleLine,
            QFontMetricsF(painter.font()).elidedText(person->reading, Qt::ElideRight, inner.width()));
    }
    painter.setPen(kInk);
    const QRectF nameRect(inner.left(), nameTop, inner.width(), 150);
    const int nameSize = fittingSize(person->name, inner.width(), 110, 36, true);
    // A long name with a space reads better on two lines than in small type on one.
    const qsizetype split = nameSize < 64 ? splitPoint(person->name) : -1;
    bool drawn = false;
    if (split > 0) {
        const QString first = person->name.left(split).trimmed();
        const QString second = person->name.mid(split).trimmed();
        const int size =
            qMin(fittingSize(first.size() >= second.size() ? first : second, inner.width(), 64, 30, true),
                 fittingSize(first.size() >= second.size() ? second : first, inner.width(), 64, 30, true));
        if (size > nameSize) {
            painter.setFont(EventPrintData::font(size, true));
            const QFontMetricsF metrics(painter.font());
            const double line = nameRect.height() / 2;
            painter.drawText(QRectF(nameRect.left(), nameRect.top(), nameRect.width(), line),
                             Qt::AlignHCenter | Qt::AlignBottom | Qt::TextSingleLine,
                             metrics.elidedText(first, Qt::ElideRight, inner.width()));
            painter.drawText(QRectF(nameRect.left(), nameRect.top() + line, nameRect.width(), line),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                             metrics.elidedText(second, Qt::ElideRight, inner.width()));
            drawn = true;
        }
    }
    if (!drawn) {
        painter.setFont(EventPrintData::font(nameSize, true));
        painter.drawText(
            nameRect, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetricsF(painter.font()).elidedText(person->name, Qt::ElideRight, inner.width()));
    }

    QString below = person->affiliation;
    if (!below.isEmpty() && !person->jobTitle.isEmpty())
        below = tr("%1, %2", "affiliation, job title").arg(below, person->jobTitle);
    if (below.isEmpty())
        below = person->occupation;
    if (!below.isEmpty()) {
        painter.setPen(kMuted);
        painter.setFont(EventPrintData::font(fittingSize(below, inner.width(), 36, 24, false)));
        painter.drawText(QRectF(inner.left(), inner.bottom() - 70, inner.width(), 70),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                         QFontMetricsF(painter.font()).elidedText(below, Qt::ElideRight, inner.width()));
    }
}

} // namespace offkai
