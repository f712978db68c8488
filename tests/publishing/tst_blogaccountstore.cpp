#include "publishing/BlogEndpoint.h"
#include "storage/Database.h"
#include "stores/BlogAccountStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The error of a failed Result, for QVERIFY2 messages (which are evaluated even on success).
/// The error of a Result, or no error: safe to call on a success.
template<typename T> Error errorOf(const Result<T> &result)
{
    return result.ok() ? Error() : result.error();
}

template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

class TestBlogAccountStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BlogAccountStore> m_store;

    static BlogAccount wordPress()
    {
        BlogAccount a;
        a.name = QStringLiteral("コミュニティブログ");
        a.kind = BlogAccount::Kind::WordPress;
        a.url = QUrl(QStringLiteral("https://blog.example.com/news/"));
        a.userName = QStringLiteral("organizer");
        return a;
    }
    static BlogAccount hatena()
    {
        BlogAccount a;
        a.name = QStringLiteral("はてなブログ");
        a.kind = BlogAccount::Kind::Hatena;
        a.url = QUrl(QStringLiteral("https://blog.hatena.ne.jp/offkai/offkai.hatenablog.com/atom"));
        a.userName = QStringLiteral("offkai");
        return a;
    }
    int rows(const QString &table)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("b.sqlite")));
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("b.sqlite")), options);
        QVERIFY2(db.ok(), db.ok() ? "" : errorText(db).constData());
        m_db = std::move(db).value();
        m_store = std::make_unique<BlogAccountStore>(*m_db);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void insertAndReadBack()
    {
        QSignalSpy changed(m_store.get(), &BlogAccountStore::changed);
        auto id = m_store->insert(wordPress());
        QVERIFY2(id.ok(), id.ok() ? "" : errorText(id).constData());
        QCOMPARE(changed.count(), 1);
        auto back = m_store->get(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->id, *id);
        QCOMPARE(back->name, wordPress().name);
        QCOMPARE(back->kind, BlogAccount::Kind::WordPress);
        QCOMPARE(back->url, QUrl(QStringLiteral("https://blog.example.com/news"))); // trailing slash dropped
        QCOMPARE(back->userName, QStringLiteral("organizer"));
        QVERIFY(back->createdAt.isValid());
        const qint64 second = *m_store->insert(hatena());
        auto all = m_store->list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, second); // by name: は (U+306F) before コ (U+30B3)
        QCOMPARE(all->at(1).id, *id);
        auto named = m_store->byName(QStringLiteral("  はてなブログ "));
        QVERIFY(named.ok());
        QCOMPARE(named->id, second);
        auto missing = m_store->byName(QStringLiteral("なし"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QVERIFY(!m_store->get(9999).ok());
    }

    void keychainIdsAreTheAccountsOwn()
    {
        const qint64 first = *m_store->insert(wordPress());
        BlogAccount same = wordPress();
        same.name = QStringLiteral("同じアドレスの別アカウント");
        const QString chosen = BlogAccountStore::newKeychainId();
        const qint64 second = *m_store->insert(same, chosen);
        QCOMPARE(*m_store->keychainId(second), chosen);
        QVERIFY(*m_store->keychainId(first) != chosen);
        QCOMPARE(chosen.size(), 32);
        QVERIFY(BlogAccountStore::newKeychainId() != chosen);
        // Kept through an edit of the address and user.
        BlogAccount edited = *m_store->get(second);
        edited.url = QUrl(QStringLiteral("https://other.example.com"));
        edited.userName = QStringLiteral("someone");
        QVERIFY(m_store->update(edited).ok());
        QCOMPARE(*m_store->keychainId(second), chosen);
        QCOMPARE(m_store->keychainId(9999).error().code(), Error::Code::NotFound);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << "name"
                                    << "  "
                                    << "account name";
        QTest::newRow("empty url") << "url"
                                   << ""
                                   << "blog address";
        QTest::newRow("not a url") << "url"
                                   << "blog.example.com"
                                   << "blog address";
        QTest::newRow("ftp") << "url"
                             << "ftp://blog.example.com"
                             << "blog address";
        QTest::newRow("plain http") << "url"
                                    << "http://blog.example.com"
                                    << "https://";
        QTest::newRow("http to a lookalike") << "url"
                                             << "http://127.0.0.1.example.com"
                                             << "https://";
        QTest::newRow("user info") << "url"
                                   << "https://me:secret@blog.example.com"
                                   << "must not contain";
        QTest::newRow("empty user") << "user"
                                    << " "
                                    << "user name";
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        BlogAccount a = wordPress();
        if (field == QLatin1String("name"))
            a.name = value;
        else if (field == QLatin1String("url"))
            a.url = QUrl(value);
        else
            a.userName = value;
        auto valid = m_store->validate(a);
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().code(), Error::Code::Invalid);
        QVERIFY2(valid.error().message().contains(expected), qPrintable(valid.error().message()));
        QVERIFY(!m_store->insert(a).ok());
        QCOMPARE(rows(QStringLiteral("blog_accounts")), 0);
    }

    void hatenaNeedsTheAtomRootAndAnId()
    {
        BlogAccount a = hatena();
        a.url = QUrl(QStringLiteral("https://offkai.hatenablog.com/"));
        auto valid = BlogAccountStore::validateFields(a);
        QVERIFY(!valid.ok());
        QVERIFY(valid.error().message().contains(QLatin1String("AtomPub")));
        a = hatena();
        a.userName.clear();
        QVERIFY(errorOf(BlogAccountStore::validateFields(a)).message().contains(QLatin1String("Hatena ID")));
        QVERIFY(BlogAccountStore::validateFields(hatena()).ok());
    }

    void loopbackMayUsePlainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080/blog";
        QTest::newRow("127.x") << "http://127.45.6.7/";
        QTest::newRow("localhost") << "http://LocalHost:9000";
        QTest::newRow("::1") << "http://[::1]:8080/";
    }
    void loopbackMayUsePlainHttp()
    {
        QFETCH(QString, url);
        BlogAccount a = wordPress();
        a.url = QUrl(url);
        QVERIFY2(m_store->validate(a).ok(), qPrintable(url));
        QVERIFY(BlogEndpoint::isLoopback(a.url));
    }

    void isLoopbackIsStrict()
    {
        for (const char *url :
             {"http://128.0.0.1", "http://10.0.0.1", "http://0.0.0.0", "http://localhost.example.com",
              "http://example.com", "http://[::2]", "file:///tmp/x"})
            QVERIFY2(!BlogEndpoint::isLoopback(QUrl(QString::fromLatin1(url))), url);
        QVERIFY(BlogEndpoint::checkSecure(QUrl(QStringLiteral("https://example.com"))).ok());
        QVERIFY(!BlogEndpoint::checkSecure(QUrl(QStringLiteral("http://example.com"))).ok());
    }

    void namesAreUnique()
    {
        QVERIFY(m_store->insert(wordPress()).ok());
        BlogAccount twin = hatena();
        twin.name = QStringLiteral(" コミュニティブログ ");
        auto refused = m_store->insert(twin);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(QLatin1String("already called")),
                 qPrintable(refused.error().message()));
        BlogAccount latin = wordPress();
        latin.name = QStringLiteral("Blog");
        QVERIFY(m_store->insert(latin).ok());
        latin.name = QStringLiteral("BLOG");
        QVERIFY(!m_store->insert(latin).ok());
    }

    void updateChangesFieldsAndKeepsNamesUnique()
    {
        const qint64 first = *m_store->insert(wordPress());
        const qint64 second = *m_store->insert(hatena());
        QSignalSpy changed(m_store.get(), &BlogAccountStore::changed);
        BlogAccount a = *m_store->get(first);
        a.userName = QStringLiteral("editor");
        a.url = QUrl(QStringLiteral("https://news.example.com/blog"));
        QVERIFY(m_store->update(a).ok()); // its own name is no clash
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_store->get(first)->userName, QStringLiteral("editor"));
        QCOMPARE(m_store->get(first)->url, a.url);
        BlogAccount b = *m_store->get(second);
        b.name = a.name;
        QVERIFY(!m_store->update(b).ok());
        BlogAccount gone = a;
        gone.id = 9999;
        gone.name = QStringLiteral("other");
        QCOMPARE(errorOf(m_store->update(gone)).code(), Error::Code::NotFound);
        QCOMPARE(changed.count(), 1);
    }

    void removeDeletesThePublicationRecords()
    {
        const qint64 id = *m_store->insert(wordPress());
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO events (id, title, starts_at) VALUES (1, 'Meetup', "
                                          "'2024-01-01T10:00:00Z')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO reports (id, event_id) VALUES (1, 1)")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO report_publications (report_id, account_id, remote_id, "
                                      "published_at) VALUES (1, %1, '12', '2024-01-01T00:00:00Z')")
                           .arg(id)));
        QSignalSpy changed(m_store.get(), &BlogAccountStore::changed);
        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(rows(QStringLiteral("blog_accounts")), 0);
        QCOMPARE(rows(QStringLiteral("report_publications")), 0);
        QCOMPARE(errorOf(m_store->remove(id)).code(), Error::Code::NotFound);
    }

    void theKeychainKeyIsTheSameBeforeAndAfterStoring()
    {
        for (const char *url :
             {"https://blog.example.com/", "https://blog.example.com/news/", "https://blog.example.com"}) {
            BlogAccount typed = wordPress();
            typed.name = QString::fromLatin1(url);
            typed.url = QUrl(QString::fromLatin1(url));
            const qint64 id = *m_store->insert(typed);
            QCOMPARE(m_store->get(id)->secretKey(), typed.secretKey());
        }
        QCOMPARE(m_store->byName(QStringLiteral("https://blog.example.com/news/"))->secretKey(),
                 QStringLiteral("blog/wordpress/organizer@https://blog.example.com/news"));
    }
};

QTEST_GUILESS_MAIN(TestBlogAccountStore)
#include "tst_blogaccountstore.moc"
