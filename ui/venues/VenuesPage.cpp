#include "VenuesPage.h"

#include "events/EventHistoryView.h"
#include "items/VenueTableModel.h"
#include "records/VenueFields.h"
#include "shell/ConflictingSave.h"
#include "shell/Icons.h"
#include "stores/EventStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "VenueCommandTraits.h"
#include "VenueEditor.h"

#include <QAction>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offkai {

VenuesPage::VenuesPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : ListDetailPage(undoStack, parent)
    , m_workspace(workspace)
    , m_store(workspace.venues())
{
    setObjectName(QStringLiteral("venuesPage"));
    m_model = new VenueTableModel(m_store, this);

    createSearchField(QStringLiteral("venueSearch"), tr("Search name, address, station, notes"),
                      tr("Search venues"));

    createTable(m_model, VenueTableModel::IdRole, QStringLiteral("venueTable"), tr("Venues"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(VenueTableModel::NameColumn, Qt::AscendingOrder);
    auto *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VenueTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VenueTableModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VenueTableModel::CapacityColumn, QHeaderView::ResizeToContents);
    header->resizeSection(VenueTableModel::StationColumn, 170);
    // The address is long and shown in the editor; the list keeps to what tells venues apart.
    m_view->setColumnHidden(VenueTableModel::AddressColumn, true);

    createCountLabel();

    m_editor = new VenueEditor(this);
    m_editor->setObjectName(QStringLiteral("venueEditor"));
    QScrollArea *scroll = createScrollArea(m_editor);
    layOut(createDetail(scroll), QStringLiteral("venuesSplitter"), {640, 460});

    createActions(tr("&New Venue"), tr("Add a venue and edit its details"), tr("&Save Venue"),
                  tr("Save the changes to the venue"), tr("&Delete Venue"),
                  tr("Delete the selected venue (can be undone)"));
    connect(m_newAction, &QAction::triggered, this, &VenuesPage::addVenue);
    connect(m_deleteAction, &QAction::triggered, this, &VenuesPage::deleteCurrentVenue);
    m_view->addAction(m_deleteAction);

    m_mapAction = new QAction(Icons::get(QStringLiteral("mark-location")), tr("Open &Map"), this);
    m_mapAction->setStatusTip(tr("Search the venue's address on a map in your browser"));
    ReadOnlyLock::markReading(m_mapAction);
    connect(m_mapAction, &QAction::triggered, this, [this] {
        const QUrl url = m_editor->edited().mapLink();
        if (url.isValid())
            QDesktopServices::openUrl(url);
    });

    // Shortcuts work while the page is shown, whether or not the window lists the actions in a menu.
    addActions({m_newAction, m_saveAction, m_mapAction});

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 keep = currentVenueId();
        m_model->setSearchText(text);
        if (keep != 0 && m_model->rowOf(keep) >= 0)
            m_view->selectRow(m_model->rowOf(keep));
        updateCount();
    });
    connect(m_editor, &VenueEditor::saveRequested, this, &VenuesPage::saveEditor);
    connect(m_editor, &VenueEditor::dirtyChanged, this, &VenuesPage::updateActions);
    connect(&m_store, &VenueStore::venueUpdated, this, &VenuesPage::onVenueChanged);
    connect(&m_store, &VenueStore::venueInserted, this, &VenuesPage::updateCount);
    connect(&m_store, &VenueStore::venueRemoved, this, &VenuesPage::updateCount);
    connect(m_model, &VenueTableModel::errorOccurred, this, &VenuesPage::showError);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_model->rowOf(m_editor->original().id) < 0)
            m_editor->clear();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &VenuesPage::updateActions);

    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateCount();
    updateActions();
}

QWidget *VenuesPage::createDetail(QWidget *editorArea)
{
    // Below the editor: the events held at the venue.
    auto *detail = new QSplitter(Qt::Vertical, this);
    detail->setObjectName(QStringLiteral("venueDetailSplitter"));
    m_history = new EventHistoryView(this);
    m_history->setObjectName(QStringLiteral("venueHistory"));
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyLabel = new QLabel(tr("Events held here"), this);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history, 1);
    detail->addWidget(editorArea);
    detail->addWidget(historyBox);
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 1);
    EventStore &events = m_workspace.events();
    connect(&events, &EventStore::eventInserted, this, &VenuesPage::showHistory);
    connect(&events, &EventStore::eventUpdated, this, &VenuesPage::showHistory);
    connect(&events, &EventStore::eventRemoved, this, &VenuesPage::showHistory);
    return detail;
}

VenuesPage::~VenuesPage() = default;

QString VenuesPage::pageTitle()
{
    return tr("Venues");
}

QIcon VenuesPage::pageIcon()
{
    return Icons::get(QStringLiteral("mark-location"));
}

QList<QAction *> VenuesPage::pageActions() const
{
    return {m_newAction, m_saveAction, m_deleteAction, m_mapAction};
}

qint64 VenuesPage::currentVenueId() const
{
    return currentId();
}

void VenuesPage::selectVenue(qint64 id)
{
    if (m_model->rowOf(id) < 0 && !m_search->text().isEmpty())
        m_search->clear();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void VenuesPage::selectRecord(qint64 id)
{
    selectVenue(id);
}

bool VenuesPage::editorIsDirty() const
{
    return m_editor->isDirty();
}

qint64 VenuesPage::editedId() const
{
    return m_editor->original().id;
}

void VenuesPage::showRow(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_editor->clear();
    } else {
        auto venue = m_store.get(current.data(VenueTableModel::IdRole).toLongLong());
        if (venue)
            m_editor->setVenue(*venue);
        else
            showError(venue.error());
    }
    showHistory();
    updateActions();
}

void VenuesPage::showHistory()
{
    const qint64 id = m_editor->original().id;
    if (id == 0) {
        m_history->clear();
        return;
    }
    auto rows = m_workspace.events().atVenue(id);
    if (rows)
        m_history->showVenueHistory(*rows);
    else
        showError(rows.error());
}

void VenuesPage::onVenueChanged(qint64 id)
{
    if (id != m_editor->original().id)
        return;
    auto venue = m_store.get(id);
    if (venue && (!m_editor->isDirty() || m_editor->edited().sameContent(*venue)))
        m_editor->setVenue(*venue);
}

bool VenuesPage::saveEditor()
{
    if (!m_editor->hasVenue() || !m_editor->isDirty())
        return true;
    const Venue base = m_editor->original();
    const Venue typed = m_editor->edited();
    if (auto valid = VenueStore::validate(typed); !valid) {
        m_editor->showError(valid.error().message());
        return false;
    }
    auto write = [this](const Venue &before, const Venue &after) -> Result<void> {
        if (auto failure = m_commandErrors.push(
                m_undo, VenueCommand::edit(m_store, before, after, m_commandErrors.handler())))
            return *failure;
        return {};
    };
    ConflictingSave<VenueFields, Venue> save(
        write, [this, &base] { return m_store.get(base.id); },
        m_resolver ? m_resolver : [this](const FieldConflict &c) { return ConflictDialog::ask(c, this); });
    switch (save.run(base, typed, [](const Venue &v) { return v.name; })) {
    case ConflictingSave<VenueFields, Venue>::Outcome::Saved:
        if (auto fresh = m_store.get(base.id))
            m_editor->setVenue(*fresh);
        Q_EMIT statusMessage(tr("Saved “%1”.").arg(save.saved().name.trimmed()));
        return true;
    case ConflictingSave<VenueFields, Venue>::Outcome::KeptEditing:
        Q_EMIT statusMessage(tr("Nothing saved; the form keeps what you typed."));
        return false;
    case ConflictingSave<VenueFields, Venue>::Outcome::Failed:
        showError(save.error());
        return false;
    }
    return false;
}

void VenuesPage::addVenue()
{
    if (!saveEditor())
        return;
    Venue venue;
    venue.name = tr("New venue");
    auto *command = VenueCommand::add(m_store, venue, m_commandErrors.handler());
    // A command that failed is obsolete and deleted by the stack.
    if (auto failure = m_commandErrors.push(m_undo, command))
        return showError(*failure);
    const qint64 id = command->recordId();
    selectVenue(id);
    m_editor->focusName();
}

void VenuesPage::deleteCurrentVenue()
{
    const qint64 id = currentVenueId();
    if (id == 0)
        return;
    auto venue = m_store.get(id);
    if (!venue)
        return showError(venue.error());
    auto events = m_store.eventsAt(id);
    if (!events)
        return showError(events.error());
    if (!events->isEmpty()) {
        // The store refuses too; asking it gives the message that names the events.
        auto refused = m_store.remove(id);
        QMessageBox::warning(this, tr("Venue in use"), refused ? QString() : refused.error().message());
        return;
    }
    const int row = m_model->rowOf(id);
    m_undo.push(VenueCommand::remove(m_store, *venue, [this](const Error &e) { showError(e); }));
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(row, m_model->rowCount() - 1));
    Q_EMIT statusMessage(tr("Deleted “%1”. Undo brings it back.").arg(venue->name));
}

void VenuesPage::updateActions()
{
    const bool hasCurrent = currentVenueId() != 0;
    m_deleteAction->setEnabled(hasCurrent);
    m_saveAction->setEnabled(m_editor->isDirty());
    m_mapAction->setEnabled(hasCurrent && m_editor->edited().mapLink().isValid());
}

void VenuesPage::updateCount()
{
    const int shown = m_model->rowCount();
    auto total = m_store.count();
    if (total && *total != shown)
        m_countLabel->setText(tr("%1 of %n venue(s)", nullptr, *total).arg(QLocale().toString(shown)));
    else
        m_countLabel->setText(tr("%n venue(s)", nullptr, shown));
}

} // namespace offkai
