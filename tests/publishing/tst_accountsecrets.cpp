#include "publishing/SessionSecrets.h"
#include "storage/Database.h"
#include "stores/BlogAccountStore.h"
#include "TestSupport.h"
#include "workflows/AccountSecrets.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

namespace {

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

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

} // namespace

/// Each blog account's secret under its own keychain entry, and the move from the old entries named by
/// kind, user and address. The keychain cases run in tst_accountsecrets_keyring, under with-keyring.sh (a
/// throw-away GNOME Keyring in its own D-Bus session).
class TestAccountSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BlogAccountStore> m_store;
    QStringList m_secrets; ///< every secret the tests stored, looked for in files at the end

    /// A stored WordPress account at the same address and with the same user as every other one here.
    BlogAccount add(const QString &name, const QString &url = QStringLiteral("https://blog.example.com"))
    {
        BlogAccount a;
        a.name = name;
        a.kind = BlogAccount::Kind::WordPress;
        a.url = QUrl(url);
        a.userName = QStringLiteral("organizer");
        auto id = m_store->insert(a);
        if (!id)
            qFatal("insert: %s", errorText(id).constData());
        return *m_store->get(*id);
    }
    QString secret(const QString &what)
    {
        m_secrets.append(QStringLiteral("%1-秘密-%2").arg(what).arg(QCoreApplication::applicationPid()));
        return m_secrets.constLast();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("accounts.sqlite")), options);
        QVERIFY2(db.ok(), errorText(db).constData());
        m_db = std::move(db).value();
        m_store = std::make_unique<BlogAccountStore>(*m_db);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void eachAccountHasItsOwnKey()
    {
        const BlogAccount first = add(QStringLiteral("Key one"));
        const BlogAccount second = add(QStringLiteral("Key two"));
        QCOMPARE(first.secretKey(), second.secretKey()); // the old-style key: shared
        AccountSecrets secrets(*m_store);
        const auto one = secrets.key(first);
        const auto two = secrets.key(second);
        QVERIFY(one.ok() && two.ok());
        QVERIFY(*one != *two);
        static const QRegularExpression shape(QStringLiteral("^blog-account/[0-9a-f]{32}$"));
        QVERIFY2(shape.match(*one).hasMatch(), qPrintable(*one));
        // An edit of the address and user keeps the entry.
        BlogAccount edited = first;
        edited.url = QUrl(QStringLiteral("https://other.example.com"));
        edited.userName = QStringLiteral("someone");
        QVERIFY(m_store->update(edited).ok());
        QCOMPARE(*secrets.key(edited), *one);
        // A removed account has no key.
        QVERIFY(m_store->remove(second.id).ok());
        QCOMPARE(secrets.key(second).error().code(), Error::Code::NotFound);
        QVERIFY(m_store->remove(first.id).ok());
    }

    void twoAccountsWithTheSameAddressAndUserKeepTheirSecrets()
    {
        if (!inKeyringSession())
            QSKIP("Runs in tst_accountsecrets_keyring, under with-keyring.sh.");
        const BlogAccount first = add(QStringLiteral("Community blog"));
        const BlogAccount second = add(QStringLiteral("Community blog, events"));
        AccountSecrets secrets(*m_store);
        const QString one = secret(QStringLiteral("one"));
        const QString two = secret(QStringLiteral("two"));
        const auto written = secrets.write(first, one);
        QVERIFY2(written.ok(), errorText(written).constData());
        QVERIFY(secrets.write(second, two).ok());
        QCOMPARE(*secrets.read(first), one);
        QCOMPARE(*secrets.read(second), two);

        // Removing either keeps the other's.
        const QString firstKey = *secrets.key(first);
        QVERIFY(m_store->remove(first.id).ok());
        QVERIFY(secrets.forget(first, firstKey).ok());
        QCOMPARE(SecretStore::failureOf(secrets.keychain().read(firstKey).error()),
                 SecretStore::Failure::NotFound);
        const auto kept = secrets.read(second);
        QVERIFY2(kept.ok(), errorText(kept).constData());
        QCOMPARE(*kept, two);
        const QString secondKey = *secrets.key(second);
        QVERIFY(m_store->remove(second.id).ok());
        QVERIFY(secrets.forget(second, secondKey).ok());
        QVERIFY(!secrets.keychain().read(secondKey).ok());
    }

    void anOldStyleEntryIsMovedThenReadable()
    {
        if (!inKeyringSession())
            QSKIP("Runs in tst_accountsecrets_keyring, under with-keyring.sh.");
        const BlogAccount account =
            add(QStringLiteral("Old blog"), QStringLiteral("https://old.example.com"));
        AccountSecrets secrets(*m_store);
        const QString old = secret(QStringLiteral("old"));
        QVERIFY(secrets.keychain().write(account.secretKey(), old).ok()); // as Offkai kept it before
        const QString key = *secrets.key(account);
        QVERIFY(!secrets.keychain().read(key).ok());

        const auto read = secrets.read(account);
        QVERIFY2(read.ok(), errorText(read).constData());
        QCOMPARE(*read, old);
        QCOMPARE(*secrets.keychain().read(key), old); // moved…
        QCOMPARE(SecretStore::failureOf(secrets.keychain().read(account.secretKey()).error()),
                 SecretStore::Failure::NotFound); // …and the old entry is gone, as no one else needs it
        QCOMPARE(*secrets.read(account), old);
        QVERIFY(m_store->remove(account.id).ok());
        QVERIFY(secrets.forget(account, key).ok());
    }

    void anOldEntrySharedByTwoAccountsStaysUntilBothMoved()
    {
        if (!inKeyringSession())
            QSKIP("Runs in tst_accountsecrets_keyring, under with-keyring.sh.");
        const QString url = QStringLiteral("https://shared.example.com");
        const BlogAccount first = add(QStringLiteral("Shared one"), url);
        const BlogAccount second = add(QStringLiteral("Shared two"), url);
        const BlogAccount third = add(QStringLiteral("Shared three"), url);
        AccountSecrets secrets(*m_store);
        const QString old = secret(QStringLiteral("shared"));
        const QString oldKey = first.secretKey();
        QVERIFY(secrets.keychain().write(oldKey, old).ok());

        QCOMPARE(*secrets.read(first), old);
        QCOMPARE(*secrets.keychain().read(oldKey), old); // the others still need it

        // Removing an account that never moved its entry keeps it for the last one.
        const QString secondKey = *secrets.key(second);
        QVERIFY(m_store->remove(second.id).ok());
        QVERIFY(secrets.forget(second, secondKey).ok());
        QCOMPARE(*secrets.keychain().read(oldKey), old);

        QCOMPARE(*secrets.read(third), old);
        QVERIFY(!secrets.keychain().read(oldKey).ok()); // everyone has moved: gone
        QCOMPARE(*secrets.read(first), old);
        QCOMPARE(*secrets.read(third), old);

        // From now on each is its own.
        const QString changed = secret(QStringLiteral("changed"));
        QVERIFY(secrets.write(third, changed).ok());
        QCOMPARE(*secrets.read(first), old);
        QCOMPARE(*secrets.read(third), changed);
        for (const BlogAccount &a : {first, third}) {
            const QString key = *secrets.key(a);
            QVERIFY(m_store->remove(a.id).ok());
            QVERIFY(secrets.forget(a, key).ok());
        }
    }

    void removingAnAccountForgetsItsSessionSecret()
    {
        const BlogAccount account = add(QStringLiteral("Session"));
        SessionSecrets session;
        AccountSecrets secrets(*m_store, session);
        const QString key = *secrets.key(account);
        session.set(key, QStringLiteral("in memory"));
        QVERIFY(m_store->remove(account.id).ok());
        (void)secrets.forget(account, key); // without a keychain this reports NoKeychain
        QVERIFY(!session.contains(key));
    }

    void withoutAKeychainNothingIsFound()
    {
        if (inKeyringSession())
            QSKIP("Runs in tst_accountsecrets, whose D-Bus address leads nowhere.");
        const BlogAccount account = add(QStringLiteral("No keychain"));
        AccountSecrets secrets(*m_store);
        const auto read = secrets.read(account);
        QVERIFY(!read.ok());
        QVERIFY(SecretStore::isNoKeychain(read.error()));
        QVERIFY(m_store->remove(account.id).ok());
    }

    void theSecretsAreInNoFile()
    {
        if (!inKeyringSession())
            QSKIP("Runs in tst_accountsecrets_keyring, under with-keyring.sh.");
        QVERIFY(!m_secrets.isEmpty());
        QVERIFY(m_db->connection().isOpen());
        const QStringList roots = {qEnvironmentVariable("OFFKAI_KEYRING_SCRATCH"), m_dir.path()};
        for (const QString &root : roots) {
            QVERIFY(!root.isEmpty());
            for (const QString &s : std::as_const(m_secrets))
                QVERIFY2(filesContaining(root, s).isEmpty(), qPrintable(filesContaining(root, s).join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountSecrets)
#include "tst_accountsecrets.moc"
