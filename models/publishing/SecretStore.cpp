#include "SecretStore.h"

#include "PublishingLog.h"

#include <memory>
#include <QEventLoop>
#include <QRegularExpression>
#include <qt6keychain/keychain.h>
#include <QTimer>

namespace offkai {

namespace {

const char *operationName(int operation)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[operation];
}

const char *tokenOf(SecretStore::Failure failure)
{
    switch (failure) {
    case SecretStore::Failure::NoKeychain:
        return "no-keychain";
    case SecretStore::Failure::NotFound:
        return "not-found";
    case SecretStore::Failure::AccessDenied:
        return "access-denied";
    case SecretStore::Failure::Invalid:
        return "invalid";
    case SecretStore::Failure::None:
        break;
    }
    return "none";
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<offkai::Error>();
}

QString SecretStore::serviceName()
{
    return QStringLiteral(OFFKAI_APP_ID);
}

Error SecretStore::makeError(Failure failure, Operation operation, const QString &key,
                             const QString &technical)
{
    const QString detail = QStringLiteral("keychain ") + QLatin1String(tokenOf(failure)) +
                           QStringLiteral(": ") + QLatin1String(operationName(int(operation))) +
                           QStringLiteral(" \"") + key + QStringLiteral("\": ") + technical;
    switch (failure) {
    case Failure::NoKeychain:
        return Error(
            Error::Code::Io,
            tr("No keychain is available, so Offkai cannot remember the password. Offkai will ask for "
               "it each time and keep it only until it quits. To have it remembered, use a desktop "
               "session with a keyring (such as GNOME Keyring or KWallet)."),
            detail);
    case Failure::NotFound:
        return Error(Error::Code::NotFound,
                     tr("No password is saved in the keychain for this account. Enter it again."), detail);
    case Failure::AccessDenied:
        return Error(Error::Code::Locked,
                     tr("The keychain refused access to the password. Unlock your keyring (or allow Offkai "
                        "when asked) and try again."),
                     detail);
    case Failure::Invalid:
    case Failure::None:
        break;
    }
    return Error(Error::Code::Invalid, tr("The keychain entry has no name."), detail);
}

Error SecretStore::classify(Operation operation, const QString &key, int code, const QString &text)
{
    const QString technical = QStringLiteral("QtKeychain error %1: %2").arg(code).arg(text);
    switch (QKeychain::Error(code)) {
    case QKeychain::EntryNotFound:
        return makeError(Failure::NotFound, operation, key, technical);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(Failure::AccessDenied, operation, key, technical);
    default: // NoBackendAvailable, NotImplemented, CouldNotDeleteEntry, OtherError (no D-Bus, no service…)
        return makeError(Failure::NoKeychain, operation, key, technical);
    }
}

Error SecretStore::timeoutError(Operation operation, const QString &key) const
{
    return makeError(Failure::NoKeychain, operation, key,
                     QStringLiteral("no answer within %1 ms").arg(m_timeoutMs));
}

SecretStore::Failure SecretStore::failureOf(const Error &error)
{
    if (!error.isError())
        return Failure::None;
    static const QRegularExpression pattern(QStringLiteral("^keychain ([a-z-]+):"));
    const QString token = pattern.match(error.detail()).captured(1);
    for (Failure f : {Failure::NoKeychain, Failure::NotFound, Failure::AccessDenied, Failure::Invalid})
        if (token == QLatin1String(tokenOf(f)))
            return f;
    return Failure::None;
}

void SecretStore::run(Operation operation, const QString &key, const QString &secret, Done done)
{
    if (key.trimmed().isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [operation, key, done] {
                done({}, makeError(Failure::Invalid, operation, key, QStringLiteral("empty key")));
            },
            Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setKey(key);
    const QString secretText = secret;
    connect(
        job, &QKeychain::Job::finished, this, [operation, key, secretText, done](QKeychain::Job *finished) {
            const QKeychain::Error code = finished->error();
            if (code == QKeychain::NoError) {
                qCDebug(lcPublishing).noquote() << "keychain" << operationName(int(operation)) << key << "ok";
                const QString value = operation == Operation::Read
                                          ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()
                                          : QString();
                done(value, Error());
                return;
            }
            if (operation == Operation::Remove && code == QKeychain::EntryNotFound) {
                done({}, Error());
                return;
            }
            QString text = finished->errorString();
            if (secretText.size() >= 3)
                text.replace(secretText, QStringLiteral("***"));
            const Error error = classify(operation, key, int(code), text);
            qCInfo(lcPublishing).noquote() << error.detail();
            done({}, error);
        });
    job->start();
}

void SecretStore::startRead(const QString &key)
{
    run(Operation::Read, key, {},
        [this, key](const QString &secret, const Error &error) { Q_EMIT readFinished(key, secret, error); });
}

void SecretStore::startWrite(const QString &key, const QString &secret)
{
    run(Operation::Write, key, secret,
        [this, key](const QString &, const Error &error) { Q_EMIT writeFinished(key, error); });
}

void SecretStore::startRemove(const QString &key)
{
    run(Operation::Remove, key, {},
        [this, key](const QString &, const Error &error) { Q_EMIT removeFinished(key, error); });
}

SecretStore::Outcome SecretStore::runAndWait(Operation operation, const QString &key, const QString &secret)
{
    if (!QCoreApplication::instance())
        return {{}, makeError(Failure::NoKeychain, operation, key, QStringLiteral("no QCoreApplication"))};
    struct State
    {
        bool done = false;
        Outcome outcome;
        QEventLoop *loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    run(operation, key, secret, [state](const QString &value, const Error &error) {
        state->done = true;
        state->outcome = {value, error};
        if (state->loop)
            state->loop->quit();
    });
    if (!state->done) {
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(m_timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    state->loop = nullptr;
    if (!state->done)
        return {{}, timeoutError(operation, key)};
    return state->outcome;
}

Result<QString> SecretStore::read(const QString &key)
{
    Outcome outcome = runAndWait(Operation::Read, key, {});
    if (outcome.error.isError())
        return outcome.error;
    return std::move(outcome.secret);
}

Result<void> SecretStore::write(const QString &key, const QString &secret)
{
    const Outcome outcome = runAndWait(Operation::Write, key, secret);
    if (outcome.error.isError())
        return outcome.error;
    return {};
}

Result<void> SecretStore::remove(const QString &key)
{
    const Outcome outcome = runAndWait(Operation::Remove, key, {});
    if (outcome.error.isError())
        return outcome.error;
    return {};
}

} // namespace offkai
