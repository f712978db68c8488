#include "ReportCommandTraits.h"

#include <QCoreApplication>

namespace offkai {

Result<void> ReportCommandTraits::write(ReportStore &store, const Report &settings)
{
    auto current = store.get(settings.id);
    if (!current)
        return current.error();
    Report r = *current;
    r.eventId = settings.eventId;
    r.authorId = settings.authorId;
    r.privacy = settings.privacy;
    r.language = settings.language;
    r.tags = settings.tags;
    r.status = settings.status;
    // Over the version the step expects (RecordCommand), not the one just read: a change made elsewhere
    // since is a conflict, this window's own autosaves are not (ReportVersions).
    r.version = settings.version;
    return store.update(r);
}

QString ReportCommandTraits::addText(const Report &report)
{
    return QCoreApplication::translate("offkai::ReportsPage", "New Report “%1”").arg(report.title);
}

QString ReportCommandTraits::editText(const Report &)
{
    return QCoreApplication::translate("offkai::ReportsPage", "Change Report Settings");
}

QString ReportCommandTraits::deleteText(const ReportSnapshot &snapshot)
{
    return QCoreApplication::translate("offkai::ReportsPage", "Delete Report “%1”")
        .arg(snapshot.report.title);
}

} // namespace offkai
