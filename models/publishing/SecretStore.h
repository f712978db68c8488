#pragma once

#include "core/Result.h"

#include <functional>
#include <QCoreApplication>
#include <QObject>

namespace QKeychain {
class Job;
}

namespace offkai {

/// Passwords and API keys in the system keychain (Secret Service, macOS Keychain, Windows Credential
/// Manager) through QtKeychain, under the service name OFFKAI_APP_ID. Nothing is ever written anywhere
/// else: when no keychain works, the caller asks each time and keeps the secret in SessionSecrets.
///
/// The asynchronous API suits the GUI; read()/write()/remove() run a local event loop for the command line.
/// Errors carry a Failure that failureOf() reads back; their detail never contains the secret.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        NoKeychain,   ///< no D-Bus session, no Secret Service, or the backend failed
        NotFound,     ///< nothing stored under the key (a locked keyring may also answer this)
        AccessDenied, ///< the keyring is locked or the user refused
        Invalid       ///< an empty key
    };
    Q_ENUM(Failure)

    explicit SecretStore(QObject *parent = nullptr);

    static QString serviceName();
    static Failure failureOf(const Error &error);
    static bool isNoKeychain(const Error &error) { return failureOf(error) == Failure::NoKeychain; }
    static bool isNotFound(const Error &error) { return failureOf(error) == Failure::NotFound; }

    void startRead(const QString &key);
    void startWrite(const QString &key, const QString &secret);
    /// Removing a key that holds nothing succeeds.
    void startRemove(const QString &key);

    Result<QString> read(const QString &key);
    Result<void> write(const QString &key, const QString &secret);
    Result<void> remove(const QString &key);

    /// How long the synchronous helpers wait for the keychain (default 20 s), then report NoKeychain.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    /// `error.isError()` is false on success.
    void readFinished(const QString &key, const QString &secret, const offkai::Error &error);
    void writeFinished(const QString &key, const offkai::Error &error);
    void removeFinished(const QString &key, const offkai::Error &error);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    using Done = std::function<void(const QString &secret, const Error &error)>;
    void run(Operation operation, const QString &key, const QString &secret, Done done);
    static Error classify(Operation operation, const QString &key, int code, const QString &text);
    static Error makeError(Failure failure, Operation operation, const QString &key,
                           const QString &technical);
    Error timeoutError(Operation operation, const QString &key) const;
    struct Outcome
    {
        QString secret;
        Error error;
    };
    Outcome runAndWait(Operation operation, const QString &key, const QString &secret);

    int m_timeoutMs = 20000;
};

} // namespace offkai
