#include "EventPrinter.h"

#include "AttendanceSheetRenderer.h"
#include "EventPrintData.h"
#include "NameBadgeRenderer.h"

#include <memory>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrinter>
#include <QPrintPreviewDialog>

namespace offkai {

void EventPrinter::setUpPrinter(QPrinter &printer, Document document)
{
    const double margin = document == Document::Badges ? 8.0 : 12.0;
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter));
}

void EventPrinter::previewAttendanceSheet(Workspace &workspace, qint64 eventId, QWidget *parent)
{
    preview(workspace, eventId, Document::AttendanceSheet, parent);
}

void EventPrinter::previewBadges(Workspace &workspace, qint64 eventId, QWidget *parent)
{
    preview(workspace, eventId, Document::Badges, parent);
}

void EventPrinter::preview(Workspace &workspace, qint64 eventId, Document document, QWidget *parent)
{
    auto data = EventPrintData::load(workspace, eventId);
    const QString title =
        document == Document::Badges ? tr("Print Name Badges") : tr("Print Attendance Sheet");
    if (!data) {
        QMessageBox::warning(parent, title, data.error().message());
        return;
    }
    std::unique_ptr<PageRenderer> renderer;
    if (document == Document::Badges)
        renderer = std::make_unique<NameBadgeRenderer>(*data);
    else
        renderer = std::make_unique<AttendanceSheetRenderer>(*data);

    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, document);
    printer.setDocName(document == Document::Badges ? tr("Name badges – %1").arg(data->title)
                                                    : tr("Attendance – %1").arg(data->title));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer](QPrinter *target) { renderer->print(target); });
    dialog.exec();
}

} // namespace offkai
