#pragma once

#include "shell/CommandErrors.h"
#include "shell/ConflictDialog.h"
#include "shell/ListDetailPage.h"

namespace offkai {

class VenueEditor;
class EventHistoryView;
class VenueStore;
class VenueTableModel;
class Workspace;

/// Venues: a searchable, sortable list beside the detail editor and the events held at the venue.
/// Every change is an undoable command.
class VenuesPage : public ListDetailPage
{
    Q_OBJECT
public:
    VenuesPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~VenuesPage() override;

    /// The page's name and icon in the navigation, known before the page is built.
    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QList<QAction *> pageActions() const override;

    VenueTableModel *model() const { return m_model; }
    VenueEditor *editor() const { return m_editor; }
    EventHistoryView *history() const { return m_history; }

    /// Selects venue `id` in the list (clearing the search if it hides the venue).
    void selectVenue(qint64 id);
    qint64 currentVenueId() const;

    void addVenue();
    void deleteCurrentVenue();
    /// Saves the editor's changes as one undoable command. False when they are invalid, or when someone
    /// else saved the venue meanwhile and the organizer chose to keep editing (ConflictDialog).
    bool saveEditor() override;
    /// Stands in for the conflict dialog (tests).
    void setConflictResolver(ConflictDialog::Resolver resolver) { m_resolver = std::move(resolver); }

protected:
    void showRow(const QModelIndex &current) override;
    bool editorIsDirty() const override;
    qint64 editedId() const override;
    void selectRecord(qint64 id) override;

private:
    QWidget *createDetail(QWidget *editorArea);
    void onVenueChanged(qint64 id);
    void updateActions();
    void updateCount();
    void showHistory();

    Workspace &m_workspace;
    VenueStore &m_store;
    VenueTableModel *m_model = nullptr;
    VenueEditor *m_editor = nullptr;
    EventHistoryView *m_history = nullptr;
    QAction *m_mapAction = nullptr;
    ConflictDialog::Resolver m_resolver;
    CommandErrors m_commandErrors{[this](const Error &e) {
        showError(e);
    }};
};

} // namespace offkai
