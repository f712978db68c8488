#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai members list|import|export …`.
class MembersCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MembersCommand)
public:
    /// `arguments` start after "members". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int list(Workspace &workspace, const QStringList &arguments);
    static int importFile(Workspace &workspace, const QStringList &arguments);
    static int exportMembers(Workspace &workspace, const QStringList &arguments);
};

} // namespace offkai
