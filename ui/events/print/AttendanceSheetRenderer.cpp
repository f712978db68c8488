#include "AttendanceSheetRenderer.h"

#include <QFontMetricsF>
#include <QPainter>

namespace offkai {

namespace {
// Everything in 0.1 mm.
constexpr double kHeaderHeight = 240;
constexpr double kFooterHeight = 80;
constexpr double kTableHeaderHeight = 80;
constexpr double kRowHeight = 90;
constexpr double kNumberWidth = 120;
constexpr double kBoxColumnWidth = 180;
constexpr double kPadding = 20;

const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kShade(0xf2, 0xf2, 0xf2);

void drawCell(QPainter &painter, const QRectF &cell, const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    const QRectF inner = cell.adjusted(kPadding, 0, -kPadding, 0);
    const QString elided = QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, inner.width());
    painter.drawText(inner, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, elided);
}
} // namespace

AttendanceSheetRenderer::AttendanceSheetRenderer(EventPrintData data)
    : m_data(std::move(data))
{}

int AttendanceSheetRenderer::rowsPerPage(const QSizeF &area) const
{
    const double table = area.height() - kHeaderHeight - kFooterHeight - kTableHeaderHeight;
    return qMax(1, int(table / kRowHeight));
}

int AttendanceSheetRenderer::pageCount(const QSizeF &area) const
{
    const int perPage = rowsPerPage(area);
    return qMax(1, int((m_data.people.size() + perPage - 1) / perPage));
}

void AttendanceSheetRenderer::paintPage(QPainter &painter, const QSizeF &area, int index) const
{
    const double width = area.width();
    const int perPage = rowsPerPage(area);
    const int pages = pageCount(area);

    // The event, on every page.
    painter.setPen(kInk);
    painter.setFont(EventPrintData::font(60, true));
    const QRectF titleRect(0, 0, width, 80);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(painter.font())
                         .elidedText(tr("Attendance: %1").arg(m_data.title), Qt::ElideRight, width));
    painter.setFont(EventPrintData::font(38));
    painter.setPen(kMuted);
    QStringList details{m_data.when};
    if (!m_data.venue.isEmpty())
        details.append(m_data.venue);
    painter.drawText(QRectF(0, 95, width, 55), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(painter.font())
                         .elidedText(details.join(QStringLiteral("  ·  ")), Qt::ElideRight, width));
    painter.drawText(QRectF(0, 150, width, 55), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     tr("Going: %1    Attended: ______    Walk-ins: ______").arg(m_data.people.size()));

    // The table's columns: number, name, reading, affiliation, box.
    const double rest = width - kNumberWidth - kBoxColumnWidth;
    const double nameWidth = rest * 0.32;
    const double readingWidth = rest * 0.30;
    const double affiliationWidth = rest - nameWidth - readingWidth;
    const QList<double> columns{kNumberWidth, nameWidth, readingWidth, affiliationWidth, kBoxColumnWidth};
    const auto cells = [&](double top, double height) {
        QList<QRectF> rects;
        double x = 0;
        for (double w : columns) {
            rects.append(QRectF(x, top, w, height));
            x += w;
        }
        return rects;
    };

    double y = kHeaderHeight;
    QList<QRectF> head = cells(y, kTableHeaderHeight);
    painter.fillRect(QRectF(0, y, width, kTableHeaderHeight), QColor(0xdd, 0xdd, 0xdd));
    painter.setPen(kInk);
    painter.setFont(EventPrintData::font(34, true));
    drawCell(painter, head.at(0), tr("No."), Qt::AlignRight);
    drawCell(painter, head.at(1), tr("Name"));
    drawCell(painter, head.at(2), tr("Reading"));
    drawCell(painter, head.at(3), tr("Affiliation"));
    drawCell(painter, head.at(4), tr("Here"), Qt::AlignHCenter);
    y += kTableHeaderHeight;

    // The people on this page, then blank rows for walk-ins down to the foot of the last page.
    const int first = index * perPage;
    const bool last = index == pages - 1;
    const int count = last ? perPage : qMin(perPage, int(m_data.people.size()) - first);
    for (int r = 0; r < count; ++r) {
        const int i = first + r;
        const QRectF row(0, y, width, kRowHeight);
        if (r % 2 == 1)
            painter.fillRect(row, kShade);
        const QList<QRectF> cell = cells(y, kRowHeight);
        if (i < m_data.people.size()) {
            const EventPrintData::Person &p = m_data.people.at(i);
            painter.setPen(kMuted);
            painter.setFont(EventPrintData::font(30));
            drawCell(painter, cell.at(0), QString::number(i + 1), Qt::AlignRight);
            painter.setPen(kInk);
            painter.setFont(EventPrintData::font(40, true));
            drawCell(painter, cell.at(1), p.name);
            painter.setFont(EventPrintData::font(32));
            drawCell(painter, cell.at(2), p.reading);
            const QString affiliation = p.affiliation.isEmpty() ? p.occupation : p.affiliation;
            drawCell(painter, cell.at(3), affiliation);
        }
        const QRectF box = cell.at(4);
        const double side = 50;
        painter.setPen(QPen(kInk, 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side));
        painter.setPen(QPen(kRule, 2));
        painter.drawLine(row.bottomLeft(), row.bottomRight());
        y += kRowHeight;
    }

    // Footer.
    painter.setPen(kMuted);
    painter.setFont(EventPrintData::font(30));
    painter.drawText(QRectF(0, area.height() - kFooterHeight + 20, width, kFooterHeight - 20),
                     Qt::AlignHCenter | Qt::AlignBottom | Qt::TextSingleLine,
                     tr("Page %1 of %2").arg(index + 1).arg(pages));
}

} // namespace offkai
