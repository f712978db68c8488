#pragma once

#include <QImage>
#include <QPageLayout>
#include <QSizeF>

class QPagedPaintDevice;
class QPainter;

namespace offkai {

/// Paints a document page by page in millimetre-based units (1 unit = 0.1 mm), onto a printer, a PDF or
/// an image, so that what is printed can be tested and looked at without a print dialog.
class PageRenderer
{
public:
    static constexpr double kUnitsPerMm = 10.0;

    virtual ~PageRenderer() = default;

    /// Pages needed on a page whose printable area is `area` (in units).
    virtual int pageCount(const QSizeF &area) const = 0;
    /// Paints page `index` (from 0) into `area` (units, origin at the top-left of the printable area).
    virtual void paintPage(QPainter &painter, const QSizeF &area, int index) const = 0;

    /// Paints every page onto `device` (a QPrinter or QPdfWriter), within its page layout's paint rect.
    /// Returns false when the device cannot be painted on.
    bool print(QPagedPaintDevice *device) const;
    /// Page `index` on white paper of `layout`, at `dpi`, as it would print.
    QImage pageImage(int index, const QPageLayout &layout, int dpi = 100) const;
    /// The printable area of `layout` in units.
    static QSizeF area(const QPageLayout &layout);
};

} // namespace offkai
