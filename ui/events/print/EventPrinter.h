#pragma once

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace offkai {

class Workspace;

/// Print previews (and so printing and PDF) of an event's attendance sheet and name badges.
class EventPrinter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::EventPrinter)
public:
    enum class Document
    {
        AttendanceSheet,
        Badges
    };

    static void previewAttendanceSheet(Workspace &workspace, qint64 eventId, QWidget *parent);
    static void previewBadges(Workspace &workspace, qint64 eventId, QWidget *parent);

    /// A4 portrait with the margins the document is laid out for (badges need narrow ones).
    static void setUpPrinter(QPrinter &printer, Document document);

private:
    static void preview(Workspace &workspace, qint64 eventId, Document document, QWidget *parent);
};

} // namespace offkai
