#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

/// `offkai demo create PATH`: writes a fresh demo database to a file the user keeps. Refuses to replace
/// an existing file. Needs no other database.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::DemoCommand)
public:
    /// `arguments` start after "demo". Returns the process exit code.
    static int run(const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int create(const QStringList &arguments);
};

} // namespace offkai
