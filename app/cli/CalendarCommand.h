#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai calendar export|import …`: iCalendar (RFC 5545) files for Google Calendar, Outlook, Thunderbird.
class CalendarCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CalendarCommand)
public:
    /// `arguments` start after "calendar". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int exportCalendar(Workspace &workspace, const QStringList &arguments);
    static int importCalendar(Workspace &workspace, const QStringList &arguments);
};

} // namespace offkai
