#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai events list|announce|checkin …`.
class EventsCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::EventsCommand)
public:
    /// `arguments` start after "events". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int list(Workspace &workspace, const QStringList &arguments);
    static int announce(Workspace &workspace, const QStringList &arguments);
    static int checkIn(Workspace &workspace, const QStringList &arguments);
};

} // namespace offkai
