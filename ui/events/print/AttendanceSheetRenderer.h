#pragma once

#include "EventPrintData.h"
#include "PageRenderer.h"

#include <QCoreApplication>

namespace offkai {

/// The attendance sheet for the door: the event's title, date and venue, then a table of the people
/// going sorted by reading (name, reading, affiliation, a box to tick), with the table's header on every
/// page, blank rows for walk-ins filling the last page, and "page 1 of 2" at the foot.
class AttendanceSheetRenderer : public PageRenderer
{
    Q_DECLARE_TR_FUNCTIONS(offkai::AttendanceSheetRenderer)
public:
    explicit AttendanceSheetRenderer(EventPrintData data);

    /// Table rows that fit on one page of `area`.
    int rowsPerPage(const QSizeF &area) const;
    int pageCount(const QSizeF &area) const override;
    void paintPage(QPainter &painter, const QSizeF &area, int index) const override;

private:
    EventPrintData m_data;
};

} // namespace offkai
