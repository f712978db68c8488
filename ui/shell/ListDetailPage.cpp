#include "ListDetailPage.h"

#include "core/Error.h"
#include "shell/Icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace offkai {

ListDetailPage::ListDetailPage(QUndoStack &undoStack, QWidget *parent)
    : Page(parent)
    , m_undo(undoStack)
{}

ListDetailPage::~ListDetailPage() = default;

void ListDetailPage::createSearchField(const QString &objectName, const QString &placeholder,
                                       const QString &accessibleName)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(objectName);
    m_search->setPlaceholderText(placeholder);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(accessibleName);
}

void ListDetailPage::createTable(QAbstractItemModel *model, int idRole, const QString &objectName,
                                 const QString &accessibleName, int rowHeight)
{
    m_idRole = idRole;
    m_view = new QTableView(this);
    m_view->setObjectName(objectName);
    // Before the model: the header then has nothing to resize. After it, every row of a list of 100,000
    // members would be resized one by one.
    if (rowHeight > 0)
        m_view->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(accessibleName);
    setFocusProxy(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListDetailPage::onCurrentRowChanged);
}

void ListDetailPage::createCountLabel()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
}

QScrollArea *ListDetailPage::createScrollArea(QWidget *editor)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void ListDetailPage::layOut(QWidget *detail, const QString &splitterName, const QList<int> &sizes,
                            QLayout *filterRow, QWidget *banner)
{
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    if (filterRow)
        listLayout->addLayout(filterRow);
    else
        listLayout->addWidget(m_search);
    if (banner)
        listLayout->addWidget(banner);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_countLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(splitterName);
    splitter->addWidget(listSide);
    splitter->addWidget(detail);
    m_detail = detail;
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes(sizes);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
}

void ListDetailPage::createActions(const QString &newText, const QString &newTip, const QString &saveText,
                                   const QString &saveTip, const QString &deleteText,
                                   const QString &deleteTip)
{
    m_newAction = new QAction(Icons::get(QStringLiteral("list-add")), newText, this);
    // Ctrl+N in the window (New Database has it only while no database is open); Ctrl+Shift+N as before.
    m_newAction->setShortcuts(
        {QKeySequence(QKeySequence::New), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_newAction->setStatusTip(newTip);

    m_saveAction = new QAction(Icons::get(QStringLiteral("document-save")), saveText, this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(saveTip);
    connect(m_saveAction, &QAction::triggered, this, [this] { saveEditor(); });

    m_deleteAction = new QAction(Icons::get(QStringLiteral("edit-delete")), deleteText, this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setStatusTip(deleteTip);
}

void ListDetailPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ListDetailPage::commitPendingEdits()
{
    return saveEditor();
}

qint64 ListDetailPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(m_idRole).toLongLong() : 0;
}

void ListDetailPage::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_restoringSelection)
        return;
    if (editorIsDirty() && !saveEditor()) {
        // Stay on the record whose edits could not be saved; the editor shows why.
        const qint64 keep = editedId();
        if (previous.isValid()) {
            QTimer::singleShot(0, this, [this, keep] {
                m_restoringSelection = true;
                selectRecord(keep);
                m_restoringSelection = false;
            });
            return;
        }
    }
    showRow(current);
}

void ListDetailPage::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title(), error.message(), QMessageBox::Ok, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

void ListDetailPage::enterReadOnly()
{
    Page::enterReadOnly();
    if (m_detail)
        ReadOnlyLock::lockForm(m_detail);
}

} // namespace offkai
