#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai reports list|export|publish …`.
class ReportsCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportsCommand)
public:
    /// `arguments` start after "reports". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int list(Workspace &workspace, const QStringList &arguments);
    static int exportReport(Workspace &workspace, const QStringList &arguments);
    static int publish(Workspace &workspace, const QStringList &arguments);
};

} // namespace offkai
