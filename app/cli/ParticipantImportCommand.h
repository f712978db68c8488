#pragma once

#include "workflows/ParticipantImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai events import-participants EVENT_ID FILE [--source …] [--dry-run] [--format text|json]`: a
/// participant file from connpass, Peatix, Doorkeeper or Zoom into one event (ParticipantImporter).
///
/// Rows the importer is unsure of are never guessed: they are listed for review and left out, so a
/// script can decide them in the app (Calendar › Import Participants…) and import the file again.
class ParticipantImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ParticipantImportCommand)
public:
    /// `arguments` start after "import-participants". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments, const QString &usage);

    /// Each row as an object: "id" (the member, null when none is known yet), "line", "name", "account",
    /// "emails", "match", "result" (matched, created, skipped, needs-review) and "candidates".
    static QJsonArray json(const ParticipantImporter::Plan &plan, const QList<Member> &created);
    /// The counts, then the rows to review.
    static QString text(const ParticipantImporter::Plan &plan, const ParticipantImporter::Counts &counts,
                        bool dryRun);
};

} // namespace offkai
