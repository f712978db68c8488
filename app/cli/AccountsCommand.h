#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai accounts add|list|remove …`: blog accounts, with their secrets in the keychain.
class AccountsCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::AccountsCommand)
public:
    /// `arguments` start after "accounts". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int add(Workspace &workspace, const QStringList &arguments);
    static int list(Workspace &workspace, const QStringList &arguments);
    static int remove(Workspace &workspace, const QStringList &arguments);
};

} // namespace offkai
