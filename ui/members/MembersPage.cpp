#include "MembersPage.h"

#include "DuplicatesDialog.h"
#include "events/EventHistoryView.h"
#include "import/MemberImportWizard.h"
#include "ImportMembersCommand.h"
#include "items/MemberTableModel.h"
#include "MemberEditor.h"
#include "MemberEngagementView.h"
#include "MemberExportDialog.h"
#include "MemberSaver.h"
#include "MembersChangeCommand.h"
#include "MemberSettingsDialog.h"
#include "records/Occupation.h"
#include "shell/EmptyListNotice.h"
#include "shell/Icons.h"
#include "stores/EventStore.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberDuplicates.h"
#include "stores/MemberEngagement.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/OccupationCatalog.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "workflows/MemberRestorer.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offkai {

MembersPage::MembersPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : ListDetailPage(undoStack, parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("membersPage"));
    MemberStore &store = m_workspace.members();
    m_model = new MemberTableModel(m_workspace.memberTables(), this);

    createSearchField(QStringLiteral("memberSearch"),
                      tr("Search name, reading, email, work, skills, tags, notes…"), tr("Search members"));
    // Each keystroke is one SQL query; a short pause lets fast typists finish a word first.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (Member::Status status : Member::allStatuses())
        m_statusFilter->addItem(Member::statusLabel(status), int(status));
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Tag"));
    m_occupationFilter = new QComboBox(this);
    m_occupationFilter->setObjectName(QStringLiteral("occupationFilter"));
    m_occupationFilter->setAccessibleName(tr("Occupation"));
    m_seenFilter = new QComboBox(this);
    m_seenFilter->setObjectName(QStringLiteral("seenFilter"));
    m_seenFilter->setAccessibleName(tr("Attendance"));
    // The filters whose choices the organizer names (tags, occupations) or that read long leave the
    // search field room for what is typed (at 1366×768 in Japanese they took all but a few characters of
    // it); each open list shows its choices in full.
    for (QComboBox *combo : {m_tagFilter, m_occupationFilter, m_seenFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_tagFilter ? 7 : 10);
    }
    m_seenFilter->addItem(tr("Any attendance"), 0);
    for (int months : {3, 6, 12, 24})
        m_seenFilter->addItem(tr("Not seen for %n month(s)", nullptr, months), months);
    m_seenFilter->setToolTip(tr("People to invite back: active members whose last attendance was longer ago "
                                "than this, or who never came and joined longer ago than this"));

    m_applicantsBanner = new QPushButton(this);
    m_applicantsBanner->setObjectName(QStringLiteral("applicantsBanner"));
    m_applicantsBanner->setIcon(Icons::get(QStringLiteral("dialog-information")));
    m_applicantsBanner->setStyleSheet(
        QStringLiteral("text-align: left; padding: 6px; background: #fff4d6; "
                       "color: #5b4300; border: 1px solid #e8c66a; border-radius: 4px;"));
    connect(m_applicantsBanner, &QPushButton::clicked, this, &MembersPage::showApplicants);

    createTable(m_model, MemberTableModel::IdRole, QStringLiteral("memberTable"), tr("Members"),
                fontMetrics().height() + 10);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    createCountLabel();
    m_emptyNotice = new EmptyListNotice(m_view);
    m_emptyNotice->setObjectName(QStringLiteral("memberListEmpty"));

    m_editor = new MemberEditor(this);
    m_saver =
        std::make_unique<MemberSaver>(workspace, undoStack, this, [this](const Error &e) { showError(e); });
    m_editor->setObjectName(QStringLiteral("memberEditor"));
    auto *events = new QWidget(this);
    m_engagement = new MemberEngagementView(events);
    m_engagement->setObjectName(QStringLiteral("memberEngagement"));
    m_history = new EventHistoryView(events);
    m_history->setObjectName(QStringLiteral("memberHistory"));
    auto *eventsLayout = new QVBoxLayout(events);
    eventsLayout->addWidget(m_engagement);
    eventsLayout->addWidget(m_history, 1);
    m_editor->addPage(events, tr("Events"));
    connect(&m_workspace.participations(), &ParticipationStore::changed, this,
            &MembersPage::onAttendanceChanged);
    for (auto signal : {&EventStore::eventUpdated, &EventStore::eventRemoved})
        connect(&m_workspace.events(), signal, this, &MembersPage::onAttendanceChanged);
    m_editor->setPeopleLookup(
        [&store](qint64 id) {
            auto member = store.get(id);
            return member ? member->displayName : QString();
        },
        [&list = m_workspace.memberList()](const QString &text) {
            QList<MemberEditor::Person> people;
            MemberQuery query;
            query.search = text;
            auto rows = list.fetch(query, 0, 12);
            if (rows) {
                for (const MemberRow &row : std::as_const(*rows))
                    people.append({row.id, row.displayName});
            }
            return people;
        });
    // The editor scrolls its form itself and keeps Save and Revert below it, always in view.

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_tagFilter);
    filters->addWidget(m_occupationFilter);
    filters->addWidget(m_seenFilter);
    layOut(m_editor, QStringLiteral("membersSplitter"), {660, 440}, filters, m_applicantsBanner);

    createActions(tr("&New Member"), tr("Add a member and edit their profile"), tr("&Save Member"), QString(),
                  tr("&Delete Members"), tr("Delete the selected members (can be undone)"));
    connect(m_newAction, &QAction::triggered, this, &MembersPage::addMember);
    connect(m_deleteAction, &QAction::triggered, this, &MembersPage::deleteSelected);

    m_approveAction = new QAction(Icons::get(QStringLiteral("dialog-ok-apply")), tr("&Approve"), this);
    m_approveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_approveAction->setStatusTip(tr("Approve the selected applicants as active members"));
    connect(m_approveAction, &QAction::triggered, this, &MembersPage::approveSelected);

    m_tagAction = new QAction(Icons::get(QStringLiteral("tag")), tr("Add &Tag…"), this);
    m_tagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tagAction, &QAction::triggered, this, &MembersPage::tagSelected);

    m_statusMenu = new QMenu(tr("Set Stat&us"), this);
    for (Member::Status status : Member::allStatuses()) {
        QAction *action = m_statusMenu->addAction(Member::statusLabel(status));
        connect(action, &QAction::triggered, this, [this, status] { setStatusOfSelected(int(status)); });
    }
    m_statusMenuAction = m_statusMenu->menuAction();

    m_bccAction = new QAction(Icons::get(QStringLiteral("mail-send")), tr("Copy Emails as &BCC List"), this);
    m_bccAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_bccAction->setStatusTip(tr("Copy the selected members' addresses, ready to paste into BCC"));
    connect(m_bccAction, &QAction::triggered, this, &MembersPage::copyEmailsOfSelected);
    ReadOnlyLock::markReading(m_bccAction);

    m_duplicatesAction = new QAction(Icons::get(QStringLiteral("edit-copy")), tr("&Find Duplicates…"), this);
    connect(m_duplicatesAction, &QAction::triggered, this, &MembersPage::findDuplicates);

    m_importAction = new QAction(Icons::get(QStringLiteral("document-import")), tr("&Import CSV…"), this);
    connect(m_importAction, &QAction::triggered, this, &MembersPage::importCsv);
    m_exportAction = new QAction(Icons::get(QStringLiteral("document-export")), tr("&Export…"), this);
    m_exportAction->setStatusTip(tr("Export the selected members, or everyone when none is selected"));
    ReadOnlyLock::markReading(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        exportMembers(m_view->selectionModel()->selectedRows().isEmpty() ? QList<qint64>()
                                                                         : selectedMemberIds());
    });

    m_settingsAction =
        new QAction(Icons::get(QStringLiteral("configure")), tr("Occupations and &Questions…"), this);
    m_settingsAction->setStatusTip(tr("Edit the occupation list and the questions asked of applicants"));
    connect(m_settingsAction, &QAction::triggered, this, &MembersPage::editSettings);

    addActions({m_newAction, m_saveAction, m_approveAction, m_tagAction, m_bccAction});
    m_view->addActions(
        {m_approveAction, m_tagAction, m_statusMenuAction, m_bccAction, m_exportAction, m_deleteAction});

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MembersPage::applyQuery);
    for (QComboBox *combo : {m_statusFilter, m_tagFilter, m_occupationFilter, m_seenFilter})
        connect(combo, &QComboBox::activated, this, &MembersPage::applyQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateActions);
    connect(m_editor, &MemberEditor::saveRequested, this, &MembersPage::saveEditor);
    connect(m_editor, &MemberEditor::approveRequested, this, [this] {
        if (saveEditor())
            approveSelected();
    });
    connect(m_editor, &MemberEditor::dirtyChanged, this, &MembersPage::updateActions);
    connect(&store, &MemberStore::memberUpdated, this, &MembersPage::onMemberChanged);
    for (auto signal : {&MemberStore::memberInserted, &MemberStore::memberRemoved})
        connect(&store, signal, this, [this] {
            updateCount();
            updateApplicantsBanner();
        });
    const auto onReset = [this] {
        refreshCatalogues();
        updateCount();
        updateApplicantsBanner();
        onMemberChanged(m_editor->original().id);
    };
    connect(&m_workspace.memberBulkWrite(), &MemberBulkWrite::membersReset, this, onReset);
    connect(&m_workspace.memberActions(), &MemberBulkActions::membersReset, this, onReset);
    connect(&m_workspace.memberDuplicates(), &MemberDuplicates::membersReset, this, onReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_editor->hasMember() && !m_workspace.members().get(m_editor->original().id))
            m_editor->clear();
        updateActions();
    });
    // A search matching many is counted exactly just after its first page shows.
    connect(m_model, &MemberTableModel::countSettled, this, &MembersPage::updateCount);

    refreshCatalogues();
    m_view->sortByColumn(MemberTableModel::ReadingColumn, Qt::AscendingOrder);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateApplicantsBanner();
    updateCount();
    updateActions();
}

MembersPage::~MembersPage() = default;

QString MembersPage::pageTitle()
{
    return tr("Members");
}

QIcon MembersPage::pageIcon()
{
    return Icons::get(QStringLiteral("system-users"));
}

QList<QAction *> MembersPage::pageActions() const
{
    return {m_newAction,    m_saveAction,       m_deleteAction,  m_approveAction,
            m_tagAction,    m_statusMenuAction, m_bccAction,     m_duplicatesAction,
            m_importAction, m_exportAction,     m_settingsAction};
}

QList<QAction *> MembersPage::toolBarActions() const
{
    return {m_newAction, m_saveAction, m_deleteAction, m_approveAction, m_bccAction, m_importAction};
}

void MembersPage::refreshCatalogues()
{
    const QString tag = m_tagFilter->currentData().toString();
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    if (auto tags = m_workspace.members().tags())
        for (const QString &name : std::as_const(*tags))
            m_tagFilter->addItem(name, name);
    m_tagFilter->setCurrentIndex(qMax(0, m_tagFilter->findData(tag)));

    const QString occupation = m_occupationFilter->currentData().toString();
    m_occupationFilter->clear();
    m_occupationFilter->addItem(tr("All occupations"), QString());
    QList<MemberEditor::Choice> choices;
    if (auto occupations = m_workspace.occupations().all()) {
        for (const Occupation &o : std::as_const(*occupations)) {
            m_occupationFilter->addItem(o.displayLabel(), o.key);
            choices.append({o.key, o.displayLabel()});
        }
    }
    m_occupationFilter->setCurrentIndex(qMax(0, m_occupationFilter->findData(occupation)));
    m_editor->setOccupations(choices);

    QList<MemberEditor::Question> questions;
    if (auto list = m_workspace.joinQuestions().all())
        for (const JoinQuestion &q : std::as_const(*list))
            questions.append({q.id, q.text});
    m_editor->setJoinQuestions(questions);
}

void MembersPage::applyQuery()
{
    MemberQuery query = m_model->query();
    query.search = m_search->text();
    const int status = m_statusFilter->currentData().toInt();
    query.status = status < 0 ? std::nullopt : std::optional<Member::Status>(Member::Status(status));
    query.tag = m_tagFilter->currentData().toString();
    query.occupation = m_occupationFilter->currentData().toString();
    query.notSeenMonths = m_seenFilter->currentData().toInt();
    const qint64 keep = currentMemberId();
    m_model->setQuery(query);
    const int row = rowOf(keep);
    if (row >= 0) {
        m_view->selectRow(row);
    } else if (const qint64 edited = m_editor->original().id;
               m_editor->hasMember() && (edited == keep || rowOf(edited) < 0)) {
        // The member in the editor is no longer in the list: its edits are saved as when leaving its row,
        // and the editor empties. Edits that cannot be saved stay on screen with the reason.
        if (!m_editor->isDirty() || saveEditor()) {
            m_editor->clear();
            showHistory(0);
        }
    }
    updateCount();
    updateApplicantsBanner();
}

void MembersPage::showApplicants()
{
    m_statusFilter->setCurrentIndex(m_statusFilter->findData(int(Member::Status::Applicant)));
    applyQuery();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->setFocus();
}

void MembersPage::updateApplicantsBanner()
{
    MemberQuery applicants;
    applicants.status = Member::Status::Applicant;
    auto count = m_workspace.memberList().count(applicants);
    const int n = count ? *count : 0;
    const bool filtered = m_statusFilter->currentData().toInt() == int(Member::Status::Applicant);
    m_applicantsBanner->setVisible(n > 0 && !filtered);
    m_applicantsBanner->setText(tr("%n applicant(s) waiting for approval — show them", nullptr, n));
}

int MembersPage::rowOf(qint64 id) const
{
    if (id == 0)
        return -1;
    const int loaded = m_model->loadedRowOf(id);
    if (loaded >= 0)
        return loaded;
    // Not in the loaded window: most often near the top, which the first rows show cheaply; deeper, one
    // SQL statement numbers the query's rows.
    constexpr int page = 2000;
    auto rows = m_workspace.memberList().fetch(m_model->query(), 0, page);
    if (!rows)
        return -1;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        if (rows->at(i).id == id)
            return int(i);
    }
    if (rows->size() < page)
        return -1;
    auto position = m_workspace.memberList().position(m_model->query(), id);
    return position ? *position : -1;
}

qint64 MembersPage::currentMemberId() const
{
    return currentId();
}

QList<qint64> MembersPage::selectedMemberIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(MemberTableModel::IdRole).toLongLong());
    if (ids.isEmpty() && currentMemberId() != 0)
        ids.append(currentMemberId());
    return ids;
}

void MembersPage::selectMember(qint64 id)
{
    int row = rowOf(id);
    const QList<QComboBox *> combos = {m_statusFilter, m_tagFilter, m_occupationFilter, m_seenFilter};
    if (row < 0 &&
        (!m_search->text().isEmpty() ||
         std::any_of(combos.begin(), combos.end(), [](QComboBox *c) { return c->currentIndex() > 0; }))) {
        m_search->clear();
        for (QComboBox *combo : combos)
            combo->setCurrentIndex(0);
        applyQuery();
        row = rowOf(id);
    }
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void MembersPage::selectRecord(qint64 id)
{
    selectMember(id);
}

bool MembersPage::editorIsDirty() const
{
    return m_editor->isDirty();
}

qint64 MembersPage::editedId() const
{
    return m_editor->original().id;
}

void MembersPage::showRow(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_editor->clear();
    } else if (auto member = m_workspace.members().get(current.data(MemberTableModel::IdRole).toLongLong())) {
        m_editor->setMember(*member);
    } else {
        showError(member.error());
    }
    showHistory(m_editor->original().id);
    updateActions();
}

void MembersPage::showHistory(qint64 memberId)
{
    if (memberId == 0) {
        m_history->clear();
        m_engagement->clear();
        return;
    }
    // One moment for both, so the marked no-shows are the ones counted.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MemberEngagement &engagement = m_workspace.memberTables().engagement();
    auto rows = m_workspace.participations().historyOf(memberId);
    auto noShows = engagement.noShowEvents(memberId, now);
    auto figures = engagement.of(memberId, now);
    if (!rows)
        return showError(rows.error());
    if (!noShows)
        return showError(noShows.error());
    if (!figures)
        return showError(figures.error());
    m_history->showMemberHistory(*rows, *noShows);
    m_engagement->showFigures(*figures);
}

void MembersPage::onAttendanceChanged()
{
    const qint64 keep = currentMemberId();
    m_model->refreshEngagement();
    // Sorted or filtered by engagement, the model was reset: keep the member selected.
    if (keep != 0 && !m_view->currentIndex().isValid()) {
        const int row = rowOf(keep);
        if (row >= 0)
            m_view->selectRow(row);
    }
    showHistory(m_editor->original().id);
}

void MembersPage::onMemberChanged(qint64 id)
{
    if (id == 0 || id != m_editor->original().id)
        return;
    auto member = m_workspace.members().get(id);
    if (member && !m_editor->isDirty())
        m_editor->setMember(*member);
}

bool MembersPage::saveEditor()
{
    if (!m_editor->hasMember() || !m_editor->isDirty())
        return true;
    const QString name = m_editor->edited().displayName.trimmed();
    if (!m_saver->save(*m_editor))
        return false;
    refreshCatalogues();
    Q_EMIT statusMessage(tr("Saved “%1”.").arg(name));
    return true;
}

void MembersPage::addMember()
{
    if (!saveEditor())
        return;
    Member member;
    member.displayName = tr("New member");
    member.joinedOn = QDate::currentDate();
    const qint64 id = m_saver->add(member);
    if (id == 0)
        return;
    selectMember(id);
    m_editor->focusName();
}

void MembersPage::pushChange(const QString &text, const QList<qint64> &ids,
                             const std::function<Result<void>()> &apply)
{
    if (ids.isEmpty() || !saveEditor())
        return;
    auto before = MemberRestorer(m_workspace).snapshot(ids);
    if (!before)
        return showError(before.error());
    m_undo.push(new MembersChangeCommand(m_workspace, text, *before, apply,
                                         [this](const Error &e) { showError(e); }));
}

void MembersPage::deleteSelected()
{
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty())
        return;
    const int row = m_view->currentIndex().row();
    pushChange(tr("Delete %n Member(s)", nullptr, int(ids.size())), ids,
               [&workspace = m_workspace, ids] { return MemberRestorer(workspace).removeAll(ids); });
    if (m_model->rowCount() > 0)
        m_view->selectRow(qBound(0, row, m_model->rowCount() - 1));
    Q_EMIT statusMessage(tr("Deleted %n member(s). Undo brings them back.", nullptr, int(ids.size())));
}

void MembersPage::approveSelected()
{
    QList<qint64> applicants;
    for (qint64 id : selectedMemberIds()) {
        auto member = m_workspace.members().get(id);
        if (member && member->status == Member::Status::Applicant)
            applicants.append(id);
    }
    if (applicants.isEmpty()) {
        Q_EMIT statusMessage(tr("None of the selected members is waiting for approval."));
        return;
    }
    MemberBulkActions &actions = m_workspace.memberActions();
    const QDateTime when = QDateTime::currentDateTimeUtc();
    pushChange(tr("Approve %n Member(s)", nullptr, int(applicants.size())), applicants,
               [&actions, applicants, when] { return actions.approve(applicants, when); });
    updateApplicantsBanner();
    Q_EMIT statusMessage(tr("Approved %n member(s).", nullptr, int(applicants.size())));
}

void MembersPage::setStatusOfSelected(int status)
{
    const QList<qint64> ids = selectedMemberIds();
    MemberBulkActions &actions = m_workspace.memberActions();
    const auto value = Member::Status(status);
    pushChange(tr("Set Status of %n Member(s)", nullptr, int(ids.size())), ids,
               [&actions, ids, value] { return actions.setStatus(ids, value); });
    updateApplicantsBanner();
}

void MembersPage::tagSelected()
{
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty())
        return;
    QStringList existing;
    if (auto tags = m_workspace.members().tags())
        existing = *tags;
    bool ok = false;
    const QString tag = QInputDialog::getItem(this, tr("Add Tag"),
                                              tr("Tag for %n selected member(s):", nullptr, int(ids.size())),
                                              existing, 0, true, &ok)
                            .trimmed();
    if (!ok || tag.isEmpty())
        return;
    MemberBulkActions &actions = m_workspace.memberActions();
    pushChange(tr("Tag %n Member(s) “%1”", nullptr, int(ids.size())).arg(tag), ids,
               [&actions, ids, tag] { return actions.addTag(ids, tag); });
    refreshCatalogues();
}

void MembersPage::copyEmailsOfSelected()
{
    auto emails = m_workspace.members().emailsOf(selectedMemberIds());
    if (!emails)
        return showError(emails.error());
    QApplication::clipboard()->setText(emails->join(QStringLiteral(", ")));
    Q_EMIT statusMessage(tr("Copied %n address(es) for BCC.", nullptr, int(emails->size())));
}

void MembersPage::findDuplicates()
{
    if (!saveEditor())
        return;
    DuplicatesDialog dialog(m_workspace, m_undo, this);
    connect(&dialog, &DuplicatesDialog::merged, this, [this](qint64 keptId) { selectMember(keptId); });
    dialog.exec();
}

void MembersPage::importCsv()
{
    if (!saveEditor())
        return;
    MemberImportWizard wizard(m_workspace, this);
    wizard.exec();
    // An import small enough to keep its changes is one step of the undo history; a larger one is undone
    // by restoring the copy of the database the wizard took before it (and said so).
    const auto &result = wizard.session().result;
    if (result && result->ok() && !result->value().changes.isEmpty()) {
        m_undo.push(new ImportMembersCommand(m_workspace.database(), m_workspace.memberTables(),
                                             result->value().changes, tr("Member Import"),
                                             [this](const Error &error) { showError(error); }));
    }
    refreshCatalogues();
    applyQuery();
    updateApplicantsBanner();
}

void MembersPage::exportMembers(const QList<qint64> &ids)
{
    if (!saveEditor())
        return;
    MemberExportDialog::run(
        m_workspace.memberTables(), ids, this,
        [this](const QString &path) {
            Q_EMIT statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        },
        [this](const Error &error) { showError(error); });
}

void MembersPage::editSettings()
{
    if (!saveEditor())
        return;
    MemberSettingsDialog dialog(m_workspace, this);
    dialog.exec();
    refreshCatalogues();
    if (auto member = m_workspace.members().get(m_editor->original().id))
        m_editor->setMember(*member);
}

void MembersPage::updateActions()
{
    const QList<qint64> ids = selectedMemberIds();
    const bool any = !ids.isEmpty();
    m_deleteAction->setEnabled(any);
    m_approveAction->setEnabled(any);
    m_tagAction->setEnabled(any);
    m_statusMenuAction->setEnabled(any);
    m_bccAction->setEnabled(any);
    m_saveAction->setEnabled(m_editor->isDirty());
    m_exportAction->setText(ids.size() > 1 ? tr("&Export %n Selected…", nullptr, int(ids.size()))
                                           : tr("&Export…"));
}

void MembersPage::updateCount()
{
    const int shown = m_model->rowCount();
    const MemberQuery &query = m_model->query();
    const bool narrowed = !query.search.trimmed().isEmpty() || query.status || !query.tag.isEmpty() ||
                          !query.occupation.isEmpty() || query.notSeenMonths > 0;
    m_emptyNotice->setText(narrowed ? tr("No members match") : QString());
    m_emptyNotice->refresh();
    auto total = m_workspace.memberList().count(MemberQuery());
    const QLocale locale;
    if (!m_model->countIsExact())
        m_countLabel->setText(
            tr("%1 or more of %n member(s)", nullptr, total ? *total : shown).arg(locale.toString(shown)));
    else if (total && *total != shown)
        m_countLabel->setText(tr("%1 of %n member(s)", nullptr, *total).arg(locale.toString(shown)));
    else
        m_countLabel->setText(tr("%n member(s)", nullptr, shown));
}

} // namespace offkai
