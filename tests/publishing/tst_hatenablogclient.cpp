#include "FakeHatenaServer.h"
#include "publishing/HatenaAtom.h"
#include "publishing/HatenaBlogClient.h"
#include "PublishTestSupport.h"
#include "SilentServer.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QtTest>
#include <QXmlStreamReader>

using namespace offkai;
using namespace offkai::test;

namespace {
const QString kHatenaId = QStringLiteral("offkai-test");
const QString kBlogId = QStringLiteral("offkai-test.hatenablog.com");
const QString kApiKey = QStringLiteral("k3yF0rTheTest");
} // namespace

class TestHatenaBlogClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHatenaServer> m_server;

    PublishRequest request(const QUrl &root = {}) const
    {
        PublishRequest r;
        r.account.id = 2;
        r.account.name = QStringLiteral("はてなブログ");
        r.account.kind = BlogAccount::Kind::Hatena;
        r.account.url = root.isEmpty() ? m_server->rootUrl() : root;
        r.account.userName = kHatenaId;
        r.secret = kApiKey;
        r.title = QStringLiteral("第12回 もくもく会レポート");
        r.markdown = QStringLiteral("# 当日の様子\n\n12人が参加しました。<script>\n");
        r.tags = {QStringLiteral("もくもく会"), QStringLiteral("Tokyo")};
        r.timeoutMs = 5000;
        return r;
    }

    static PublishPhoto photo(const QString &fileName, const QByteArray &data)
    {
        PublishPhoto p;
        p.photoId = qHash(fileName);
        p.fileName = fileName;
        p.mimeType = fileName.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png")
                                                              : QStringLiteral("image/jpeg");
        p.data = data;
        return p;
    }

    Result<PublishOutcome> publish(const PublishRequest &r, QNetworkAccessManager *network = nullptr,
                                   const QUrl &fotolife = {})
    {
        HatenaBlogClient client(network);
        client.setFotolifeEndpoint(fotolife.isEmpty() ? m_server->fotolifeUrl() : fotolife);
        auto result = publishAndWait(client, r);
        if (!result)
            return Error(Error::Code::Io, QStringLiteral("finished() was not emitted exactly once"));
        return *result;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_server = std::make_unique<FakeHatenaServer>(kHatenaId, kBlogId, kApiKey);
        QVERIFY(m_server->listen());
    }

    void createsAMarkdownDraftEntry()
    {
        auto result = publish(request());
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->entries.size(), 1);
        const auto entry = m_server->entries.first();
        QCOMPARE(entry.title, QStringLiteral("第12回 もくもく会レポート"));
        QCOMPARE(entry.author, kHatenaId);
        QCOMPARE(entry.contentType, QStringLiteral("text/x-markdown"));
        QCOMPARE(entry.content, request().markdown);
        QCOMPARE(entry.categories, (QStringList{QStringLiteral("もくもく会"), QStringLiteral("Tokyo")}));
        QVERIFY(entry.draft);
        QCOMPARE(result->remoteId, m_server->rootUrl().toString() + QStringLiteral("/entry/") + entry.id);
        QCOMPARE(result->url,
                 QUrl(QStringLiteral("http://127.0.0.1:%1/entry/%2").arg(m_server->port()).arg(entry.id)));
        QVERIFY(result->draft);
        const RecordedRequest &sent = m_server->requests.last();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/%1/%2/atom/entry").arg(kHatenaId, kBlogId));
        QCOMPARE(sent.header("Authorization"),
                 "Basic " + (kHatenaId + QLatin1Char(':') + kApiKey).toUtf8().toBase64());
        QVERIFY(sent.header("Content-Type").startsWith("application/atom+xml"));
    }

    void wrongApiKeyGivesTheCredentialsMessage()
    {
        PublishRequest r = request();
        r.secret = QStringLiteral("notTheKey123");
        auto result = publish(r);
        QVERIFY(!result.ok());
        QCOMPARE(PublishErrors::failureOf(result.error()), PublishErrors::Failure::Unauthorized);
        QVERIFY(result.error().message().contains(QLatin1String("Hatena ID")));
        QVERIFY(result.error().message().contains(QLatin1String("API key")));
        QVERIFY(secretAbsent(result.error(), kHatenaId, r.secret));
        QVERIFY(m_server->entries.isEmpty());
    }

    void wrongApiKeyIsRefusedByFotolifeToo()
    {
        PublishRequest r = request();
        r.secret = QStringLiteral("notTheKey123");
        r.photos = {photo(QStringLiteral("p1.jpg"), "jpeg")};
        auto result = publish(r);
        QVERIFY(!result.ok());
        QCOMPARE(PublishErrors::failureOf(result.error()), PublishErrors::Failure::Unauthorized);
        QVERIFY2(result.error().message().contains(QLatin1String("Fotolife")),
                 qPrintable(result.error().message()));
        QVERIFY(m_server->photos.isEmpty());
    }

    void publishingAgainPutsToTheSameEntry()
    {
        auto first = publish(request());
        QVERIFY2(first.ok(), errorText(first).constData());
        PublishRequest again = request();
        again.remoteId = first->remoteId;
        again.title = QStringLiteral("改訂版");
        again.draft = false;
        auto second = publish(again);
        QVERIFY2(second.ok(), errorText(second).constData());
        QCOMPARE(m_server->entries.size(), 1);
        const auto entry = m_server->entries.first();
        QCOMPARE(entry.updates, 1);
        QCOMPARE(entry.title, QStringLiteral("改訂版"));
        QVERIFY(!entry.draft);
        QVERIFY(!second->draft);
        QCOMPARE(second->remoteId, first->remoteId);
        QCOMPARE(m_server->count("PUT", QStringLiteral("/atom/entry/") + entry.id), 1);
        QCOMPARE(m_server->count("POST", QStringLiteral("/atom/entry")), 1);
    }

    void photosGoToFotolifeWithWsseAndLinksAreRewritten()
    {
        PublishRequest r = request();
        r.markdown = QStringLiteral("![全員](images/p1.jpg)\n\n![会場](images/p2.png)\n");
        r.photos = {photo(QStringLiteral("p1.jpg"), QByteArray("\xff\xd8\xff\xe0jpeg", 8)),
                    photo(QStringLiteral("p2.png"), QByteArray("\x89PNG\r\n\x1a\npng", 11))};
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->photos.size(), 2);
        QCOMPARE(m_server->count("POST", QStringLiteral("/atom/post")), 2);
        for (const RecordedRequest &sent : std::as_const(m_server->requests)) {
            if (sent.path != QLatin1String("/atom/post"))
                continue;
            QVERIFY(sent.header("X-WSSE").startsWith("UsernameToken Username=\"offkai-test\""));
            QVERIFY(!sent.hasHeader("Authorization")); // the API key itself never goes to Fotolife
            QVERIFY(!sent.body.contains(kApiKey.toUtf8()));
        }
        const QString content = m_server->entries.first().content;
        for (int i = 0; i < 2; ++i) {
            const auto &stored = m_server->photos.at(i);
            QCOMPARE(stored.data, r.photos.at(i).data);
            QCOMPARE(stored.mimeType, r.photos.at(i).mimeType);
            QCOMPARE(stored.folder, QStringLiteral("Hatena Blog"));
            QCOMPARE(result->photos.at(i).url, stored.imageUrl);
            QVERIFY(result->photos.at(i).remoteId.startsWith(QLatin1String("f:id:offkai-test:")));
            QVERIFY2(content.contains(stored.imageUrl.toString()), qPrintable(content));
        }
        QVERIFY(!content.contains(QLatin1String("(images/")));
    }

    void photosWithAUrlAreNotUploadedAgain()
    {
        PublishRequest r = request();
        r.markdown = QStringLiteral("![a](images/a.jpg)");
        PublishPhoto done = photo(QStringLiteral("a.jpg"), "jpeg");
        done.url = QUrl(
            QStringLiteral("https://cdn-ak.f.st-hatena.com/images/fotolife/o/offkai-test/20240101/1.jpg"));
        done.remoteId = QStringLiteral("f:id:offkai-test:20240101000000j:image");
        r.photos = {done};
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->count("POST", QStringLiteral("/atom/post")), 0);
        QVERIFY(m_server->entries.first().content.contains(done.url.toString()));
        QCOMPARE(result->photos.first().remoteId, done.remoteId);
    }

    void statusesMapToMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("hint");
        QTest::newRow("401") << 401 << int(PublishErrors::Failure::Unauthorized) << QStringLiteral("API key");
        QTest::newRow("403") << 403 << int(PublishErrors::Failure::Forbidden)
                             << QStringLiteral("may publish");
        QTest::newRow("404") << 404 << int(PublishErrors::Failure::NotFound) << QStringLiteral("AtomPub");
        QTest::newRow("500") << 500 << int(PublishErrors::Failure::ServerError)
                             << QStringLiteral("Try again later");
    }
    void statusesMapToMessages()
    {
        QFETCH(int, status);
        QFETCH(int, failure);
        QFETCH(QString, hint);
        m_server->failStatus = status;
        m_server->echoCredentials = true;
        auto result = publish(request());
        QVERIFY(!result.ok());
        QCOMPARE(int(PublishErrors::failureOf(result.error())), failure);
        QVERIFY2(result.error().message().contains(hint), qPrintable(result.error().message()));
        QVERIFY2(result.error().detail().contains(QStringLiteral("HTTP %1").arg(status)),
                 qPrintable(result.error().detail()));
        QVERIFY2(secretAbsent(result.error(), kHatenaId, kApiKey), errorText(result).constData());
    }

    void aSilentServerTimesOut()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        PublishRequest r = request(silent.url(QStringLiteral("/offkai-test/blog/atom")));
        r.timeoutMs = 400;
        QElapsedTimer timer;
        timer.start();
        auto result = publish(r);
        QVERIFY(!result.ok());
        QCOMPARE(PublishErrors::failureOf(result.error()), PublishErrors::Failure::Timeout);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(secretAbsent(result.error(), kHatenaId, kApiKey));
    }

    void cancelWhileUploadingAPhoto()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        HatenaBlogClient client;
        client.setFotolifeEndpoint(silent.url(QStringLiteral("/atom")));
        std::optional<Result<PublishOutcome>> result;
        connect(&client, &BlogClient::finished, this,
                [&](const Result<PublishOutcome> &r) { result.emplace(r); });
        PublishRequest r = request();
        r.photos = {photo(QStringLiteral("p.jpg"), "jpeg")};
        client.start(r);
        QTRY_VERIFY(silent.connections() >= 1);
        client.cancel();
        QVERIFY(result.has_value());
        QCOMPARE(PublishErrors::failureOf(result->error()), PublishErrors::Failure::Cancelled);
        QTest::qWait(200);
        QVERIFY(m_server->requests.isEmpty());
    }

    void plainHttpIsRefusedBeforeSending()
    {
        CountingNetworkAccessManager network;
        auto blog = publish(request(QUrl(QStringLiteral("http://blog.hatena.ne.jp/offkai-test/blog/atom"))),
                            &network);
        QVERIFY(!blog.ok());
        QCOMPARE(PublishErrors::failureOf(blog.error()), PublishErrors::Failure::Insecure);
        PublishRequest r = request();
        r.photos = {photo(QStringLiteral("p.jpg"), "jpeg")};
        auto fotolife = publish(r, &network, QUrl(QStringLiteral("http://f.hatena.ne.jp/atom")));
        QVERIFY(!fotolife.ok());
        QCOMPARE(PublishErrors::failureOf(fotolife.error()), PublishErrors::Failure::Insecure);
        QCOMPARE(network.count, 0);
        QVERIFY(m_server->requests.isEmpty());
    }

    void anEditUrlOnAnotherServerIsRefused()
    {
        CountingNetworkAccessManager network;
        PublishRequest r = request();
        r.remoteId = QStringLiteral("https://evil.example/offkai-test/blog/atom/entry/1");
        auto result = publish(r, &network);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message().contains(QLatin1String("does not belong")));
        QCOMPARE(network.count, 0);
    }

    void entryAnswersWithoutNamespacesAreRead()
    {
        // Hatena's own documentation shows answers whose <entry> has no namespace.
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><entry><id>tag:x</id>"
            "<link rel=\"edit\" href=\"https://blog.hatena.ne.jp/a/b/atom/entry/25\"/>"
            "<link rel=\"alternate\" type=\"text/html\" href=\"https://b.example/entry/x\"/>"
            "<app:control xmlns:app=\"http://www.w3.org/2007/app\"><app:draft>no</app:draft>"
            "</app:control></entry>";
        const auto answer = HatenaAtom::parseEntry(xml);
        QVERIFY(answer);
        QCOMPARE(answer->edit, QUrl(QStringLiteral("https://blog.hatena.ne.jp/a/b/atom/entry/25")));
        QCOMPARE(answer->alternate, QUrl(QStringLiteral("https://b.example/entry/x")));
        QCOMPARE(answer->draft, std::optional<bool>(false));
        QVERIFY(!HatenaAtom::parseEntry("not xml"));
    }

    void entryXmlDropsCharactersXmlCannotCarry()
    {
        HatenaAtom::Entry entry;
        entry.title = QStringLiteral("a") + QChar(1) + QStringLiteral("b & <c>");
        entry.markdown = QStringLiteral("x");
        const QByteArray xml = HatenaAtom::entryXml(entry);
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(xml.contains("ab &amp; &lt;c&gt;"));
    }

    void wsseDigestFollowsHatenasRecipe()
    {
        const QByteArray nonce("0123456789abcdefghij");
        const QDateTime created(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const QByteArray header =
            HatenaAtom::wsse(QStringLiteral("hatena"), QStringLiteral("key"), nonce, created);
        const QByteArray digest = QCryptographicHash::hash(QByteArray(nonce + "2024-01-02T03:04:05Z" + "key"),
                                                           QCryptographicHash::Sha1)
                                      .toBase64();
        QCOMPARE(header, "UsernameToken Username=\"hatena\", PasswordDigest=\"" + digest + "\", Nonce=\"" +
                             nonce.toBase64() + "\", Created=\"2024-01-02T03:04:05Z\"");
        QVERIFY(HatenaAtom::wsse(QStringLiteral("a"), QStringLiteral("b")) !=
                HatenaAtom::wsse(QStringLiteral("a"), QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestHatenaBlogClient)
#include "tst_hatenablogclient.moc"
