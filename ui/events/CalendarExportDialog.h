#pragma once

#include "workflows/CalendarExporter.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QRadioButton;

namespace offkai {

class Workspace;

/// Exports the calendar to an .ics file: everything, or the events and series of a date range, with or
/// without the organizers' notes. Usage: `CalendarExportDialog dialog(workspace, this); dialog.exec();`.
/// One event or one series goes through the static exportEvent()/exportSeries() (a save-file dialog).
class CalendarExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarExportDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// Presets the range (and selects "range"), e.g. to the month the calendar shows.
    void setRange(const QDate &from, const QDate &to);
    /// Where the last export was written.
    QString writtenPath() const { return m_written; }

    void accept() override;

    /// Asks for a file and writes one event / one series there; false when cancelled or failed (the
    /// failure is shown).
    static bool exportEvent(Workspace &workspace, qint64 eventId, QWidget *parent);
    static bool exportSeries(Workspace &workspace, qint64 seriesId, QWidget *parent);

private:
    static QString askPath(QWidget *parent, const QString &suggestedName);
    static bool save(QWidget *parent, const Result<CalendarExporter::Exported> &exported,
                     const QString &path);

    Workspace &m_workspace;
    QRadioButton *m_all;
    QRadioButton *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_notes;
    QString m_written;
};

} // namespace offkai
