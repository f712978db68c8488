#include "WorkspaceCaption.h"

#include "records/CommunitySettings.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace offkai {

QString WorkspaceCaption::title(Workspace *workspace)
{
    if (!workspace)
        return QStringLiteral("Offkai");
    const Database &db = workspace->database();
    const auto settings = workspace->settings().load();
    const QString community = settings ? settings->name : QString();
    QString name = community.isEmpty() ? QFileInfo(db.path()).fileName() : community;
    if (workspace->isDemo())
        name = community.isEmpty() ? tr("Demo database") : tr("%1 (demo)").arg(community);
    else if (db.isServer())
        name = (db.canWrite() ? tr("%1 (team database %2, as %3)")
                              : tr("%1 (team database %2, as %3, read only)"))
                   .arg(community.isEmpty() ? db.server().database() : community, db.server().shortName(),
                        db.serverUser());
    return tr("%1 — Offkai").arg(name);
}

QString WorkspaceCaption::statusText(Workspace *workspace)
{
    if (!workspace)
        return {};
    const Database &db = workspace->database();
    if (workspace->isDemo())
        return tr("Demo: changes are discarded when Offkai closes");
    if (db.isServer() && !db.canWrite())
        return tr("Team database %1, as %2 — viewer: you can read everything but change nothing")
            .arg(db.path(), db.serverUser());
    if (db.isServer())
        return tr("Team database %1, as %2").arg(db.path(), db.serverUser());
    return QDir::toNativeSeparators(db.path());
}

} // namespace offkai
