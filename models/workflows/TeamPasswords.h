#pragma once

#include "core/Result.h"

#include <QString>

namespace offkai {

class ServerAddress;

/// Team database passwords in the system keychain (QtKeychain), one entry per address and user.
///
/// The entry's key is `team:` and the address without password, so a saved password is found again from
/// the address alone (the command line's `--server URL`, the recent team databases).
class TeamPasswords
{
public:
    static QString keyFor(const ServerAddress &address);
    /// The saved password, or empty when there is none or no keychain answers within a few seconds
    /// (libpq then tries its own sources: PGPASSWORD, ~/.pgpass).
    static QString read(const ServerAddress &address);
    static Result<void> save(const ServerAddress &address, const QString &password);
    /// Forgetting a password that was never saved succeeds.
    static Result<void> forget(const ServerAddress &address);
};

} // namespace offkai
