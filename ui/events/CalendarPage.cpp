#include "CalendarPage.h"

#include "events/SeriesCalendarActions.h"
#include "scheduling/JapaneseHolidays.h"
#include "stores/SeriesStore.h"

#include "AgendaView.h"
#include "AnnouncementDialog.h"
#include "EventChipDelegate.h"
#include "EventCommandTraits.h"
#include "EventEditorDialog.h"
#include "EventSummaryView.h"
#include "EventTypesDialog.h"
#include "items/AgendaModel.h"
#include "items/MonthModel.h"
#include "MonthView.h"
#include "participants/ParticipantsChangeCommand.h"
#include "participants/ParticipantsPanel.h"
#include "print/EventPrinter.h"
#include "shell/Icons.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "workflows/EventRestorer.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offkai {

namespace {
const QString kSplitterKey = QStringLiteral("calendar/splitter");
const QString kDetailSplitterKey = QStringLiteral("calendar/detailSplitter");
const QString kAgendaKey = QStringLiteral("calendar/agenda");
const QString kFilterKey = QStringLiteral("calendar/agendaFilter");

bool isJapanese(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese;
}
} // namespace

CalendarPage::CalendarPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_undo(undoStack)
{
    setObjectName(QStringLiteral("calendarPage"));
    EventStore &events = m_workspace.events();
    m_monthModel = new MonthModel(events, this);
    m_monthModel->setHolidayLookup(&JapaneseHolidays::nameOf);
    // Series occurrences not confirmed yet show as planned chips beside the events.
    SeriesStore &series = m_workspace.series();
    m_monthModel->setPlannedSource(
        [&series](const QDate &from, const QDate &to) { return series.plannedSummaries(from, to); });
    connect(&series, &SeriesStore::seriesChanged, m_monthModel, &MonthModel::reload);
    connect(&series, &SeriesStore::seriesRemoved, m_monthModel, &MonthModel::reload);
    m_agendaModel = new AgendaModel(events, &m_workspace.participations(), this);

    // The month grid.
    m_monthView = new MonthView(this);
    m_monthView->setObjectName(QStringLiteral("monthView"));
    m_monthView->setMonthModel(m_monthModel);
    m_monthView->setAccessibleName(tr("Month"));
    m_monthView->setPeopleLookup(
        [this](qint64 eventId) { return MonthView::peopleOf(m_workspace, eventId); });

    // The agenda.
    m_agendaView = new AgendaView(this);
    m_agendaView->setObjectName(QStringLiteral("agendaView"));
    m_agendaView->setAgendaModel(m_agendaModel);

    m_views = new QStackedWidget(this);
    m_views->addWidget(m_monthView);
    m_views->addWidget(m_agendaView);

    // Navigation above the views.
    m_monthTitle = new QLabel(this);
    m_monthTitle->setObjectName(QStringLiteral("monthTitle"));
    QFont big = m_monthTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_monthTitle->setFont(big);
    m_monthTitle->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("September 0000")));

    m_seriesActions = new SeriesCalendarActions(m_workspace, m_undo, this);
    connect(m_seriesActions, &SeriesCalendarActions::statusMessage, this, &Page::statusMessage);
    connect(m_seriesActions, &SeriesCalendarActions::errorOccurred, this, &CalendarPage::showError);
    connect(m_seriesActions, &SeriesCalendarActions::eventConfirmed, this, &CalendarPage::selectEvent);
    connect(m_seriesActions, &SeriesCalendarActions::calendarImported, this, [this] {
        m_monthModel->reload();
        m_agendaModel->reload();
    });
    buildActions();
    auto *previous = new QToolButton(this);
    previous->setDefaultAction(m_previousAction);
    previous->setAutoRaise(true);
    auto *next = new QToolButton(this);
    next->setDefaultAction(m_nextAction);
    next->setAutoRaise(true);
    auto *today = new QToolButton(this);
    today->setDefaultAction(m_todayAction);
    today->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_monthButton = new QToolButton(this);
    m_monthButton->setText(tr("Month"));
    m_agendaButton = new QToolButton(this);
    m_agendaButton->setText(tr("Agenda"));
    m_agendaButton->setObjectName(QStringLiteral("agendaButton"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {m_monthButton, m_agendaButton}) {
        button->setCheckable(true);
        modes->addButton(button);
    }
    m_monthButton->setChecked(true);
    connect(m_agendaButton, &QToolButton::toggled, this, &CalendarPage::showAgenda);

    m_agendaFilter = new QComboBox(this);
    m_agendaFilter->setObjectName(QStringLiteral("agendaFilter"));
    m_agendaFilter->setAccessibleName(tr("Show"));
    m_agendaFilter->addItem(tr("Upcoming"), int(AgendaModel::Filter::Upcoming));
    m_agendaFilter->addItem(tr("Past"), int(AgendaModel::Filter::Past));
    m_agendaFilter->addItem(tr("All events"), int(AgendaModel::Filter::All));
    connect(m_agendaFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_agendaModel->setFilter(AgendaModel::Filter(m_agendaFilter->currentData().toInt()));
        QSettings().setValue(kFilterKey, m_agendaFilter->currentIndex());
        const int row = m_agendaModel->rowOf(m_eventId);
        if (row >= 0)
            m_agendaView->selectRow(row);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_monthTitle);
    bar->addStretch(1);
    bar->addWidget(m_agendaFilter);
    bar->addWidget(m_monthButton);
    bar->addWidget(m_agendaButton);

    auto *calendarSide = new QWidget(this);
    auto *calendarLayout = new QVBoxLayout(calendarSide);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    calendarLayout->addLayout(bar);
    calendarLayout->addWidget(m_views, 1);

    // Details of the selected event.
    m_summary = new EventSummaryView(m_workspace, this);
    m_summary->setObjectName(QStringLiteral("eventSummary"));
    m_participants = new ParticipantsPanel(m_workspace, &m_undo, this);
    m_participants->setObjectName(QStringLiteral("participantsPanel"));
    connect(m_participants, &ParticipantsPanel::statusMessage, this, &Page::statusMessage);

    m_detailSplitter = new QSplitter(Qt::Vertical, this);
    m_detailSplitter->setObjectName(QStringLiteral("calendarDetailSplitter"));
    m_detailSplitter->addWidget(m_summary);
    m_detailSplitter->addWidget(m_participants);
    m_detailSplitter->setStretchFactor(0, 2);
    m_detailSplitter->setStretchFactor(1, 3);
    m_detailSplitter->setSizes({300, 450});
    m_detailSplitter->setChildrenCollapsible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("calendarSplitter"));
    m_splitter->addWidget(calendarSide);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 420});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    const QSettings settings;
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_detailSplitter->restoreState(settings.value(kDetailSplitterKey).toByteArray());
    m_agendaFilter->setCurrentIndex(qBound(0, settings.value(kFilterKey, 0).toInt(), 2));

    connect(m_monthView, &MonthView::eventClicked, this, &CalendarPage::selectEvent);
    connect(m_monthView, &MonthView::eventActivated, this, &CalendarPage::editEvent);
    connect(m_monthView, &MonthView::dayActivated, this, &CalendarPage::newEvent);
    connect(m_monthView, &MonthView::moreClicked, this, &CalendarPage::showMoreMenu);
    connect(m_monthView, &MonthView::occurrenceClicked, m_seriesActions,
            &SeriesCalendarActions::showOccurrenceMenu);
    connect(m_monthView, &MonthView::occurrenceActivated, m_seriesActions,
            &SeriesCalendarActions::showOccurrenceMenu);
    connect(m_monthView, &MonthView::eventDropped, this, &CalendarPage::moveEvent);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CalendarPage::onAgendaCurrentChanged);
    connect(m_agendaView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editEvent(index.data(AgendaModel::IdRole).toLongLong()); });
    connect(m_monthModel, &MonthModel::errorOccurred, this, &CalendarPage::showError);
    connect(m_agendaModel, &AgendaModel::errorOccurred, this, &CalendarPage::showError);
    connect(&events, &EventStore::eventRemoved, this, [this](qint64 id) {
        if (id == m_eventId)
            selectEvent(0);
    });
    connect(&events, &EventStore::eventUpdated, this, [this](qint64 id) {
        if (id == m_eventId)
            updateSummary();
    });
    connect(&events, &EventStore::eventInserted, this, [this](qint64 id) {
        if (id == m_eventId)
            selectEvent(id);
    });
    connect(&m_workspace.participations(), &ParticipationStore::changed, this, [this](qint64 id) {
        if (id == m_eventId)
            updateSummary();
    });

    setFocusProxy(m_monthView);
    showToday();
    showAgenda(settings.value(kAgendaKey, false).toBool());
    selectEvent(0);
}

CalendarPage::~CalendarPage()
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kDetailSplitterKey, m_detailSplitter->saveState());
    settings.setValue(kAgendaKey, isAgendaShown());
}

QString CalendarPage::pageTitle()
{
    return tr("Calendar");
}

QIcon CalendarPage::pageIcon()
{
    return Icons::get(QStringLiteral("view-calendar"));
}

void CalendarPage::buildActions()
{
    const auto make = [this](const char *icon, const QString &text, const QString &tip) {
        auto *action = new QAction(Icons::get(QString::fromLatin1(icon)), text, this);
        action->setStatusTip(tip);
        return action;
    };
    m_previousAction = make("go-previous", tr("Pre&vious Month"), tr("Show the month before"));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this] { stepMonth(-1); });
    m_nextAction = make("go-next", tr("Next &Month"), tr("Show the month after"));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    // Page Up and Page Down turn the month while the grid has the focus (elsewhere they scroll lists).
    for (const auto &[key, delta] : {std::pair{Qt::Key_PageUp, -1}, std::pair{Qt::Key_PageDown, 1}}) {
        auto *turn = new QAction(m_monthView);
        turn->setShortcut(QKeySequence(key));
        turn->setShortcutContext(Qt::WidgetShortcut);
        connect(turn, &QAction::triggered, this, [this, delta = delta] { stepMonth(delta); });
        m_monthView->addAction(turn);
    }
    connect(m_nextAction, &QAction::triggered, this, [this] { stepMonth(1); });
    m_todayAction = make("go-jump-today", tr("&Today"), tr("Show this month and select today"));
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_todayAction, &QAction::triggered, this, &CalendarPage::showToday);
    for (QAction *action : {m_previousAction, m_nextAction, m_todayAction})
        action->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                           action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));

    m_newAction = make("list-add", tr("&New Event…"), tr("Add an event on the selected day"));
    // Ctrl+N in the window (New Database has it only while no database is open); Ctrl+Shift+N as before.
    m_newAction->setShortcuts(
        {QKeySequence(QKeySequence::New), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    connect(m_newAction, &QAction::triggered, this,
            [this] { newEvent(m_monthView->currentIndex().data(MonthModel::DateRole).toDate()); });
    m_editAction = make("document-edit", tr("&Edit Event…"), tr("Change the selected event"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, [this] { editEvent(m_eventId); });
    m_deleteAction =
        make("edit-delete", tr("&Delete Event"), tr("Delete the selected event (can be undone)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &CalendarPage::deleteCurrentEvent);
    m_monthView->addAction(m_deleteAction);
    m_agendaView->addAction(m_deleteAction);
    m_checkInAction = make("dialog-ok-apply", tr("Check &In…"), tr("Check people in at the door"));
    m_checkInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_checkInAction, &QAction::triggered, this, &CalendarPage::checkIn);
    m_announceAction = make("mail-send", tr("&Announcement…"), tr("Write the announcement of the event"));
    m_announceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_announceAction, &QAction::triggered, this, &CalendarPage::openAnnouncement);
    m_reportAction =
        make("document-edit", tr("Write &Report…"), tr("Start the post-meetup report of the event"));
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (m_eventId != 0)
            Q_EMIT writeReportRequested(m_eventId);
    });
    m_printSheetAction = make("document-print", tr("&Print Attendance Sheet…"),
                              tr("Print the list of people going, with boxes to tick"));
    m_printSheetAction->setShortcut(QKeySequence::Print);
    connect(m_printSheetAction, &QAction::triggered, this, &CalendarPage::printAttendanceSheet);
    m_printBadgesAction =
        make("document-print", tr("Print Name &Badges…"), tr("Print name badges for the people going"));
    connect(m_printBadgesAction, &QAction::triggered, this, &CalendarPage::printBadges);
    m_importParticipantsAction =
        make("document-import", tr("Imp&ort Participants…"),
             tr("Import the selected event's participants from a connpass, Peatix, Doorkeeper or Zoom file"));
    connect(m_importParticipantsAction, &QAction::triggered, this,
            [this] { m_participants->importParticipants(); });
    m_typesAction = make("configure", tr("Event T&ypes…"), tr("Edit the event types and their colours"));
    connect(m_typesAction, &QAction::triggered, this, &CalendarPage::editEventTypes);

    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    m_pageActions = {m_newAction,
                     m_seriesActions->newSeriesAction(),
                     m_seriesActions->pipelineAction(),
                     separator(),
                     m_seriesActions->importAction(),
                     m_seriesActions->exportAction(),
                     m_importParticipantsAction,
                     separator(),
                     m_editAction,
                     m_deleteAction,
                     separator(),
                     m_checkInAction,
                     m_announceAction,
                     m_reportAction,
                     m_printSheetAction,
                     m_printBadgesAction,
                     separator(),
                     m_previousAction,
                     m_todayAction,
                     m_nextAction,
                     separator(),
                     m_typesAction};

    // Shortcuts work while the page is shown, whether or not the window lists the actions in a menu.
    addActions({m_previousAction, m_nextAction, m_todayAction, m_newAction, m_editAction, m_checkInAction,
                m_announceAction, m_printSheetAction, m_printBadgesAction});
}

QList<QAction *> CalendarPage::pageActions() const
{
    return m_pageActions;
}

void CalendarPage::enterReadOnly()
{
    m_readOnly = true;
    m_seriesActions->setReadOnly(true);
    m_summary->setReadOnly(true);
    for (QAction *reading : {m_previousAction, m_nextAction, m_todayAction, m_printSheetAction,
                             m_printBadgesAction, m_announceAction, m_seriesActions->exportAction()})
        ReadOnlyLock::markReading(reading);
    ReadOnlyLock::lockActions(m_pageActions + toolBarActions() + m_monthView->actions() +
                              m_agendaView->actions());
    ReadOnlyLock::lockForm(m_participants);
}

QList<QAction *> CalendarPage::toolBarActions() const
{
    return {m_newAction, m_editAction, m_deleteAction, m_checkInAction, m_announceAction, m_printSheetAction};
}

void CalendarPage::focusSearch()
{
    (isAgendaShown() ? static_cast<QWidget *>(m_agendaView) : m_monthView)->setFocus(Qt::ShortcutFocusReason);
}

void CalendarPage::showMonth(int year, int month)
{
    const QDate keep = m_monthView->currentIndex().data(MonthModel::DateRole).toDate();
    m_monthModel->setMonth(year, month);
    // Keep the same day of the month selected (clamped to the month's length).
    const QDate first(year, month, 1);
    const QDate day = keep.isValid() ? QDate(year, month, qMin(keep.day(), first.daysInMonth())) : first;
    m_monthView->setCurrentIndex(m_monthModel->indexOf(day));
    updateTitle();
}

void CalendarPage::showToday()
{
    const QDate today = m_monthModel->today();
    m_monthModel->setMonth(today.year(), today.month());
    m_monthView->setCurrentIndex(m_monthModel->indexOf(today));
    updateTitle();
}

void CalendarPage::stepMonth(int delta)
{
    const QDate month = QDate(m_monthModel->year(), m_monthModel->month(), 1).addMonths(delta);
    showMonth(month.year(), month.month());
}

void CalendarPage::showAgenda(bool agenda)
{
    m_views->setCurrentWidget(agenda ? static_cast<QWidget *>(m_agendaView) : m_monthView);
    m_agendaFilter->setVisible(agenda);
    const QSignalBlocker block(m_agendaButton);
    m_agendaButton->setChecked(agenda);
    m_monthButton->setChecked(!agenda);
    m_previousAction->setEnabled(!agenda);
    m_nextAction->setEnabled(!agenda);
    m_todayAction->setEnabled(!agenda);
    if (agenda) {
        const int row = m_agendaModel->rowOf(m_eventId);
        if (row >= 0)
            m_agendaView->selectRow(row);
    } else if (m_eventId != 0) {
        // Back on the grid, show the month of the event chosen in the agenda.
        auto event = m_workspace.events().summary(m_eventId);
        const QDate day = event ? event->firstDay() : QDate();
        if (day.isValid() && !m_monthModel->indexOf(day).isValid())
            showMonth(day.year(), day.month());
    }
    setFocusProxy(agenda ? static_cast<QWidget *>(m_agendaView) : m_monthView);
    updateTitle();
}

void CalendarPage::setAgendaFilter(AgendaModel::Filter filter)
{
    m_agendaFilter->setCurrentIndex(m_agendaFilter->findData(int(filter)));
}

bool CalendarPage::isAgendaShown() const
{
    return m_views->currentWidget() == m_agendaView;
}

void CalendarPage::updateTitle()
{
    if (isAgendaShown()) {
        m_monthTitle->setText(tr("Agenda"));
        return;
    }
    const QLocale locale;
    const int year = m_monthModel->year();
    const int month = m_monthModel->month();
    m_monthTitle->setText(isJapanese(locale)
                              ? QStringLiteral("%1年%2月").arg(year).arg(month)
                              : locale.standaloneMonthName(month) + QLatin1Char(' ') + QString::number(year));
}

void CalendarPage::selectEvent(qint64 id)
{
    m_eventId = id;
    m_monthView->setSelectedEvent(id);
    const int row = m_agendaModel->rowOf(id);
    if (row >= 0 && m_agendaView->currentIndex().row() != row)
        m_agendaView->selectRow(row);
    m_participants->setEvent(id);
    updateSummary();
    updateActions();
}

void CalendarPage::onAgendaCurrentChanged()
{
    const QModelIndex current = m_agendaView->currentIndex();
    if (current.isValid())
        selectEvent(current.data(AgendaModel::IdRole).toLongLong());
}

void CalendarPage::showMoreMenu(const QDate &date, const QPoint &globalPos)
{
    QMenu menu(this);
    for (const MonthChip &chip : m_monthModel->chipsOn(date)) {
        QPixmap swatch(10, 10);
        swatch.fill(QColor(chip.color));
        MonthChip whole = chip;
        whole.continuesBefore = false;
        QAction *action = menu.addAction(QIcon(swatch), EventChipDelegate::chipText(whole, QLocale()));
        const qint64 id = chip.event.id;
        connect(action, &QAction::triggered, this, [this, id] { selectEvent(id); });
    }
    menu.exec(globalPos);
}

void CalendarPage::updateActions()
{
    const bool has = m_eventId != 0;
    for (QAction *action : {m_editAction, m_deleteAction, m_checkInAction, m_announceAction, m_reportAction,
                            m_importParticipantsAction, m_printSheetAction, m_printBadgesAction})
        action->setEnabled(has);
}

void CalendarPage::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Calendar"), error.message(), QMessageBox::Ok, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

void CalendarPage::updateSummary()
{
    m_summary->setEvent(m_eventId);
}

void CalendarPage::newEvent(const QDate &day)
{
    if (m_readOnly)
        return;
    const QDate date = day.isValid() ? day : m_monthModel->today();
    EventEditorDialog dialog(m_workspace, this);
    Event event = EventEditorDialog::newEventOn(date, m_workspace);
    if (auto types = m_workspace.events().types(); types && !types->isEmpty())
        event.type = types->constFirst().key;
    dialog.setEvent(event);
    qint64 added = 0;
    dialog.setSaveHandler([this, &added](const Event &, const Event &e) -> Result<void> {
        auto *command = EventCommand::add(m_workspace, e, m_commandErrors.handler());
        // A command that failed is obsolete and deleted by the stack.
        if (auto failure = m_commandErrors.push(m_undo, command))
            return *failure;
        added = command->recordId();
        return {};
    });
    if (dialog.exec() != QDialog::Accepted || added == 0)
        return;
    selectEvent(added);
    const Event saved = dialog.event();
    Q_EMIT statusMessage(tr("Added “%1”. Undo removes it.").arg(saved.title));
}

void CalendarPage::editEvent(qint64 id)
{
    if (id == 0 || m_readOnly)
        return;
    auto before = m_workspace.events().get(id);
    if (!before)
        return showError(before.error());
    selectEvent(id);
    EventEditorDialog dialog(m_workspace, this);
    dialog.setEvent(*before);
    // `original` is the event as read: the one shown, or, after a conflict, their version.
    dialog.setSaveHandler([this](const Event &original, const Event &after) -> Result<void> {
        if (after.sameContent(original))
            return {};
        // More places (a larger capacity, none at all, or staff no longer counted) promote people from the
        // waitlist; the edit and the promotion are undone together.
        const bool morePlaces =
            (original.capacity && (!after.capacity || *after.capacity > *original.capacity)) ||
            (original.staffCount && !after.staffCount);
        if (morePlaces)
            m_undo.beginMacro(tr("Edit Event “%1”").arg(after.title));
        std::optional<Error> failure = m_commandErrors.push(
            m_undo, EventCommand::edit(m_workspace, original, after, m_commandErrors.handler()));
        QList<qint64> promoted;
        if (!failure && morePlaces) {
            auto done = ParticipantsChangeCommand::run(
                &m_undo, m_workspace.participations(), original.id, tr("Promote from the Waitlist"),
                [&]() -> Result<void> {
                    auto up = m_workspace.participations().promoteWaitlisted(original.id);
                    if (!up)
                        return up.error();
                    promoted = *up;
                    return {};
                },
                [this](const Error &error) { showError(error); });
            if (!done)
                failure = done.error();
        }
        if (morePlaces)
            m_undo.endMacro();
        if (failure)
            return *failure;
        if (!promoted.isEmpty())
            Q_EMIT statusMessage(
                tr("%n person(s) moved from the waitlist to going.", nullptr, int(promoted.size())));
        return {};
    });
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Saved “%1”.").arg(dialog.event().title));
}

void CalendarPage::deleteCurrentEvent()
{
    const qint64 id = m_eventId;
    if (id == 0)
        return;
    auto snapshot = EventRestorer(m_workspace).snapshot(id);
    if (!snapshot)
        return showError(snapshot.error());
    const Event &event = snapshot->event;
    const QList<Participation> &rows = snapshot->participations;
    if (!rows.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Delete Event"),
                        tr("Delete “%1” and the answers and attendance of its %n participant(s)?", nullptr,
                           int(rows.size()))
                            .arg(event.title),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Undo brings the event back with everyone in it."));
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    if (auto failure = m_commandErrors.push(
            m_undo, EventCommand::remove(m_workspace, *snapshot, m_commandErrors.handler())))
        return showError(*failure);
    Q_EMIT statusMessage(tr("Deleted “%1”. Undo brings it back.").arg(event.title));
}

bool CalendarPage::moveEvent(qint64 id, const QDate &day)
{
    auto before = m_workspace.events().get(id);
    if (!before || !day.isValid())
        return false;
    if (before->hasDay() && before->firstDay() == day)
        return false;
    Event after = *before;
    after.moveToDay(day);
    if (auto failure = m_commandErrors.push(
            m_undo, EventCommand::edit(m_workspace, *before, after, m_commandErrors.handler(),
                                       tr("Move Event “%1”").arg(after.title)))) {
        showError(*failure);
        return false;
    }
    selectEvent(id);
    m_monthView->setCurrentIndex(m_monthModel->indexOf(day));
    Q_EMIT statusMessage(
        tr("Moved “%1” to %2. Undo moves it back.").arg(after.title, Event::dateText(day, QLocale())));
    return true;
}

void CalendarPage::editEventTypes()
{
    EventTypesDialog dialog(m_workspace.events(), this);
    dialog.exec();
}

void CalendarPage::checkIn()
{
    if (m_eventId == 0)
        return;
    m_participants->focusCheckIn();
}

void CalendarPage::openAnnouncement()
{
    if (m_eventId == 0)
        return;
    AnnouncementDialog dialog(m_workspace, m_eventId, this);
    dialog.exec();
}

void CalendarPage::printAttendanceSheet()
{
    if (m_eventId == 0)
        return;
    EventPrinter::previewAttendanceSheet(m_workspace, m_eventId, this);
}

void CalendarPage::printBadges()
{
    if (m_eventId == 0)
        return;
    EventPrinter::previewBadges(m_workspace, m_eventId, this);
}

} // namespace offkai
