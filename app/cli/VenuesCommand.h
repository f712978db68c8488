#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai venues list [--format csv|json]`.
class VenuesCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::VenuesCommand)
public:
    /// `arguments` start after "venues". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
};

} // namespace offkai
