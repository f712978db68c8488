#include "ReadOnlyLock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>
#include <QTimer>

namespace offkai {

namespace {
const char kReading[] = "offkaiReading";
const char kLocked[] = "offkaiLocked";
} // namespace

ReadOnlyLock::ReadOnlyLock(QObject *parent)
    : QObject(parent)
{}

void ReadOnlyLock::markReading(QObject *object)
{
    object->setProperty(kReading, true);
}

bool ReadOnlyLock::isReading(const QObject *object)
{
    return object->property(kReading).toBool();
}

bool ReadOnlyLock::isLocked(const QWidget *widget)
{
    return widget->property(kLocked).toBool();
}

void ReadOnlyLock::lockActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action || action->isSeparator() || isReading(action) || action->property(kLocked).toBool())
            continue;
        action->setProperty(kLocked, true);
        action->setEnabled(false);
        // A page enabling it again (Delete after a selection) is overruled at once.
        QObject::connect(action, &QAction::enabledChanged, action, [action](bool enabled) {
            if (enabled)
                action->setEnabled(false);
        });
    }
}

ReadOnlyLock *ReadOnlyLock::instance(QWidget *form)
{
    if (auto *existing = form->findChild<ReadOnlyLock *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ReadOnlyLock(form);
}

void ReadOnlyLock::lockForm(QWidget *form)
{
    instance(form)->lockTree(form);
}

void ReadOnlyLock::lockTree(QWidget *root)
{
    // A dialog the form opens (a message, a picker) is a window of its own: it is not the form.
    if (root->isWindow() && root->findChild<ReadOnlyLock *>(QString(), Qt::FindDirectChildrenOnly) != this)
        return;
    lock(root);
    const auto children = root->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children)
        lockTree(child);
}

void ReadOnlyLock::lock(QWidget *widget)
{
    if (isLocked(widget))
        return;
    widget->setProperty(kLocked, true);
    widget->installEventFilter(this); // new children, and attempts to unlock
    lockActions(widget->actions());
    apply(widget);
}

void ReadOnlyLock::apply(QWidget *widget)
{
    if (isReading(widget))
        return;
    // A line edit inside a spin box or an editable combo box goes with its owner.
    const QWidget *owner = widget->parentWidget();
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        if (!qobject_cast<const QAbstractSpinBox *>(owner) && !qobject_cast<const QComboBox *>(owner)) {
            line->setReadOnly(true);
            line->setClearButtonEnabled(false);
        }
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        text->setReadOnly(true);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->setReadOnly(true);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
        spin->setReadOnly(true);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    } else if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget)) {
        widget->setEnabled(false);
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setDragDropMode(QAbstractItemView::NoDragDrop);
        view->setAcceptDrops(false);
        view->viewport()->setAcceptDrops(false);
        view->viewport()->installEventFilter(this); // check boxes toggle without an edit trigger
    } else {
        widget->setAcceptDrops(false);
    }
}

bool ReadOnlyLock::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
        view && widget == view->viewport() && !isReading(view))
        return swallowsToggle(view, event);
    switch (event->type()) {
    case QEvent::KeyPress:
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !isReading(view)) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            return (key == Qt::Key_Space || key == Qt::Key_Select) &&
                   (view->currentIndex().flags() & Qt::ItemIsUserCheckable);
        }
        break;
    case QEvent::ChildPolished:
        // A widget the form made later (a row of a list of people, a lazily built panel).
        if (auto *child = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child()))
            lockTree(child);
        break;
    case QEvent::ActionAdded:
        lockActions(widget->actions());
        break;
    case QEvent::EnabledChange:
    case QEvent::ReadOnlyChange:
        if (!isReading(widget)) {
            // Locked again once the code that unlocked it has finished (a no-op when nothing was).
            QPointer<QWidget> guarded(widget);
            QTimer::singleShot(0, this, [this, guarded] {
                if (guarded)
                    apply(guarded);
            });
        }
        break;
    default:
        break;
    }
    return false;
}

bool ReadOnlyLock::swallowsToggle(QAbstractItemView *view, QEvent *event)
{
    const auto checkable = [view](const QModelIndex &index) {
        return index.isValid() && (index.flags() & Qt::ItemIsUserCheckable);
    };
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return checkable(view->indexAt(static_cast<QMouseEvent *>(event)->position().toPoint()));
    default:
        return false;
    }
}

} // namespace offkai
