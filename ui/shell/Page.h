#pragma once

#include "ReadOnlyLock.h"

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;

namespace offkai {

/// One area of the main window (Venues, later Members, Calendar, …). A page owns its logic; the window
/// only lists it in the navigation, shows its actions in a menu of its own and forwards Find.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Actions for the page's own menu and the toolbar while the page is shown.
    virtual QList<QAction *> pageActions() const { return {}; }
    /// The most used of them, for the toolbar.
    virtual QList<QAction *> toolBarActions() const { return pageActions(); }
    /// Moves the keyboard focus to the page's search field.
    virtual void focusSearch() {}
    /// Saves edits in progress; called before the window closes or switches database.
    /// Returns false when they cannot be saved and the user chose to stay.
    virtual bool commitPendingEdits() { return true; }
    /// For a viewer of a team database: nothing on the page offers a change any more (ReadOnlyLock).
    /// Pages with forms lock them too.
    virtual void enterReadOnly() { ReadOnlyLock::lockActions(pageActions()); }

Q_SIGNALS:
    void statusMessage(const QString &message);
};

} // namespace offkai
