#include "SeriesPipelineDialog.h"

#include "AddSeriesCommand.h"
#include "ConfirmOccurrenceCommand.h"
#include "items/CandidateTableModel.h"
#include "records/Event.h"
#include "scheduling/Recurrence.h"
#include "SeriesChangeCommand.h"
#include "SeriesEditorDialog.h"
#include "shell/CommandErrors.h"
#include "SlotSpeakerDialog.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

#include <memory>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offkai {

SeriesPipelineDialog::SeriesPipelineDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undoStack)
{
    setObjectName(QStringLiteral("seriesPipeline"));
    setWindowTitle(tr("Speaker Pipeline"));
    m_model =
        new CandidateTableModel(m_workspace.series(), m_workspace.seriesSlots(), &m_workspace.events(), this);
    buildUi();
    connect(&m_workspace.series(), &SeriesStore::seriesChanged, this, &SeriesPipelineDialog::reloadSeries);
    connect(&m_workspace.series(), &SeriesStore::seriesRemoved, this, &SeriesPipelineDialog::reloadSeries);
    reloadSeries();
}

SeriesPipelineDialog::~SeriesPipelineDialog() = default;

void SeriesPipelineDialog::buildUi()
{
    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_seriesBox = new QComboBox(this);
    m_seriesBox->setObjectName(QStringLiteral("seriesBox"));
    m_seriesBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 100);
    m_count->setValue(m_model->count());
    //: the number of candidate dates listed, as in "8 dates"
    m_count->setSuffix(tr(" dates"));
    m_count->setAccessibleName(tr("Number of candidate dates"));
    m_newSeries = button(tr("&New Series…"), "newSeries");
    m_editSeries = button(tr("&Edit Series…"), "editSeries");
    auto *seriesLabel = new QLabel(tr("&Series:"), this);
    seriesLabel->setBuddy(m_seriesBox);
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_count);
    auto *top = new QHBoxLayout;
    top->addWidget(seriesLabel);
    top->addWidget(m_seriesBox, 1);
    top->addWidget(showLabel);
    top->addWidget(m_count);
    top->addWidget(m_editSeries);
    top->addWidget(m_newSeries);

    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("ruleDescription"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("candidates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::WhenColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::SpeakerColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::StateColumn,
                                                      QHeaderView::ResizeToContents);

    m_slot = button(tr("Slot S&peaker…"), "slotSpeaker");
    //: the slotted speaker cannot come on the selected date and moves to the next free candidate date
    m_decline = button(tr("Can't &make this date (next candidate date)"), "decline");
    m_decline->setToolTip(tr("The speaker moves to the next free candidate date; Offkai remembers that this "
                             "date does not suit them."));
    m_remove = button(tr("&Remove Speaker"), "removeSpeaker");
    m_confirm = button(tr("&Confirm as Event"), "confirm");
    m_confirm->setToolTip(tr("The date becomes a real event on the calendar, its speaker a participant"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_slot);
    actions->addWidget(m_decline);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_confirm);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rule);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(bottom);
    resize(860, 480);

    connect(m_seriesBox, &QComboBox::currentIndexChanged, this, &SeriesPipelineDialog::showCurrent);
    connect(m_count, &QSpinBox::valueChanged, m_model, &CandidateTableModel::setCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SeriesPipelineDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SeriesPipelineDialog::updateButtons);
    connect(m_model, &CandidateTableModel::errorOccurred, this,
            [this](const Error &error) { setStatus(error.message(), true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SeriesPipelineDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_slot->isEnabled() && m_model->data(m_table->currentIndex(), CandidateTableModel::StateRole) ==
                                       int(CandidateTableModel::State::Free))
            openSlotDialog();
    });
    connect(m_newSeries, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_editSeries, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_slot, &QPushButton::clicked, this, &SeriesPipelineDialog::openSlotDialog);
    connect(m_decline, &QPushButton::clicked, this, &SeriesPipelineDialog::declineSelected);
    connect(m_remove, &QPushButton::clicked, this, &SeriesPipelineDialog::removeSelectedSpeaker);
    connect(m_confirm, &QPushButton::clicked, this, &SeriesPipelineDialog::confirmSelected);
}

void SeriesPipelineDialog::reloadSeries()
{
    const qint64 current = currentSeriesId();
    auto list = m_workspace.series().all();
    {
        const QSignalBlocker block(m_seriesBox);
        m_seriesBox->clear();
        for (const Series &s : list ? *list : QList<Series>())
            m_seriesBox->addItem(s.title, s.id);
    }
    if (!list)
        setStatus(list.error().message(), true);
    showSeries(current);
}

void SeriesPipelineDialog::showSeries(qint64 id)
{
    const int index = m_seriesBox->findData(id);
    const int chosen = index >= 0 ? index : (m_seriesBox->count() > 0 ? 0 : -1);
    if (chosen == m_seriesBox->currentIndex())
        showCurrent(); // the same row: show it afresh
    else
        m_seriesBox->setCurrentIndex(chosen);
}

void SeriesPipelineDialog::showCurrent()
{
    m_model->setSeries(currentSeriesId());
    auto series = m_workspace.series().get(currentSeriesId());
    QString rule;
    if (series) {
        const QLocale locale;
        const QString start = Event::timeText(series->firstStart.time(), locale);
        rule = Recurrence::describe(series->rrule, locale);
        if (!series->durationMinutes)
            //: %1 the repeat rule ("Every month on the 2nd Tuesday"), %2 the start time
            rule = tr("%1, from %2 (open end)").arg(rule, start);
        else if (!series->allDay)
            //: %1 the repeat rule, %2 the start time, %3 the end time
            rule = tr("%1, %2–%3")
                       .arg(rule, start, Event::timeText(series->endFor(series->firstStart).time(), locale));
    }
    m_rule->setText(rule);
    updateButtons();
}

qint64 SeriesPipelineDialog::currentSeriesId() const
{
    return m_seriesBox->currentData().toLongLong();
}

void SeriesPipelineDialog::setFrom(const QDate &from)
{
    m_model->setFrom(from);
}

QString SeriesPipelineDialog::statusText() const
{
    return m_status->text();
}

bool SeriesPipelineDialog::selectCandidate(const QDate &occurrenceDate)
{
    const int row = m_model->rowOf(occurrenceDate);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QDate SeriesPipelineDialog::selectedDate() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QDate()
                          : rows.constFirst().data(CandidateTableModel::OccurrenceDateRole).toDate();
}

QString SeriesPipelineDialog::whenOf(const QDate &occurrenceDate) const
{
    const int row = m_model->rowOf(occurrenceDate);
    if (row >= 0)
        return CandidateTableModel::whenText(m_model->candidateAt(row).occurrence.start, QLocale());
    return QLocale().toString(occurrenceDate, QLocale::ShortFormat);
}

void SeriesPipelineDialog::setStatus(const QString &text, bool isError)
{
    m_status->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_status->setText(text);
}

std::function<void(const Error &)> SeriesPipelineDialog::errorHandler(const std::shared_ptr<bool> &failed)
{
    return [failed, show = laterErrors()](const Error &error) {
        *failed = true;
        show(error);
    };
}

std::function<void(const Error &)> SeriesPipelineDialog::laterErrors()
{
    // The command lives on the app's stack longer than this dialog may, and longer than the caller's frame:
    // an undo refused after the dialog closed is said over the window instead.
    QPointer<SeriesPipelineDialog> self(this);
    QPointer<QWidget> window(parentWidget());
    return [self, window](const Error &error) {
        if (self) {
            self->setStatus(error.message(), true);
            Q_EMIT self->errorOccurred(error);
        } else if (window) {
            QMessageBox::warning(window, tr("Speaker Pipeline"), error.message());
        }
    };
}

void SeriesPipelineDialog::updateButtons()
{
    const bool hasSeries = currentSeriesId() > 0;
    const QDate date = selectedDate();
    const int row = date.isValid() ? m_model->rowOf(date) : -1;
    const auto state =
        row >= 0 ? CandidateTableModel::stateOf(m_model->candidateAt(row)) : CandidateTableModel::State::Free;
    const bool taken = row >= 0 && m_model->candidateAt(row).slot.has_value();
    m_editSeries->setEnabled(hasSeries);
    m_count->setEnabled(hasSeries);
    m_slot->setEnabled(hasSeries);
    m_decline->setEnabled(taken && state != CandidateTableModel::State::Confirmed);
    m_remove->setEnabled(taken);
    m_confirm->setEnabled(row >= 0 && state != CandidateTableModel::State::Confirmed &&
                          state != CandidateTableModel::State::HolidaySkipped);
}

SlotSpeakerDialog *SeriesPipelineDialog::openSlotDialog()
{
    if (currentSeriesId() == 0)
        return nullptr;
    auto *dialog = new SlotSpeakerDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Where the speaker will go: the selected date if it is free, else the first free one listed.
    const QDate selected = selectedDate();
    QDate target;
    for (int row = 0; row < m_model->rowCount() && !target.isValid(); ++row) {
        const Candidate &c = m_model->candidateAt(row);
        if (c.isFree() && c.eventId == 0 && (!selected.isValid() || c.occurrence.occurrenceDate >= selected))
            target = c.occurrence.occurrenceDate;
    }
    dialog->setTargetText(target.isValid()
                              ? tr("The speaker goes to the first free date: %1.").arg(whenOf(target))
                              : tr("The speaker goes to the first free date after those listed."));
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { slotSpeaker(dialog->memberId(), dialog->topic()); });
    dialog->open();
    return dialog;
}

SeriesEditorDialog *SeriesPipelineDialog::openEditor(bool newSeries)
{
    Series initial;
    if (newSeries) {
        initial = SeriesEditorDialog::newSeriesOn(QDate::currentDate().addDays(7));
    } else {
        auto current = m_workspace.series().get(currentSeriesId());
        if (!current) {
            setStatus(current.error().message(), true);
            return nullptr;
        }
        initial = std::move(current).value();
    }
    auto *dialog = new SeriesEditorDialog(m_workspace, initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (newSeries) {
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const auto failed = std::make_shared<bool>(false);
            const Series s = dialog->series();
            auto *command = new AddSeriesCommand(m_workspace.series(), m_workspace.seriesSlots(), s,
                                                 errorHandler(failed));
            m_undo.push(command);
            if (!*failed) {
                showSeries(command->seriesId());
                setStatus(tr("Added the series “%1”.").arg(s.title));
            }
        });
    } else {
        // Saved from the editor, which stays open with what was typed when the save is refused (a conflict
        // with a change made elsewhere first asks which values to keep).
        dialog->setSaveHandler([this](const Series &, const Series &after) -> Result<void> {
            const auto failure = CommandErrors::pushOnce(
                m_undo,
                [this, &after](CommandErrors::Handler handler) {
                    return SeriesChangeCommand::edit(m_workspace.series(), m_workspace.seriesSlots(), after,
                                                     std::move(handler))
                        .release();
                },
                laterErrors());
            if (failure)
                return *failure;
            setStatus(tr("Saved the series “%1”.").arg(after.title));
            return {};
        });
    }
    dialog->open();
    return dialog;
}

QDate SeriesPipelineDialog::slotSpeaker(qint64 memberId, const QString &topic)
{
    const qint64 id = currentSeriesId();
    if (id == 0 || memberId == 0)
        return {};
    const QDate selected = selectedDate();
    const QDate from = selected.isValid() ? selected : m_model->from();
    auto member = m_workspace.members().get(memberId);
    const QString name = member ? member->displayName : QString();
    auto placed = std::make_shared<QDate>();
    const auto failed = std::make_shared<bool>(false);
    m_undo.push(new SeriesChangeCommand(
        m_workspace.seriesSlots(), id, tr("Slot Speaker %1").arg(name),
        [=, this]() -> Result<void> {
            auto date = m_workspace.seriesSlots().slotSpeaker(id, memberId, topic, from);
            if (!date)
                return date.error();
            *placed = *date;
            return {};
        },
        errorHandler(failed)));
    if (*failed)
        return {};
    selectCandidate(*placed);
    //: %1 the speaker, %2 the date and time
    setStatus(tr("Slotted %1 on %2.").arg(name, whenOf(*placed)));
    return *placed;
}

QDate SeriesPipelineDialog::declineSelected()
{
    const qint64 id = currentSeriesId();
    const QDate date = selectedDate();
    const int row = m_model->rowOf(date);
    if (id == 0 || row < 0 || !m_model->candidateAt(row).slot)
        return {};
    const QString name = m_model->candidateAt(row).slot->memberName;
    const QString was = whenOf(date);
    auto moved = std::make_shared<QDate>();
    const auto failed = std::make_shared<bool>(false);
    m_undo.push(new SeriesChangeCommand(
        m_workspace.seriesSlots(), id, tr("%1 Declines").arg(name),
        [=, this]() -> Result<void> {
            auto next = m_workspace.seriesSlots().declineSlot(id, date);
            if (!next)
                return next.error();
            *moved = *next;
            return {};
        },
        errorHandler(failed)));
    if (*failed)
        return {};
    selectCandidate(*moved);
    //: %1 the speaker, %2 the date declined, %3 the next free date
    setStatus(tr("%1 declined %2 and moved to %3.").arg(name, was, whenOf(*moved)));
    return *moved;
}

void SeriesPipelineDialog::removeSelectedSpeaker()
{
    const qint64 id = currentSeriesId();
    const QDate date = selectedDate();
    const int row = m_model->rowOf(date);
    if (id == 0 || row < 0 || !m_model->candidateAt(row).slot)
        return;
    const QString name = m_model->candidateAt(row).slot->memberName;
    const auto failed = std::make_shared<bool>(false);
    m_undo.push(new SeriesChangeCommand(
        m_workspace.seriesSlots(), id, tr("Remove Speaker %1").arg(name),
        [this, id, date] { return m_workspace.seriesSlots().removeSlot(id, date); }, errorHandler(failed)));
    if (!*failed)
        setStatus(tr("Removed %1 from %2.").arg(name, whenOf(date)));
}

void SeriesPipelineDialog::confirmSelected()
{
    const qint64 id = currentSeriesId();
    const QDate date = selectedDate();
    if (id == 0 || !date.isValid())
        return;
    const auto failed = std::make_shared<bool>(false);
    m_undo.push(new ConfirmOccurrenceCommand(m_workspace.seriesSlots(), m_workspace.events(),
                                             m_workspace.participations(), id, date, errorHandler(failed)));
    if (!*failed)
        setStatus(tr("%1 is now an event on the calendar.").arg(whenOf(date)));
}

} // namespace offkai
