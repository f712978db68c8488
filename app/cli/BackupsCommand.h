#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

/// `offkai --db PATH backups list|restore …`.
///
/// Works on the file and its backup folder without opening the database, so that it also serves a
/// database that Offkai refuses to open (damaged, or from a newer Offkai).
class BackupsCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::BackupsCommand)
public:
    /// `arguments` start after "backups". Returns the process exit code.
    static int run(const QString &path, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int list(const QString &path, const QStringList &arguments);
    static int restore(const QString &path, const QStringList &arguments);
};

} // namespace offkai
