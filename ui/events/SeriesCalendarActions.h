#pragma once

#include "core/Error.h"
#include "shell/CommandErrors.h"

#include <QDate>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace offkai {

class SeriesPipelineDialog;
class Workspace;

/// What the calendar does with recurring series and iCalendar files: the "New Series…", "Speakers and
/// Candidates…", "Import iCalendar…" and "Export iCalendar…" actions, and the menu of a planned occurrence
/// (confirm it as an event, move or skip it, edit this one, this and the following ones or all of them,
/// delete the series). Every change is an undoable command.
class SeriesCalendarActions : public QObject
{
    Q_OBJECT
public:
    SeriesCalendarActions(Workspace &workspace, QUndoStack &undoStack, QWidget *window);

    QAction *newSeriesAction() const { return m_newSeries; }
    QAction *pipelineAction() const { return m_pipeline; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    /// Previews an .ics file and imports it in one transaction (`path` empty: asks for the file).
    void importCalendar(const QString &path = {});
    /// Exports the calendar, or a range of it, as an .ics file.
    void exportCalendar();

    /// Opens the series editor for a new series starting on `day` (today when invalid).
    void newSeries(const QDate &day = {});
    /// The speaker pipeline, showing series `seriesId` (0: the first).
    void openPipeline(qint64 seriesId = 0);
    /// For a viewer: the occurrence menu offers only what reads (export); the rest is disabled.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// The menu of a planned occurrence; built by occurrenceMenu() so that tests can trigger its actions.
    void showOccurrenceMenu(qint64 seriesId, const QDate &occurrenceDate, const QPoint &globalPos);
    QMenu *occurrenceMenu(qint64 seriesId, const QDate &occurrenceDate, QWidget *parent);

    /// Confirms an occurrence as an event (undoable); returns its id, 0 on failure.
    qint64 confirm(qint64 seriesId, const QDate &occurrenceDate);
    void skip(qint64 seriesId, const QDate &occurrenceDate);
    /// Asks which occurrences the change applies to, then opens the right editor.
    void edit(qint64 seriesId, const QDate &occurrenceDate);
    void remove(qint64 seriesId);

Q_SIGNALS:
    void statusMessage(const QString &text);
    /// An occurrence became event `eventId`: the calendar selects it.
    void eventConfirmed(qint64 eventId);
    void errorOccurred(const offkai::Error &error);
    /// An .ics import wrote events or series: the calendar reloads.
    void calendarImported();

private:
    void moveOne(qint64 seriesId, const QDate &occurrenceDate);
    void editFollowing(qint64 seriesId, const QDate &occurrenceDate);
    void editAll(qint64 seriesId);

    Workspace &m_workspace;
    QUndoStack &m_undo;
    QWidget *m_window;
    CommandErrors m_commandErrors;
    bool m_readOnly = false;
    QAction *m_newSeries = nullptr;
    QAction *m_pipeline = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QPointer<SeriesPipelineDialog> m_pipelineDialog;
};

} // namespace offkai
