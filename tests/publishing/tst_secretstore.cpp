#include "publishing/SecretStore.h"
#include "publishing/SessionSecrets.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The error of a failed Result, for QVERIFY2 messages (which are evaluated even on success).
template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

namespace {

const QString kKey = QStringLiteral("blog/wordpress/organizer@https://blog.example.com");

bool inKeyringSession()
{
    return qEnvironmentVariable("OFFKAI_KEYRING_SESSION") == QLatin1String("1");
}

/// Every regular file under `root` that contains `secret` (as UTF-8, UTF-16 or Base64).
QStringList filesContaining(const QString &root, const QString &secret)
{
    const QList<QByteArray> needles = {
        secret.toUtf8(), QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
        secret.toUtf8().toBase64()};
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles)
            if (bytes.contains(needle)) {
                found.append(file.fileName());
                break;
            }
    }
    return found;
}

int countFiles(const QString &root)
{
    int n = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

/// The child process of noKeychainKeepsTheSecretInMemoryOnly: reads the secret from stdin, tries the
/// keychain, falls back to SessionSecrets, and reports on stdout.
int runNoKeychainChild()
{
    test::prepareEnvironment();
    QTextStream in(stdin);
    QTextStream out(stdout);
    const QString secret = in.readLine();
    SecretStore store;
    store.setTimeout(10000);
    const auto outcome = [](const Error &error) {
        return !error.isError()                   ? QStringLiteral("ok")
               : SecretStore::isNoKeychain(error) ? QStringLiteral("no-keychain")
                                                  : QStringLiteral("other");
    };
    const auto written = store.write(kKey, secret);
    out << "write: " << outcome(written.ok() ? Error() : written.error()) << '\n';
    if (!written.ok())
        out << "message: " << written.error().message() << '\n'
            << "detail: " << written.error().detail() << '\n';
    const auto read = store.read(kKey);
    out << "read: " << outcome(read.ok() ? Error() : read.error()) << '\n';
    SessionSecrets &session = SessionSecrets::instance();
    if (!written.ok())
        session.set(kKey, secret);
    out << "session: " << (session.get(kKey) == secret ? "kept" : "lost") << '\n';
    out.flush();
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void serviceNameIsTheApplicationId()
    {
        QCOMPARE(SecretStore::serviceName(), QStringLiteral(OFFKAI_APP_ID));
    }

    void sessionSecretsLiveInMemory()
    {
        SessionSecrets secrets;
        QVERIFY(!secrets.get(kKey));
        secrets.set(kKey, QStringLiteral("first"));
        secrets.set(kKey, QStringLiteral("second"));
        QCOMPARE(secrets.get(kKey), std::optional<QString>(QStringLiteral("second")));
        QVERIFY(secrets.contains(kKey));
        QCOMPARE(secrets.size(), 1);
        secrets.set(QStringLiteral("other"), QStringLiteral("x"));
        secrets.remove(kKey);
        QVERIFY(!secrets.contains(kKey));
        secrets.clear();
        QCOMPARE(secrets.size(), 0);
        QCOMPARE(&SessionSecrets::instance(), &SessionSecrets::instance());
    }

    void anEmptyKeyIsRefused()
    {
        SecretStore store;
        auto read = store.read(QStringLiteral(" "));
        QVERIFY(!read.ok());
        QCOMPARE(SecretStore::failureOf(read.error()), SecretStore::Failure::Invalid);
        QCOMPARE(SecretStore::failureOf(Error()), SecretStore::Failure::None);
        QCOMPARE(SecretStore::failureOf(Error(Error::Code::Io, QStringLiteral("x"), QStringLiteral("other"))),
                 SecretStore::Failure::None);
    }

    void withoutABusThereIsNoKeychain()
    {
#ifndef Q_OS_LINUX
        QSKIP("The no-keychain case needs the Secret Service (Linux).");
#endif
        if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") != QLatin1String("unix:path=/nonexistent"))
            QSKIP("Runs in the tst_secretstore entry, whose D-Bus address leads nowhere.");
        SecretStore store;
        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.startWrite(kKey, QStringLiteral("never-stored-1"));
        QVERIFY(written.wait(20000));
        const Error error = written.first().at(1).value<Error>();
        QCOMPARE(SecretStore::failureOf(error), SecretStore::Failure::NoKeychain);
        QVERIFY(error.message().contains(QLatin1String("No keychain is available")));
        QVERIFY(error.message().contains(QLatin1String("ask for it each time")));
        QVERIFY(!error.detail().contains(QLatin1String("never-stored-1")));
        auto read = store.read(kKey);
        QVERIFY(!read.ok());
        QVERIFY(SecretStore::isNoKeychain(read.error()));
        QCOMPARE(read.error().code(), Error::Code::Io);
    }

    void noKeychainKeepsTheSecretInMemoryOnly()
    {
#ifndef Q_OS_LINUX
        QSKIP("The no-keychain case needs the Secret Service (Linux).");
#endif
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString root = scratch.path();
        for (const char *dir : {"home/.local/share", "home/.config", "home/.cache", "runtime", "tmp"})
            QVERIFY(QDir().mkpath(root + QLatin1Char('/') + QLatin1String(dir)));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/home/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/home/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/home/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("offkai.*.debug=true"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--no-keychain-child")});
        QVERIFY(child.waitForStarted());
        const QString secret = QStringLiteral("S3cret-%1-パスワード").arg(QCoreApplication::applicationPid());
        child.write(secret.toUtf8() + '\n');
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(out.contains(QLatin1String("write: no-keychain")), qPrintable(out + err));
        QVERIFY2(out.contains(QLatin1String("read: no-keychain")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("message: No keychain is available")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("session: kept")), qPrintable(out));
        QVERIFY2(!out.contains(secret) && !err.contains(secret), qPrintable(out + err));
        QVERIFY2(filesContaining(root, secret).isEmpty(),
                 qPrintable(filesContaining(root, secret).join(u' ')));
    }

    void roundTripThroughTheSecretService()
    {
        if (!inKeyringSession())
            QSKIP("Runs in tst_secretstore_keyring, under with-keyring.sh.");
        const QString scratch = qEnvironmentVariable("OFFKAI_KEYRING_SCRATCH");
        QVERIFY(!scratch.isEmpty());
        SecretStore store;
        const QString first = QStringLiteral("first-Secret-%1").arg(QCoreApplication::applicationPid());
        const QString second = QStringLiteral("second-秘密-%1").arg(QCoreApplication::applicationPid());

        auto missing = store.read(kKey);
        QVERIFY(!missing.ok());
        QCOMPARE(SecretStore::failureOf(missing.error()), SecretStore::Failure::NotFound);

        auto written = store.write(kKey, first);
        QVERIFY2(written.ok(), errorText(written).constData());
        auto read = store.read(kKey);
        QVERIFY2(read.ok(), errorText(read).constData());
        QCOMPARE(*read, first);

        QVERIFY(store.write(kKey, second).ok()); // overwrite
        QSignalSpy readSpy(&store, &SecretStore::readFinished);
        store.startRead(kKey);
        QVERIFY(readSpy.wait(20000));
        QCOMPARE(readSpy.first().at(0).toString(), kKey);
        QCOMPARE(readSpy.first().at(1).toString(), second);
        QVERIFY(!readSpy.first().at(2).value<Error>().isError());

        // It really is in the Secret Service, under the application's service name.
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (!secretTool.isEmpty()) {
            QProcess lookup;
            lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                                      SecretStore::serviceName(), QStringLiteral("user"), kKey});
            QVERIFY(lookup.waitForFinished(20000));
            QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), second);
        }

        QVERIFY(countFiles(scratch) > 0); // the keyring is on disk…
        QVERIFY2(filesContaining(scratch, first).isEmpty() && filesContaining(scratch, second).isEmpty(),
                 qPrintable(filesContaining(scratch, second).join(u' '))); // …but encrypted

        QVERIFY(store.remove(kKey).ok());
        auto gone = store.read(kKey);
        QVERIFY(!gone.ok());
        QCOMPARE(SecretStore::failureOf(gone.error()), SecretStore::Failure::NotFound);
        QVERIFY(gone.error().message().contains(QLatin1String("Enter it again")));
        QVERIFY(store.remove(kKey).ok()); // removing nothing is fine
        QVERIFY(filesContaining(scratch, second).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--no-keychain-child") == 0)
        return runNoKeychainChild();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
