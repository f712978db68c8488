#include "PageRenderer.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace offkai {

QSizeF PageRenderer::area(const QPageLayout &layout)
{
    return layout.paintRect(QPageLayout::Millimeter).size() * kUnitsPerMm;
}

bool PageRenderer::print(QPagedPaintDevice *device) const
{
    const QSizeF size = area(device->pageLayout());
    const int pages = pageCount(size);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scale = device->logicalDpiX() / (25.4 * kUnitsPerMm);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, size, i);
        painter.restore();
    }
    painter.end();
    return true;
}

QImage PageRenderer::pageImage(int index, const QPageLayout &layout, int dpi) const
{
    const QSizeF paper = layout.fullRect(QPageLayout::Millimeter).size();
    const QRectF paint = layout.paintRect(QPageLayout::Millimeter);
    const double pxPerMm = dpi / 25.4;
    QImage image((paper * pxPerMm).toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(paint.topLeft() * pxPerMm);
    painter.scale(pxPerMm / kUnitsPerMm, pxPerMm / kUnitsPerMm);
    paintPage(painter, area(layout), index);
    return image;
}

} // namespace offkai
