#pragma once

#include "core/Error.h"
#include "items/AgendaModel.h"
#include "shell/CommandErrors.h"
#include "shell/Page.h"

#include <QDate>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace offkai {

class AgendaView;
class EventSummaryView;
class MonthModel;
class MonthView;
class ParticipantsPanel;
class SeriesCalendarActions;
class Workspace;

/// The calendar: a month grid of event chips and an agenda list, the selected event's summary and its
/// participants beside them. New events come from a double-click on a day, events move by dragging their
/// chip to another day, and every change is an undoable command.
class CalendarPage : public Page
{
    Q_OBJECT
public:
    CalendarPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~CalendarPage() override;

    /// The page's name and icon in the navigation, known before the page is built.
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QList<QAction *> pageActions() const override;
    /// Locks creating, editing, deleting and check-in; turning months, printing and exporting stay.
    void enterReadOnly() override;
    QList<QAction *> toolBarActions() const override;
    void focusSearch() override;

    MonthModel *monthModel() const { return m_monthModel; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    MonthView *monthView() const { return m_monthView; }
    AgendaView *agendaView() const { return m_agendaView; }
    ParticipantsPanel *participantsPanel() const { return m_participants; }
    SeriesCalendarActions *seriesActions() const { return m_seriesActions; }
    QLabel *monthTitle() const { return m_monthTitle; }
    EventSummaryView *summaryView() const { return m_summary; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *checkInAction() const { return m_checkInAction; }

    void showMonth(int year, int month);
    void showToday();
    void stepMonth(int delta);
    /// Shows the agenda list (true) or the month grid.
    void showAgenda(bool agenda);
    bool isAgendaShown() const;
    /// Lists upcoming, past or all events in the agenda.
    void setAgendaFilter(AgendaModel::Filter filter);

    /// Selects event `id` (0: none) and shows its details and participants.
    void selectEvent(qint64 id);
    qint64 currentEventId() const { return m_eventId; }

    /// Opens the editor for a new event on `day` (today when invalid), 19:00–21:00.
    void newEvent(const QDate &day = {});
    void editEvent(qint64 id);
    void deleteCurrentEvent();
    /// Moves event `id` to `day` as one undoable command. False when nothing moved.
    bool moveEvent(qint64 id, const QDate &day);

    void editEventTypes();
    void checkIn();
    void openAnnouncement();
    void printAttendanceSheet();
    void printBadges();

Q_SIGNALS:
    /// The organizer wants to write the report of event `eventId` (the window opens the Reports page).
    void writeReportRequested(qint64 eventId);

private:
    void buildActions();
    void updateTitle();
    void updateSummary();
    void updateActions();
    void showMoreMenu(const QDate &date, const QPoint &globalPos);
    void onAgendaCurrentChanged();
    void showError(const Error &error);

    Workspace &m_workspace;
    QUndoStack &m_undo;
    /// Errors of the commands this page pushes: to the code that pushed them, later shown (undo, redo).
    CommandErrors m_commandErrors{[this](const Error &e) {
        showError(e);
    }};
    qint64 m_eventId = 0;
    bool m_readOnly = false;

    MonthModel *m_monthModel = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    MonthView *m_monthView = nullptr;
    AgendaView *m_agendaView = nullptr;
    QStackedWidget *m_views = nullptr;
    QLabel *m_monthTitle = nullptr;
    QToolButton *m_monthButton = nullptr;
    QToolButton *m_agendaButton = nullptr;
    QComboBox *m_agendaFilter = nullptr;
    EventSummaryView *m_summary = nullptr;
    ParticipantsPanel *m_participants = nullptr;
    SeriesCalendarActions *m_seriesActions = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;

    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_checkInAction = nullptr;
    QAction *m_announceAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_printSheetAction = nullptr;
    QAction *m_printBadgesAction = nullptr;
    QAction *m_importParticipantsAction = nullptr;
    QAction *m_typesAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace offkai
