#include "ParticipantsPanel.h"

#include "ParticipantImportDialog.h"

#include "BillSplitDialog.h"
#include "items/ParticipantTableModel.h"
#include "MemberPicker.h"
#include "members/MemberCommandTraits.h"
#include "ParticipantsChangeCommand.h"
#include "records/MemberQuery.h"
#include "reports/HeadcountText.h"
#include "stores/EventStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offkai {

ParticipantsPanel::ParticipantsPanel(Workspace &workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_title(new QLabel(this))
    , m_headcount(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ParticipantTableModel(workspace.participations(), this))
    , m_menu(new QMenu(this))
{
    m_checkIn = new MemberPicker(
        tr("Check in: name or reading, then Enter"),
        [this](const QString &text) {
            QList<MemberPicker::Candidate> found;
            const QLocale locale;
            for (int row : m_model->match(text)) {
                const ParticipantRow &r = m_model->rowAt(row);
                QString detail;
                if (r.participation.attended && r.participation.checkedInAt.isValid())
                    detail =
                        tr("checked in at %1")
                            .arg(m_model->data(m_model->index(row, ParticipantTableModel::CheckedInColumn))
                                     .toString());
                else if (r.participation.attended)
                    detail = tr("already here");
                else
                    detail = Participation::rsvpLabel(r.participation.rsvp);
                found.append(
                    {r.participation.memberId,
                     r.reading.isEmpty() ? r.displayName : tr("%1 (%2)").arg(r.displayName, r.reading),
                     detail});
            }
            if (found.size() < 6) {
                MemberQuery query;
                query.search = text;
                auto others = m_workspace.memberList().fetch(query, 0, 6);
                for (const MemberRow &m : others ? *others : QList<MemberRow>()) {
                    if (m_model->rowOf(m.id) >= 0)
                        continue;
                    found.append(
                        {m.id,
                         m.reading.isEmpty() ? m.displayName : tr("%1 (%2)").arg(m.displayName, m.reading),
                         tr("walk-in: not registered for this event")});
                }
            }
            return found;
        },
        this);
    m_add = new MemberPicker(
        tr("Add people: name or reading"),
        [this](const QString &text) {
            QList<MemberPicker::Candidate> found;
            MemberQuery query;
            query.search = text;
            auto members = m_workspace.memberList().fetch(query, 0, 8);
            for (const MemberRow &m : members ? *members : QList<MemberRow>()) {
                found.append(
                    {m.id, m.reading.isEmpty() ? m.displayName : tr("%1 (%2)").arg(m.displayName, m.reading),
                     m_model->rowOf(m.id) >= 0 ? tr("already in this event") : m.affiliation});
            }
            return found;
        },
        this);

    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_headcount->setObjectName(QStringLiteral("headcount"));
    m_headcount->setWordWrap(true);
    m_headcount->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Participants"));
    m_table->setWordWrap(false);
    // Fitting columns to a 500-person list would measure every row; a sample gives the same widths.
    m_table->horizontalHeader()->setResizeContentsPrecision(40);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *walkIn = new QPushButton(tr("New &Walk-in…"), this);
    walkIn->setToolTip(
        tr("Someone who is not in the directory yet: add them with just a name and check them in"));
    auto *came = new QPushButton(tr("Mark as &Came"), this);
    came->setToolTip(tr("Tick everyone selected as having come (attendance from a paper list)"));
    auto *split = new QPushButton(tr("&Split the Bill…"), this);
    auto *import = new QPushButton(tr("I&mport…"), this);
    import->setToolTip(tr("Import the participants from a connpass, Peatix, Doorkeeper or Zoom file"));

    // Two buttons a row, so that the fields keep the width of what people type into them.
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_checkIn, 3);
    pickers->addWidget(walkIn, 0, Qt::AlignTop);
    pickers->addWidget(came, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add, 3);
    buttons->addWidget(split, 0, Qt::AlignTop);
    buttons->addWidget(import, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->hide(); // the page shows the event above the panel; the title stays for accessibility
    layout->addWidget(m_title);
    layout->addWidget(m_headcount);
    layout->addLayout(pickers);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_checkIn, &MemberPicker::picked, this, &ParticipantsPanel::checkIn);
    connect(m_checkIn, &MemberPicker::unmatched, this, [this](const QString &name) {
        const auto answer = QMessageBox::question(
            this, tr("New Walk-in"),
            tr("Nobody called “%1” is in the directory. Add them as a new member and check them in?")
                .arg(name));
        if (answer == QMessageBox::Yes)
            addWalkIn(name);
    });
    connect(m_add, &MemberPicker::picked, this, &ParticipantsPanel::addMember);
    connect(walkIn, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New Walk-in"), tr("Name of the person who came:"),
                                  QLineEdit::Normal, m_checkIn->lineEdit()->text(), &ok);
        if (ok && !name.trimmed().isEmpty())
            addWalkIn(name.trimmed());
    });
    connect(came, &QPushButton::clicked, this, [this] { setAttended(selectedMembers(), true); });
    connect(split, &QPushButton::clicked, this, &ParticipantsPanel::splitBill);
    connect(import, &QPushButton::clicked, this, [this] { importParticipants(); });
    // Columns fitted to an empty list are too narrow for the first rows (an import, an undo): fit again.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_fitColumns = m_model->rowCount() == 0; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_fitColumns && m_model->rowCount() > 0)
            fitColumns();
        m_fitColumns = false;
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != ParticipantTableModel::AttendedColumn)
            return;
        const ParticipantRow &r = m_model->rowAt(index.row());
        setAttended({r.participation.memberId}, !r.participation.attended);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ParticipantsPanel::showContextMenu);
    connect(&m_workspace.participations(), &ParticipationStore::changed, this, [this](qint64 id) {
        if (id == m_eventId) {
            updateHeadcount();
            m_checkIn->refresh();
        }
    });
    connect(&m_workspace.events(), &EventStore::eventUpdated, this, [this](qint64 id) {
        if (id == m_eventId)
            setEvent(id);
    });
    connect(m_model, &ParticipantTableModel::errorOccurred, this, &ParticipantsPanel::showError);
    setEvent(0);
}

void ParticipantsPanel::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    QTimeZone zone;
    std::optional<int> fee;
    if (eventId > 0) {
        auto event = m_workspace.events().get(eventId);
        if (event) {
            zone = event->timeZone;
            fee = event->fee;
            m_title->setText(event->title);
        } else {
            m_eventId = 0;
        }
    }
    m_model->setEvent(m_eventId, zone, fee);
    fitColumns();
    setEnabled(m_eventId > 0);
    if (m_eventId == 0)
        m_title->setText(tr("No event selected"));
    updateHeadcount();
}

void ParticipantsPanel::focusCheckIn()
{
    m_checkIn->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_checkIn->lineEdit()->selectAll();
}

void ParticipantsPanel::fitColumns()
{
    m_table->resizeColumnsToContents();
    // On a narrow panel the columns of the day (came, checked in, answer, role, due, paid) stay in view
    // beside the name: a long name is cut ("…") before they are pushed out of sight.
    int others = 0;
    for (int column = ParticipantTableModel::AttendedColumn; column <= ParticipantTableModel::PaidColumn;
         ++column)
        others += m_table->columnWidth(column);
    const int room = m_table->viewport()->width() - others;
    const int least = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8;
    if (m_table->columnWidth(ParticipantTableModel::NameColumn) > room)
        m_table->setColumnWidth(ParticipantTableModel::NameColumn, qMax(least, room));
}

void ParticipantsPanel::updateHeadcount()
{
    if (m_eventId == 0) {
        m_headcount->clear();
        return;
    }
    auto count = m_workspace.participations().headcount(m_eventId);
    auto paid = m_workspace.participations().totalPaid(m_eventId);
    if (!count || !paid) {
        showError(!count ? count.error() : paid.error());
        return;
    }
    const QLocale locale;
    QStringList parts{HeadcountText::text(*count, locale)};
    if (count->maybe > 0)
        parts << tr("Maybe: %1").arg(count->maybe);
    if (*paid > 0)
        parts << tr("Collected: %1 yen").arg(locale.toString(*paid));
    m_headcount->setText(parts.join(QStringLiteral(" · ")));
}

void ParticipantsPanel::change(const QString &text, const std::function<Result<void>()> &work)
{
    auto done = ParticipantsChangeCommand::run(m_undoStack, m_workspace.participations(), m_eventId, text,
                                               work, [this](const Error &e) { showError(e); });
    if (!done)
        showError(done.error());
}

void ParticipantsPanel::showError(const Error &error)
{
    QMessageBox::warning(this, tr("Participants"), error.message());
}

QString ParticipantsPanel::namesOf(const QList<qint64> &memberIds) const
{
    QStringList names;
    for (qint64 id : memberIds) {
        const int row = m_model->rowOf(id);
        names << (row >= 0 ? m_model->rowAt(row).displayName : QString::number(id));
    }
    return QLocale().createSeparatedList(names);
}

void ParticipantsPanel::checkIn(qint64 memberId)
{
    if (m_eventId == 0)
        return;
    const int row = m_model->rowOf(memberId);
    if (row >= 0 && m_model->rowAt(row).participation.attended) {
        Q_EMIT statusMessage(tr("%1 is already checked in.").arg(m_model->rowAt(row).displayName));
        return;
    }
    QString name;
    change(tr("Check In"), [&]() -> Result<void> {
        auto p = m_workspace.participations().checkIn(m_eventId, memberId);
        if (!p)
            return p.error();
        return {};
    });
    const int now = m_model->rowOf(memberId);
    if (now >= 0 && m_model->rowAt(now).participation.attended) {
        m_table->selectRow(now);
        m_table->scrollTo(m_model->index(now, 0));
        auto count = m_workspace.participations().headcount(m_eventId);
        Q_EMIT statusMessage(
            tr("%1 checked in: %2")
                .arg(m_model->rowAt(now).displayName, count ? HeadcountText::text(*count) : QString()));
    }
}

void ParticipantsPanel::addWalkIn(const QString &name)
{
    if (m_eventId == 0)
        return;
    Member member;
    member.displayName = name;
    member.status = Member::Status::Active;
    member.joinedOn = QDate::currentDate();
    if (auto valid = MemberStore::validate(member); !valid) {
        showError(valid.error());
        return;
    }
    bool failed = false;
    auto onError = [this, &failed](const Error &e) {
        failed = true;
        showError(e);
    };
    m_undoStack->beginMacro(tr("Walk-in %1").arg(name));
    auto *add = MemberCommand::add(m_workspace.members(), member, onError);
    m_undoStack->push(add);
    if (!failed && add->recordId() > 0) {
        const qint64 id = add->recordId();
        change(tr("Check In"), [&]() -> Result<void> {
            auto p = m_workspace.participations().checkIn(m_eventId, id);
            if (!p)
                return p.error();
            return {};
        });
    }
    m_undoStack->endMacro();
    if (!failed)
        Q_EMIT statusMessage(tr("%1 added as a new member and checked in.").arg(name));
}

void ParticipantsPanel::addMember(qint64 memberId)
{
    if (m_eventId == 0)
        return;
    Participation added;
    change(tr("Add Participant"), [&]() -> Result<void> {
        auto p = m_workspace.participations().add(m_eventId, memberId);
        if (!p)
            return p.error();
        added = *p;
        return {};
    });
    if (added.memberId == memberId) {
        const QString name = namesOf({memberId});
        Q_EMIT statusMessage(added.rsvp == Participation::Rsvp::Waitlisted
                                 ? tr("The event is full: %1 is on the waitlist.").arg(name)
                                 : tr("%1 added to the event.").arg(name));
    }
}

void ParticipantsPanel::setAttended(const QList<qint64> &memberIds, bool attended)
{
    if (m_eventId == 0 || memberIds.isEmpty())
        return;
    change(attended ? tr("Mark as Came") : tr("Mark as Not Came"), [&]() -> Result<void> {
        auto n = m_workspace.participations().markAttended(m_eventId, memberIds, attended);
        if (!n)
            return n.error();
        return {};
    });
}

void ParticipantsPanel::changeEach(const QList<qint64> &memberIds, const QString &text,
                                   const std::function<Result<QList<qint64>>(qint64)> &changeOne)
{
    if (m_eventId == 0 || memberIds.isEmpty())
        return;
    QList<qint64> promoted;
    change(text, [&]() -> Result<void> {
        for (qint64 id : memberIds) {
            auto up = changeOne(id);
            if (!up)
                return up.error();
            promoted += *up;
        }
        return {};
    });
    if (!promoted.isEmpty())
        Q_EMIT statusMessage(
            tr("A place became free: %1 moved from the waitlist to going.").arg(namesOf(promoted)));
}

void ParticipantsPanel::setRsvp(const QList<qint64> &memberIds, int rsvp)
{
    changeEach(memberIds, tr("Change Answer"), [this, rsvp](qint64 id) {
        return m_workspace.participations().setRsvp(m_eventId, id, Participation::Rsvp(rsvp));
    });
}

void ParticipantsPanel::setRole(const QList<qint64> &memberIds, int role)
{
    changeEach(memberIds, tr("Change Role"), [this, role](qint64 id) {
        return m_workspace.participations().setRole(m_eventId, id, Participation::Role(role));
    });
}

ParticipantImportDialog *ParticipantsPanel::importParticipants(const QString &path)
{
    if (m_eventId == 0)
        return nullptr;
    auto *dialog = new ParticipantImportDialog(m_workspace, m_eventId, m_undoStack, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ParticipantImportDialog::statusMessage, this, &ParticipantsPanel::statusMessage);
    if (!path.isEmpty())
        dialog->setFile(path);
    dialog->open();
    return dialog;
}

void ParticipantsPanel::splitBill()
{
    if (m_eventId == 0)
        return;
    auto rows = m_workspace.participations().participantsOf(m_eventId);
    if (!rows) {
        showError(rows.error());
        return;
    }
    BillSplitDialog dialog(*rows, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto shares = dialog.shares();
    change(tr("Split the Bill"), [&]() { return m_workspace.participations().setDue(m_eventId, shares); });
}

void ParticipantsPanel::recordPayment()
{
    const QList<qint64> ids = selectedMembers();
    if (m_eventId == 0 || ids.size() != 1)
        return;
    const int row = m_model->rowOf(ids.constFirst());
    const ParticipantRow &r = m_model->rowAt(row);
    const int due =
        m_model->data(m_model->index(row, ParticipantTableModel::DueColumn)).toString().isEmpty()
            ? 0
            : QLocale().toInt(
                  m_model->data(m_model->index(row, ParticipantTableModel::DueColumn)).toString());
    bool ok = false;
    const int amount =
        QInputDialog::getInt(this, tr("Record Payment"), tr("Amount %1 paid:").arg(r.displayName),
                             r.participation.feePaid.value_or(due), 0, 100'000'000, 100, &ok);
    if (!ok)
        return;
    change(tr("Record Payment"),
           [&]() { return m_workspace.participations().setPaid(m_eventId, ids.constFirst(), amount); });
}

void ParticipantsPanel::removeSelected()
{
    const QList<qint64> ids = selectedMembers();
    if (m_eventId == 0 || ids.isEmpty())
        return;
    change(tr("Remove from Event"), [&]() -> Result<void> {
        for (qint64 id : ids) {
            if (auto done = m_workspace.participations().remove(m_eventId, id); !done)
                return done;
        }
        return {};
    });
}

QList<qint64> ParticipantsPanel::selectedMembers() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->rowAt(index.row()).participation.memberId);
    return ids;
}

void ParticipantsPanel::showContextMenu(const QPoint &pos)
{
    const QList<qint64> ids = selectedMembers();
    if (ids.isEmpty())
        return;
    m_menu->clear();
    QMenu *answer = m_menu->addMenu(tr("&Answer"));
    for (Participation::Rsvp rsvp : Participation::allRsvps())
        answer->addAction(Participation::rsvpLabel(rsvp), this,
                          [this, ids, rsvp] { setRsvp(ids, int(rsvp)); });
    QMenu *role = m_menu->addMenu(tr("&Role"));
    for (Participation::Role r : Participation::allRoles())
        role->addAction(Participation::roleLabel(r), this, [this, ids, r] { setRole(ids, int(r)); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Mark as &Came"), this, [this, ids] { setAttended(ids, true); });
    m_menu->addAction(tr("Mark as &Not Came"), this, [this, ids] { setAttended(ids, false); });
    QAction *pay = m_menu->addAction(tr("Record &Payment…"), this, &ParticipantsPanel::recordPayment);
    pay->setEnabled(ids.size() == 1);
    m_menu->addAction(tr("&Split the Bill…"), this, &ParticipantsPanel::splitBill);
    m_menu->addSeparator();
    m_menu->addAction(tr("Remove from &Event"), this, &ParticipantsPanel::removeSelected);
    m_menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace offkai
