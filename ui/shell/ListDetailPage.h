#pragma once

#include "shell/Page.h"

#include <QList>

class QAbstractItemModel;
class QLabel;
class QLayout;
class QLineEdit;
class QModelIndex;
class QScrollArea;
class QTableView;
class QUndoStack;

namespace offkai {

class Error;

/// A page that lists records in a table beside the editor of the current one: the search field, the table
/// and its count on the left, the editor (in a scroll area) on the right of a splitter, and the New, Save
/// and Delete actions. Leaving a row whose edits cannot be saved keeps the selection on that row, where
/// the editor shows why.
class ListDetailPage : public Page
{
    Q_OBJECT
public:
    ~ListDetailPage() override;

    void focusSearch() override;
    bool commitPendingEdits() override;

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    /// Saves the editor's changes as one undoable command. False when they cannot be saved.
    virtual bool saveEditor() = 0;
    /// Locks the page's actions and the editor beside the list.
    void enterReadOnly() override;

protected:
    ListDetailPage(QUndoStack &undoStack, QWidget *parent);

    // Called by the derived page's constructor in this order, which is also the order of the keyboard focus.
    void createSearchField(const QString &objectName, const QString &placeholder,
                           const QString &accessibleName);
    /// The table over `model`, one row selected as a whole; `idRole` gives a row's record id; rows
    /// `rowHeight` pixels high when it is given.
    void createTable(QAbstractItemModel *model, int idRole, const QString &objectName,
                     const QString &accessibleName, int rowHeight = 0);
    void createCountLabel();
    QScrollArea *createScrollArea(QWidget *editor);
    /// Puts the list on the left of a splitter and `detail` on its right. Above the table: `filterRow`
    /// (which holds the search field) or else the search field alone, then `banner` when given.
    void layOut(QWidget *detail, const QString &splitterName, const QList<int> &sizes,
                QLayout *filterRow = nullptr, QWidget *banner = nullptr);
    /// New, Save (connected to saveEditor()) and Delete; the page connects New and Delete itself.
    void createActions(const QString &newText, const QString &newTip, const QString &saveText,
                       const QString &saveTip, const QString &deleteText, const QString &deleteTip);

    /// The id of the record in the current row, 0 without one.
    qint64 currentId() const;
    /// Shows `current` in the editor once the page may leave the previous row.
    virtual void showRow(const QModelIndex &current) = 0;
    virtual bool editorIsDirty() const = 0;
    /// The id of the record in the editor, 0 without one.
    virtual qint64 editedId() const = 0;
    virtual void selectRecord(qint64 id) = 0;

    /// A warning box titled with the page's title.
    void showError(const Error &error);

    QUndoStack &m_undo;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QWidget *m_detail = nullptr;

private:
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);

    int m_idRole = 0;
    bool m_restoringSelection = false;
};

} // namespace offkai
