#pragma once

#include "core/Error.h"
#include "shell/Page.h"

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace offkai {

class VenueEditor;
class EventHistoryView;
class EventStore;
class VenueStore;
class VenueTableModel;

/// Venues: a searchable, sortable list beside the detail editor. Every change is an undoable command.
class VenuesPage : public Page
{
    Q_OBJECT
public:
    /// With `events`, the page also lists the events held at the selected venue.
    VenuesPage(VenueStore &store, QUndoStack &undoStack, QWidget *parent = nullptr,
               EventStore *events = nullptr);
    ~VenuesPage() override;

    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> pageActions() const override;
    void focusSearch() override;
    bool commitPendingEdits() override;

    VenueTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    VenueEditor *editor() const { return m_editor; }
    EventHistoryView *history() const { return m_history; }
    QLineEdit *searchField() const { return m_search; }
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    /// Selects venue `id` in the list (clearing the search if it hides the venue).
    void selectVenue(qint64 id);
    qint64 currentVenueId() const;

    void addVenue();
    void deleteCurrentVenue();
    /// Saves the editor's changes as one undoable command. False when they are invalid.
    bool saveEditor();

private:
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void onVenueChanged(qint64 id);
    void showError(const Error &error);
    void updateActions();
    void updateCount();
    void showHistory();

    VenueStore &m_store;
    QUndoStack &m_undo;
    VenueTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    VenueEditor *m_editor = nullptr;
    EventStore *m_events = nullptr;
    EventHistoryView *m_history = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_mapAction = nullptr;
    bool m_restoringSelection = false;
};

} // namespace offkai
