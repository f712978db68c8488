#include "SeriesCalendarActions.h"

#include "events/CalendarExportDialog.h"
#include "events/CalendarImportDialog.h"
#include "events/MoveOccurrenceDialog.h"
#include "events/series/AddSeriesCommand.h"
#include "events/series/ConfirmOccurrenceCommand.h"
#include "events/series/DeleteSeriesCommand.h"
#include "events/series/OccurrenceScopeDialog.h"
#include "events/series/SeriesChangeCommand.h"
#include "events/series/SeriesEditorDialog.h"
#include "events/series/SeriesPipelineDialog.h"
#include "events/series/SplitSeriesCommand.h"
#include "records/CommunitySettings.h"
#include "records/Event.h"
#include "records/Series.h"
#include "shell/Icons.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace offkai {

namespace {
/// The occurrence of `series` whose rule date is `date`, wherever it was moved.
std::optional<Occurrence> occurrenceOf(const SeriesStore &store, const Series &series, const QDate &date)
{
    auto around = store.expand(series, date.addDays(-60), date.addDays(60), true);
    if (!around)
        return std::nullopt;
    for (const Occurrence &o : std::as_const(*around)) {
        if (o.occurrenceDate == date)
            return o;
    }
    return std::nullopt;
}
} // namespace

SeriesCalendarActions::SeriesCalendarActions(Workspace &workspace, QUndoStack &undoStack, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_undo(undoStack)
    , m_window(window)
    , m_commandErrors([this](const Error &e) { Q_EMIT errorOccurred(e); })
{
    m_newSeries = new QAction(Icons::get(QStringLiteral("view-calendar")), tr("New &Series…"), this);
    m_newSeries->setStatusTip(tr("Create a recurring series: a talk every 2nd Tuesday, a monthly lunch"));
    connect(m_newSeries, &QAction::triggered, this, [this] { newSeries(); });
    m_pipeline =
        new QAction(Icons::get(QStringLiteral("system-users")), tr("Speakers and &Candidates…"), this);
    m_pipeline->setStatusTip(tr("The next candidate dates of a series and the speakers slotted into them"));
    connect(m_pipeline, &QAction::triggered, this, [this] { openPipeline(); });
    m_import = new QAction(Icons::get(QStringLiteral("document-import")), tr("Import iCa&lendar…"), this);
    m_import->setStatusTip(
        tr("Add the events of an .ics file from Google Calendar, Outlook, Thunderbird or an "
           "event site, with a preview first"));
    connect(m_import, &QAction::triggered, this, [this] { importCalendar(); });
    m_export = new QAction(Icons::get(QStringLiteral("document-export")), tr("E&xport iCalendar…"), this);
    m_export->setStatusTip(
        tr("Save the calendar, or a range of it, as an .ics file other calendars can open"));
    connect(m_export, &QAction::triggered, this, &SeriesCalendarActions::exportCalendar);
}

void SeriesCalendarActions::importCalendar(const QString &path)
{
    CalendarImportDialog dialog(m_workspace, m_window, path);
    if (dialog.exec() != QDialog::Accepted || !dialog.counts())
        return;
    const auto counts = *dialog.counts();
    Q_EMIT statusMessage(tr("Imported: %1 created, %2 updated, %3 unchanged.")
                             .arg(counts.created)
                             .arg(counts.updated)
                             .arg(counts.unchanged));
    Q_EMIT calendarImported();
}

void SeriesCalendarActions::exportCalendar()
{
    CalendarExportDialog dialog(m_workspace, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
        Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(dialog.writtenPath())));
}

void SeriesCalendarActions::newSeries(const QDate &day)
{
    Series initial = SeriesEditorDialog::newSeriesOn(day.isValid() ? day : QDate::currentDate());
    // The community's defaults (Preferences): its zone, fee and capacity.
    if (const auto settings = m_workspace.settings().load()) {
        const Event defaults = settings->newEventOn(initial.firstStart.date());
        initial.timeZone = defaults.timeZone;
        initial.firstStart =
            QDateTime(initial.firstStart.date(), initial.firstStart.time(), initial.timeZone);
        initial.fee = defaults.fee;
        initial.capacity = defaults.capacity;
    }
    SeriesEditorDialog dialog(m_workspace, initial, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddSeriesCommand(m_workspace.series(), m_workspace.seriesSlots(), dialog.series(),
                                         [this](const Error &e) { Q_EMIT errorOccurred(e); });
    m_undo.push(command);
    Q_EMIT statusMessage(tr("Series “%1” created.").arg(dialog.series().title));
}

void SeriesCalendarActions::openPipeline(qint64 seriesId)
{
    if (!m_pipelineDialog) {
        m_pipelineDialog = new SeriesPipelineDialog(m_workspace, m_undo, m_window);
        m_pipelineDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (seriesId > 0)
        m_pipelineDialog->showSeries(seriesId);
    m_pipelineDialog->show();
    m_pipelineDialog->raise();
    m_pipelineDialog->activateWindow();
}

QMenu *SeriesCalendarActions::occurrenceMenu(qint64 seriesId, const QDate &occurrenceDate, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    auto series = m_workspace.series().get(seriesId);
    if (!series)
        return menu;
    const auto occurrence = occurrenceOf(m_workspace.series(), *series, occurrenceDate);
    auto *heading = menu->addAction(series->title);
    heading->setEnabled(false);
    if (occurrence && occurrence->state == Occurrence::State::HolidayMoved)
        menu->addAction(
                tr("Moved from %1 (%2)")
                    .arg(QLocale().toString(occurrenceDate, QLocale::ShortFormat), occurrence->holidayName))
            ->setEnabled(false);
    menu->addSeparator();
    QAction *confirm =
        menu->addAction(Icons::get(QStringLiteral("dialog-ok-apply")), tr("&Confirm as Event"));
    confirm->setObjectName(QStringLiteral("confirm"));
    connect(confirm, &QAction::triggered, this, [=, this] { this->confirm(seriesId, occurrenceDate); });
    QAction *move = menu->addAction(tr("&Move This Occurrence…"));
    move->setObjectName(QStringLiteral("move"));
    connect(move, &QAction::triggered, this, [=, this] { moveOne(seriesId, occurrenceDate); });
    QAction *skipIt = menu->addAction(tr("&Skip This Occurrence"));
    skipIt->setObjectName(QStringLiteral("skip"));
    connect(skipIt, &QAction::triggered, this, [=, this] { skip(seriesId, occurrenceDate); });
    menu->addSeparator();
    QAction *editIt = menu->addAction(Icons::get(QStringLiteral("document-edit")), tr("&Edit Series…"));
    editIt->setObjectName(QStringLiteral("edit"));
    connect(editIt, &QAction::triggered, this, [=, this] { edit(seriesId, occurrenceDate); });
    QAction *pipeline = menu->addAction(tr("Speakers and &Candidates…"));
    pipeline->setObjectName(QStringLiteral("pipeline"));
    connect(pipeline, &QAction::triggered, this, [=, this] { openPipeline(seriesId); });
    QAction *exportIt = menu->addAction(Icons::get(QStringLiteral("document-export")), tr("E&xport Series…"));
    exportIt->setObjectName(QStringLiteral("export"));
    connect(exportIt, &QAction::triggered, this,
            [=, this] { CalendarExportDialog::exportSeries(m_workspace, seriesId, m_window); });
    menu->addSeparator();
    QAction *removeIt = menu->addAction(Icons::get(QStringLiteral("edit-delete")), tr("&Delete Series"));
    removeIt->setObjectName(QStringLiteral("delete"));
    connect(removeIt, &QAction::triggered, this, [=, this] { remove(seriesId); });
    if (m_readOnly) {
        // A viewer may look and export; everything else here changes the series (the server refuses it
        // anyway).
        for (QAction *changes : {confirm, move, skipIt, editIt, pipeline, removeIt})
            changes->setEnabled(false);
    }
    return menu;
}

void SeriesCalendarActions::showOccurrenceMenu(qint64 seriesId, const QDate &occurrenceDate,
                                               const QPoint &globalPos)
{
    QMenu *menu = occurrenceMenu(seriesId, occurrenceDate, m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

qint64 SeriesCalendarActions::confirm(qint64 seriesId, const QDate &occurrenceDate)
{
    auto *command = new ConfirmOccurrenceCommand(m_workspace.seriesSlots(), m_workspace.events(),
                                                 m_workspace.participations(), seriesId, occurrenceDate,
                                                 [this](const Error &e) { Q_EMIT errorOccurred(e); });
    m_undo.push(command); // runs redo(); a failed command makes itself obsolete and is dropped
    const auto found = m_workspace.events().idForOccurrence(seriesId, occurrenceDate);
    const qint64 id = found ? *found : 0;
    if (id == 0)
        return 0;
    Q_EMIT statusMessage(tr("The occurrence is an event now: participants can sign up."));
    Q_EMIT eventConfirmed(id);
    return id;
}

void SeriesCalendarActions::skip(qint64 seriesId, const QDate &occurrenceDate)
{
    m_undo.push(SeriesChangeCommand::skipOccurrence(m_workspace.series(), m_workspace.seriesSlots(), seriesId,
                                                    occurrenceDate,
                                                    [this](const Error &e) { Q_EMIT errorOccurred(e); })
                    .release());
}

void SeriesCalendarActions::moveOne(qint64 seriesId, const QDate &occurrenceDate)
{
    auto series = m_workspace.series().get(seriesId);
    if (!series)
        return Q_EMIT errorOccurred(series.error());
    const auto occurrence = occurrenceOf(m_workspace.series(), *series, occurrenceDate);
    if (!occurrence)
        return;
    MoveOccurrenceDialog dialog(series->title, occurrence->start, occurrence->end, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo.push(SeriesChangeCommand::moveOccurrence(m_workspace.series(), m_workspace.seriesSlots(), seriesId,
                                                    occurrenceDate, dialog.start(), dialog.end(),
                                                    [this](const Error &e) { Q_EMIT errorOccurred(e); })
                    .release());
}

void SeriesCalendarActions::edit(qint64 seriesId, const QDate &occurrenceDate)
{
    auto series = m_workspace.series().get(seriesId);
    if (!series)
        return Q_EMIT errorOccurred(series.error());
    const bool isFirst = occurrenceDate <= series->firstStart.date();
    const auto scope = OccurrenceScopeDialog::ask(series->title, occurrenceDate, isFirst, m_window);
    if (!scope)
        return;
    switch (*scope) {
    case OccurrenceScopeDialog::Scope::ThisOccurrence:
        return moveOne(seriesId, occurrenceDate);
    case OccurrenceScopeDialog::Scope::ThisAndFollowing:
        return isFirst ? editAll(seriesId) : editFollowing(seriesId, occurrenceDate);
    case OccurrenceScopeDialog::Scope::AllOccurrences:
        return editAll(seriesId);
    }
}

void SeriesCalendarActions::editFollowing(qint64 seriesId, const QDate &occurrenceDate)
{
    auto series = m_workspace.series().get(seriesId);
    if (!series)
        return Q_EMIT errorOccurred(series.error());
    Series tail = *series;
    tail.firstStart = QDateTime(occurrenceDate, series->firstStart.time(), series->timeZone);
    SeriesEditorDialog dialog(m_workspace, tail, m_window);
    dialog.setWindowTitle(tr("Edit This and Following Occurrences"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undo.push(new SplitSeriesCommand(m_workspace.series(), m_workspace.seriesSlots(), seriesId,
                                       occurrenceDate, dialog.series(),
                                       [this](const Error &e) { Q_EMIT errorOccurred(e); }));
}

void SeriesCalendarActions::editAll(qint64 seriesId)
{
    auto series = m_workspace.series().get(seriesId);
    if (!series)
        return Q_EMIT errorOccurred(series.error());
    SeriesEditorDialog dialog(m_workspace, *series, m_window);
    // Saved from the dialog, which stays open with what was typed when the save is refused (a conflict
    // with a change made elsewhere first asks which values to keep).
    dialog.setSaveHandler([this](const Series &, const Series &after) -> Result<void> {
        if (auto failure = m_commandErrors.push(
                m_undo, SeriesChangeCommand::edit(m_workspace.series(), m_workspace.seriesSlots(), after,
                                                  m_commandErrors.handler())
                            .release()))
            return *failure;
        return {};
    });
    dialog.exec();
}

void SeriesCalendarActions::remove(qint64 seriesId)
{
    m_undo.push(new DeleteSeriesCommand(m_workspace.series(), m_workspace.seriesSlots(), seriesId,
                                        [this](const Error &e) { Q_EMIT errorOccurred(e); }));
    Q_EMIT statusMessage(tr("Series deleted. Events already confirmed from it stay on the calendar."));
}

} // namespace offkai
