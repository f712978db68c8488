#include "FakeWordPressServer.h"
#include "publishing/WordPressClient.h"
#include "PublishTestSupport.h"
#include "SilentServer.h"
#include "TestSupport.h"

#include <QTcpServer>
#include <QtTest>

using namespace offkai;
using namespace offkai::test;

namespace {
const QString kUser = QStringLiteral("organizer");
const QString kPassword = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");
} // namespace

class TestWordPressClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeWordPressServer> m_server;

    PublishRequest request(const QUrl &site = {}) const
    {
        PublishRequest r;
        r.account.id = 1;
        r.account.name = QStringLiteral("Community blog");
        r.account.kind = BlogAccount::Kind::WordPress;
        r.account.url = site.isEmpty() ? m_server->siteUrl() : site;
        r.account.userName = kUser;
        r.secret = kPassword;
        r.title = QStringLiteral("第12回 もくもく会レポート");
        r.markdown = QStringLiteral("# 当日の様子\n\n12人が参加しました。\n");
        r.timeoutMs = 5000;
        return r;
    }

    static PublishPhoto photo(const QString &fileName, const QByteArray &data, const QString &caption = {})
    {
        PublishPhoto p;
        p.photoId = qHash(fileName);
        p.fileName = fileName;
        p.mimeType = fileName.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png")
                                                              : QStringLiteral("image/jpeg");
        p.caption = caption;
        p.data = data;
        return p;
    }

    Result<PublishOutcome> publish(const PublishRequest &r, QNetworkAccessManager *network = nullptr)
    {
        WordPressClient client(network);
        auto result = publishAndWait(client, r);
        if (!result)
            return Error(Error::Code::Io, QStringLiteral("finished() was not emitted exactly once"));
        return *result;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_server = std::make_unique<FakeWordPressServer>(kUser, kPassword);
        QVERIFY(m_server->listen());
    }

    void createsADraftSignedInWithBasicAuth()
    {
        WordPressClient client;
        QList<QList<QVariant>> steps;
        connect(&client, &BlogClient::progress, this, [&](int done, int total, const QString &step) {
            steps.append({done, total, step});
        });
        auto result = publishAndWait(client, request());
        QVERIFY(result);
        QVERIFY2(result->ok(), errorText(*result).constData());
        QCOMPARE(m_server->posts.size(), 1);
        const auto post = m_server->posts.first();
        QCOMPARE(post.title, QStringLiteral("第12回 もくもく会レポート"));
        QCOMPARE(post.status, QStringLiteral("draft"));
        QVERIFY2(post.content.contains(QStringLiteral("<h1>当日の様子</h1>")), qPrintable(post.content));
        QCOMPARE((*result)->remoteId, QString::number(post.id));
        QCOMPARE((*result)->url,
                 QUrl(QStringLiteral("http://127.0.0.1:%1/blog/?p=%2").arg(m_server->port()).arg(post.id)));
        QVERIFY((*result)->draft);
        const RecordedRequest &sent = m_server->requests.last();
        QCOMPARE(sent.path, QStringLiteral("/blog/wp-json/wp/v2/posts"));
        QCOMPARE(sent.header("Authorization"),
                 "Basic " + (kUser + QLatin1Char(':') + kPassword).toUtf8().toBase64());
        QVERIFY(sent.header("Content-Type").startsWith("application/json"));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last().at(0).toInt(), steps.last().at(1).toInt());
    }

    void wrongPasswordGivesTheCredentialsMessage()
    {
        PublishRequest r = request();
        r.secret = QStringLiteral("wrong wrong wrong");
        auto result = publish(r);
        QVERIFY(!result.ok());
        QCOMPARE(PublishErrors::failureOf(result.error()), PublishErrors::Failure::Unauthorized);
        QVERIFY(result.error().message().contains(QLatin1String("user name")));
        QVERIFY(result.error().message().contains(QLatin1String("application password")));
        QVERIFY(result.error().detail().contains(QLatin1String("401")));
        QVERIFY(secretAbsent(result.error(), kUser, r.secret));
        QVERIFY(m_server->posts.isEmpty());
    }

    void publishingAgainUpdatesTheSamePost()
    {
        auto first = publish(request());
        QVERIFY2(first.ok(), errorText(first).constData());
        PublishRequest again = request();
        again.remoteId = first->remoteId;
        again.title = QStringLiteral("第12回 もくもく会レポート(改訂)");
        again.draft = false;
        auto second = publish(again);
        QVERIFY2(second.ok(), errorText(second).constData());
        QCOMPARE(m_server->posts.size(), 1);
        QCOMPARE(second->remoteId, first->remoteId);
        const auto post = m_server->posts.first();
        QCOMPARE(post.updates, 1);
        QCOMPARE(post.title, again.title);
        QCOMPARE(post.status, QStringLiteral("publish"));
        QVERIFY(!second->draft);
        QCOMPARE(m_server->count("POST", QStringLiteral("/posts/") + first->remoteId), 1);
    }

    void aCreatedAnswerWithOnlyALocationIsEnough()
    {
        // 201 Created whose body is no JSON (a proxy's page, a plugin's notice): the Location header still
        // names the post, which is handed on before the run finishes.
        m_server->answerCreatesWith = FakeWordPressServer::CreateAnswer::LocationOnly;
        WordPressClient client;
        QString created;
        connect(&client, &BlogClient::postCreated, this,
                [&](const QString &remoteId, const QUrl &, bool) { created = remoteId; });
        auto result = publishAndWait(client, request());
        QVERIFY(result);
        QVERIFY2(result->ok(), errorText(*result).constData());
        QCOMPARE(m_server->posts.size(), 1);
        QCOMPARE((*result)->remoteId, QString::number(m_server->posts.firstKey()));
        QCOMPARE(created, (*result)->remoteId);
        QVERIFY((*result)->draft);
    }

    void anUnreadableAnswerFailsAndTheNextAttemptFindsThePost()
    {
        m_server->answerCreatesWith = FakeWordPressServer::CreateAnswer::Garbage;
        const QDateTime started = QDateTime::currentDateTimeUtc();
        auto first = publish(request());
        QVERIFY(!first.ok());
        QCOMPARE(PublishErrors::failureOf(first.error()), PublishErrors::Failure::BadResponse);
        QCOMPARE(m_server->posts.size(), 1);

        PublishRequest again = request();
        again.interruptedAttempt = started;
        again.draft = false;
        auto second = publish(again);
        QVERIFY2(second.ok(), errorText(second).constData());
        QCOMPARE(m_server->posts.size(), 1); // updated, not created again
        QCOMPARE(m_server->posts.first().updates, 1);
        QCOMPARE(m_server->posts.first().status, QStringLiteral("publish"));
        QCOMPARE(second->remoteId, QString::number(m_server->posts.firstKey()));
        QCOMPARE(m_server->count("POST", QStringLiteral("/wp/v2/posts")), 2);
        QCOMPARE(m_server->count("GET", QStringLiteral("/wp/v2/posts")), 1);
        const RecordedRequest *search = nullptr;
        for (const RecordedRequest &r : std::as_const(m_server->requests))
            if (r.method == "GET" && r.path.endsWith(QLatin1String("/posts")))
                search = &r;
        QVERIFY(search);
        QCOMPARE(search->query.queryItemValue(QStringLiteral("status")), QStringLiteral("any"));
        QCOMPARE(search->query.queryItemValue(QStringLiteral("context")), QStringLiteral("edit"));
    }

    void aPostModifiedBeforeTheAttemptIsNotTakenForIt()
    {
        QVERIFY(publish(request()).ok());
        PublishRequest r = request();
        r.interruptedAttempt = QDateTime::currentDateTimeUtc().addSecs(3600); // the post is older than that
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->posts.size(), 2);
        QCOMPARE(m_server->posts.first().updates, 0);
    }

    void aBlogThatCannotBeSearchedStillGetsThePost()
    {
        m_server->failStatus = 404;
        m_server->failPath = QStringLiteral("/posts");
        PublishRequest r = request();
        r.interruptedAttempt = QDateTime::currentDateTimeUtc();
        auto result = publish(r);
        QVERIFY(!result.ok()); // the create fails here too (same path), but only after the search was tried
        QCOMPARE(m_server->count("GET", QStringLiteral("/wp/v2/posts")), 1);
        QCOMPARE(m_server->count("POST", QStringLiteral("/wp/v2/posts")), 1);
    }

    void uploadsPhotosAndRewritesTheirLinks()
    {
        PublishRequest r = request();
        r.markdown =
            QStringLiteral("![全員集合](images/p1.jpg)\n\n![会場](<images/venue photo.png> \"会場\")\n\n"
                           "[ref]: images/p1.jpg\n\nimages/p1.jpg stays text.\n");
        r.photos = {photo(QStringLiteral("p1.jpg"), QByteArray("\xff\xd8\xff\xe0jpeg-1", 10),
                          QStringLiteral("全員集合")),
                    photo(QStringLiteral("venue photo.png"), QByteArray("\x89PNG\r\n\x1a\npng-2", 13))};
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->media.size(), 2);
        QCOMPARE(result->photos.size(), 2);
        const QString content = m_server->posts.first().content;
        for (int i = 0; i < 2; ++i) {
            const PublishPhoto &uploaded = result->photos.at(i);
            QVERIFY(!uploaded.remoteId.isEmpty());
            const auto media = m_server->media.value(uploaded.remoteId.toLongLong());
            QCOMPARE(media.data, r.photos.at(i).data);
            QCOMPARE(media.fileName, r.photos.at(i).fileName);
            QCOMPARE(media.mimeType, r.photos.at(i).mimeType.toLatin1());
            QCOMPARE(uploaded.url, media.url);
            QCOMPARE(uploaded.photoId, r.photos.at(i).photoId);
            QVERIFY2(content.contains(media.url.toString(QUrl::FullyEncoded)), qPrintable(content));
        }
        QCOMPARE(m_server->media.value(result->photos.at(0).remoteId.toLongLong()).caption,
                 QStringLiteral("全員集合"));
        QVERIFY2(!content.contains(QLatin1String("src=\"images/")), qPrintable(content));
        QVERIFY(content.contains(QLatin1String("images/p1.jpg stays text.")));
        // Photos go up before the post that shows them.
        QCOMPARE(m_server->requests.last().path, QStringLiteral("/blog/wp-json/wp/v2/posts"));
    }

    void photosWithAUrlAreNotUploadedAgain()
    {
        PublishRequest r = request();
        r.markdown = QStringLiteral("![a](images/a.jpg) ![b](images/b.jpg)");
        PublishPhoto done = photo(QStringLiteral("a.jpg"), "old");
        done.remoteId = QStringLiteral("42");
        done.url = QUrl(QStringLiteral("https://cdn.example.com/uploads/a.jpg"));
        r.photos = {done, photo(QStringLiteral("b.jpg"), "new")};
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->count("POST", QStringLiteral("/media")), 1);
        QCOMPARE(m_server->media.first().fileName, QStringLiteral("b.jpg"));
        QCOMPARE(result->photos.at(0).remoteId, QStringLiteral("42"));
        QCOMPARE(result->photos.at(0).url, done.url);
        QVERIFY(!result->photos.at(1).url.isEmpty());
        QVERIFY(
            m_server->posts.first().content.contains(QLatin1String("https://cdn.example.com/uploads/a.jpg")));
    }

    void uploadedPhotosAreReportedEvenWhenThePostFails()
    {
        m_server->failStatus = 500;
        m_server->failPath = QStringLiteral("/posts");
        PublishRequest r = request();
        r.markdown = QStringLiteral("![a](images/a.jpg)");
        r.photos = {photo(QStringLiteral("a.jpg"), "jpeg")};
        WordPressClient client;
        QList<PublishPhoto> uploaded;
        connect(&client, &BlogClient::photoUploaded, this,
                [&](const PublishPhoto &p) { uploaded.append(p); });
        auto result = publishAndWait(client, r);
        QVERIFY(result && !result->ok());
        QCOMPARE(PublishErrors::failureOf(result->error()), PublishErrors::Failure::ServerError);
        QCOMPARE(uploaded.size(), 1);
        QCOMPARE(uploaded.first().photoId, r.photos.first().photoId);
        QCOMPARE(uploaded.first().url, m_server->media.first().url);
    }

    void tagsAreFoundOrCreated()
    {
        m_server->tags.insert(5, QStringLiteral("Tokyo & Kanto"));
        PublishRequest r = request();
        r.tags = {QStringLiteral("tokyo & kanto"), QStringLiteral("もくもく会"), QStringLiteral(" ")};
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->tags.size(), 2);
        const qint64 created = m_server->tags.lastKey();
        QCOMPARE(m_server->tags.value(created), QStringLiteral("もくもく会"));
        QCOMPARE(m_server->posts.first().tags, (QList<qint64>{5, created}));
    }

    void aTagTheAccountMayNotCreateIsLeftOut()
    {
        m_server->allowTagCreation = false;
        PublishRequest r = request();
        r.tags = {QStringLiteral("新しいタグ")};
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QVERIFY(m_server->posts.first().tags.isEmpty());
    }

    void statusesMapToMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("hint");
        QTest::newRow("401") << 401 << int(PublishErrors::Failure::Unauthorized)
                             << QStringLiteral("application password");
        QTest::newRow("403") << 403 << int(PublishErrors::Failure::Forbidden)
                             << QStringLiteral("may publish");
        QTest::newRow("404") << 404 << int(PublishErrors::Failure::NotFound) << QStringLiteral("REST API");
        QTest::newRow("500") << 500 << int(PublishErrors::Failure::ServerError)
                             << QStringLiteral("Try again later");
        QTest::newRow("503") << 503 << int(PublishErrors::Failure::ServerError)
                             << QStringLiteral("Try again later");
        QTest::newRow("301") << 301 << int(PublishErrors::Failure::Redirected)
                             << QStringLiteral("elsewhere.example");
        QTest::newRow("400") << 400 << int(PublishErrors::Failure::Rejected)
                             << QStringLiteral("Failure for the test");
    }
    void statusesMapToMessages()
    {
        QFETCH(int, status);
        QFETCH(int, failure);
        QFETCH(QString, hint);
        m_server->failStatus = status;
        m_server->echoCredentials = true;
        PublishRequest r = request();
        r.photos = {photo(QStringLiteral("p.jpg"), "data")};
        auto result = publish(r);
        QVERIFY(!result.ok());
        QCOMPARE(int(PublishErrors::failureOf(result.error())), failure);
        QVERIFY2(result.error().message().contains(hint), qPrintable(result.error().message()));
        QVERIFY2(result.error().detail().contains(QString::number(status)),
                 qPrintable(result.error().detail()));
        QVERIFY2(result.error().detail().contains(QLatin1String("POST http://127.0.0.1")),
                 qPrintable(result.error().detail()));
        QVERIFY2(secretAbsent(result.error(), kUser, kPassword), errorText(result).constData());
        QCOMPARE(m_server->requests.size(), 1); // the first failure stops the run; redirects are not followed
    }

    void aSilentServerTimesOut()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        PublishRequest r = request(silent.url(QStringLiteral("/blog")));
        r.timeoutMs = 400;
        QElapsedTimer timer;
        timer.start();
        auto result = publish(r);
        QVERIFY(!result.ok());
        QCOMPARE(PublishErrors::failureOf(result.error()), PublishErrors::Failure::Timeout);
        QVERIFY2(result.error().message().contains(QLatin1String("did not answer")),
                 qPrintable(result.error().message()));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(silent.connections() >= 1);
        QVERIFY(secretAbsent(result.error(), kUser, kPassword));
    }

    void cancelAbortsAndFinishesOnce()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        WordPressClient client;
        std::optional<Result<PublishOutcome>> result;
        int finishedCount = 0;
        connect(&client, &BlogClient::finished, this, [&](const Result<PublishOutcome> &r) {
            result.emplace(r);
            ++finishedCount;
        });
        client.start(request(silent.url()));
        QCOMPARE(finishedCount, 0); // never from inside start()
        QTRY_VERIFY(silent.connections() >= 1);
        QVERIFY(client.isRunning());
        client.cancel();
        QCOMPARE(finishedCount, 1);
        QVERIFY(!client.isRunning());
        QCOMPARE(PublishErrors::failureOf(result->error()), PublishErrors::Failure::Cancelled);
        QCOMPARE(result->error().message(), QStringLiteral("Publishing was cancelled."));
        client.cancel();
        QTest::qWait(300);
        QCOMPARE(finishedCount, 1);
    }

    void plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        CountingNetworkAccessManager network;
        auto result = publish(request(QUrl(QStringLiteral("http://blog.example.com"))), &network);
        QVERIFY(!result.ok());
        QCOMPARE(PublishErrors::failureOf(result.error()), PublishErrors::Failure::Insecure);
        QVERIFY(result.error().message().contains(QLatin1String("https://")));
        QCOMPARE(network.count, 0);
        QVERIFY(m_server->requests.isEmpty());
    }

    void aRefusedConnectionSaysSo()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto result = publish(request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QVERIFY(!result.ok());
        QCOMPARE(PublishErrors::failureOf(result.error()), PublishErrors::Failure::Network);
        QVERIFY2(result.error().message().contains(QLatin1String("refused")),
                 qPrintable(result.error().message()));
    }

    void theResultCrossesAQueuedConnection()
    {
        WordPressClient client;
        std::optional<Result<PublishOutcome>> result;
        connect(
            &client, &BlogClient::finished, this, [&](const Result<PublishOutcome> &r) { result.emplace(r); },
            Qt::QueuedConnection);
        client.start(request());
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), errorText(*result).constData());
        QCOMPARE(result->value().remoteId, QString::number(m_server->posts.firstKey()));
    }

    void aBadPostIdIsRefused()
    {
        PublishRequest r = request();
        r.remoteId = QStringLiteral("../users/1");
        auto result = publish(r);
        QVERIFY(!result.ok());
        QVERIFY(m_server->requests.isEmpty());
    }

    void tlsFailuresGetTheirOwnMessage()
    {
        const PublishErrors::Call call{BlogAccount::Kind::WordPress, QStringLiteral("WordPress"), "POST",
                                       QUrl(QStringLiteral("https://blog.example.com/wp-json/wp/v2/posts"))};
        const Error e = PublishErrors::fromNetwork(call, QNetworkReply::SslHandshakeFailedError,
                                                   QStringLiteral("The certificate is self-signed"), 30000);
        QCOMPARE(PublishErrors::failureOf(e), PublishErrors::Failure::Tls);
        QVERIFY(e.message().contains(QLatin1String("certificate")));
        QVERIFY(e.message().contains(QLatin1String("blog.example.com")));
        const Error host =
            PublishErrors::fromNetwork(call, QNetworkReply::HostNotFoundError, QString(), 30000);
        QVERIFY(host.message().contains(QLatin1String("not found")));
    }

    void apiUrlKeepsTheSiteFolder()
    {
        QCOMPARE(WordPressClient::apiUrl(QUrl(QStringLiteral("https://example.com/blog/")),
                                         QStringLiteral("posts")),
                 QUrl(QStringLiteral("https://example.com/blog/wp-json/wp/v2/posts")));
        QCOMPARE(
            WordPressClient::apiUrl(QUrl(QStringLiteral("https://example.com")), QStringLiteral("media")),
            QUrl(QStringLiteral("https://example.com/wp-json/wp/v2/media")));
    }

    void rewritesOnlyLinkTargets()
    {
        PublishPhoto p;
        p.fileName = QStringLiteral("p1.jpg");
        p.url = QUrl(QStringLiteral("https://cdn.example.com/a(1).jpg"));
        const QString md =
            QStringLiteral("![x](images/p1.jpg) ![y](images/p1.jpg.bak) ![z](other/images/p1.jpg)\n"
                           "<img src=\"images/p1.jpg\">\n[r]: images/p1.jpg\n");
        const QString out = BlogClient::rewritePhotoLinks(md, {p});
        QCOMPARE(out, QStringLiteral(
                          "![x](https://cdn.example.com/a%281%29.jpg) ![y](images/p1.jpg.bak) "
                          "![z](other/images/p1.jpg)\n<img src=\"https://cdn.example.com/a%281%29.jpg\">\n"
                          "[r]: https://cdn.example.com/a%281%29.jpg\n"));
    }
};

QTEST_GUILESS_MAIN(TestWordPressClient)
#include "tst_wordpressclient.moc"
