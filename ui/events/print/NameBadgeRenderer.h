#pragma once

#include "EventPrintData.h"
#include "PageRenderer.h"

#include <QCoreApplication>

namespace offkai {

/// Name badges of business-card size (91 × 55 mm) in a grid, 2 × 5 on A4: the reading above the name
/// in large type (shrunk to fit a long name), the affiliation with the job title (or the occupation)
/// below, the event's title at the top; cut marks around the grid and faint outlines between cards.
/// The free places of the last page get blank badges for walk-ins. A long name with a space is set on
/// two lines when that allows larger type.
class NameBadgeRenderer : public PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(offkai::NameBadgeRenderer)
public:
    static constexpr double kBadgeWidth = 910;  ///< 0.1 mm
    static constexpr double kBadgeHeight = 550; ///< 0.1 mm

    explicit NameBadgeRenderer(EventPrintData data);

    /// Columns and rows of badges that fit in `area`.
    static int columns(const QSizeF &area);
    static int rows(const QSizeF &area);
    int pageCount(const QSizeF &area) const override;
    void paintPage(QPainter &painter, const QSizeF &area, int index) const override;

    /// The largest font size (units, from `largest` down to `smallest`) at which `text` fits `width`.
    static int fittingSize(const QString &text, double width, int largest, int smallest, bool bold);

private:
    void paintBadge(QPainter &painter, const QRectF &rect, const EventPrintData::Person *person) const;

    EventPrintData m_data;
};

} // namespace offkai
