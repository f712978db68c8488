#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;
class QAction;
class QEvent;
class QWidget;

namespace offkai {

/// Keeps a viewer's window from offering changes (a viewer of a team database: the server refuses their
/// writes anyway, see TeamRoles; this spares them a form they cannot save).
///
/// Fail-closed: every action and every input of a locked form is locked unless it is marked as reading
/// (markReading: search, export, copy, print, map…). Text stays selectable and copyable; lists still
/// select and scroll. Widgets a form adds later are locked as they appear, and code that enables a locked
/// action or widget again (a selection change enabling Delete) is undone at once.
class ReadOnlyLock : public QObject
{
    Q_OBJECT
public:
    /// Marks an action or widget as only reading: it stays usable in a locked page.
    static void markReading(QObject *object);
    static bool isReading(const QObject *object);

    /// Disables `actions` (but those marked as reading) and keeps them disabled.
    static void lockActions(const QList<QAction *> &actions);
    /// Makes `form` and everything in it, now and later, read-only (but what is marked as reading).
    static void lockForm(QWidget *form);

    /// Whether `widget` was locked by lockForm.
    static bool isLocked(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ReadOnlyLock(QObject *parent);
    static ReadOnlyLock *instance(QWidget *form);
    void lock(QWidget *widget);
    /// Whether `event` on `view`'s viewport would tick or untick a check box (a locked view keeps it).
    static bool swallowsToggle(QAbstractItemView *view, QEvent *event);
    /// Sets `widget` read-only or disabled as its kind asks; changes nothing when it already is.
    void apply(QWidget *widget);
    void lockTree(QWidget *root);
};

} // namespace offkai
