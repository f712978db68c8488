#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai series list|candidates …`.
class SeriesCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::SeriesCommand)
public:
    /// `arguments` start after "series". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int list(Workspace &workspace, const QStringList &arguments);
    static int candidates(Workspace &workspace, const QStringList &arguments);
};

} // namespace offkai
