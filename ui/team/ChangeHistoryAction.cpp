#include "ChangeHistoryAction.h"

#include "ChangeHistoryDialog.h"
#include "shell/Icons.h"
#include "storage/Database.h"

#include <QAction>

namespace offkai {

ChangeHistoryAction::ChangeHistoryAction(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(Icons::get(QStringLiteral("document-open-recent")), tr("Change &History…"), this))
{
    m_action->setObjectName(QStringLiteral("changeHistory"));
    m_action->setStatusTip(tr("Who changed what in the team database, and when"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        ChangeHistoryDialog dialog(*m_database, m_window);
        dialog.exec();
    });
}

void ChangeHistoryAction::databaseChanged(Database *database)
{
    m_database = database;
    m_action->setEnabled(database && database->isServer());
}

} // namespace offkai
