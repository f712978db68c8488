#include "TeamPasswords.h"

#include "core/Log.h"
#include "publishing/SecretStore.h"
#include "storage/ServerAddress.h"

namespace offkai {

namespace {
constexpr int kKeychainWaitMs = 5000;
}

QString TeamPasswords::keyFor(const ServerAddress &address)
{
    return QStringLiteral("team:") + address.toDisplayString();
}

QString TeamPasswords::read(const ServerAddress &address)
{
    SecretStore keychain;
    keychain.setTimeout(kKeychainWaitMs);
    auto secret = keychain.read(keyFor(address));
    if (!secret) {
        if (!SecretStore::isNotFound(secret.error()))
            qCInfo(lcStorage) << "no team password from the keychain:" << secret.error().detail();
        return {};
    }
    return *secret;
}

Result<void> TeamPasswords::save(const ServerAddress &address, const QString &password)
{
    SecretStore keychain;
    keychain.setTimeout(kKeychainWaitMs);
    return keychain.write(keyFor(address), password);
}

Result<void> TeamPasswords::forget(const ServerAddress &address)
{
    SecretStore keychain;
    keychain.setTimeout(kKeychainWaitMs);
    return keychain.remove(keyFor(address));
}

} // namespace offkai
