#include "FakeHatenaServer.h"
#include "publishing/HatenaAtom.h"
#include "publishing/HatenaBlogClient.h"
#include "publishing/HatenaSyntaxCheck.h"
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

    /// A recorded or documented answer from tests/publishing/data.
    static QByteArray sample(const QString &name)
    {
        QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

    void theDocumentedAnswerIsReadThoughItIsNotWellFormed()
    {
        // Hatena's AtomPub documentation prints the answer to a POST like this: the root declares only the
        // Atom namespace, app: is never declared, and the entry ends with <entry> where </entry> belongs.
        const QByteArray xml = sample(QStringLiteral("hatena-documented-entry.xml"));
        {
            QXmlStreamReader strict(xml); // the premise: a namespace-aware reader refuses it
            while (!strict.atEnd())
                strict.readNext();
            QVERIFY(strict.hasError());
        }
        const auto answer = HatenaAtom::parseEntry(xml);
        QVERIFY(answer);
        QCOMPARE(answer->edit,
                 QUrl(QStringLiteral(
                     "https://blog.hatena.ne.jp/hatena/hatena.hatenablog.com/atom/entry/2500000000")));
        QCOMPARE(answer->alternate,
                 QUrl(QStringLiteral("http://hatena.hatenablog.com/entry/2013/09/02/112823")));
        QCOMPARE(answer->draft, std::optional<bool>(true));
        QCOMPARE(answer->title, QStringLiteral("記事タイトル & 副題"));
        QCOMPARE(answer->contentType, QStringLiteral("text/x-hatena-syntax"));
        QCOMPARE(HatenaAtom::syntaxOf(answer->contentType), HatenaAtom::Syntax::Hatena);
        QCOMPARE(answer->published, QDateTime(QDate(2013, 9, 2), QTime(2, 28, 23), QTimeZone::utc()));
        // The reader is lenient, not credulous: no entry, no links, nothing.
        QVERIFY(!HatenaAtom::parseEntry("not xml"));
        QVERIFY(!HatenaAtom::parseEntry("<html><body>Created</body></html>"));
        QVERIFY(!HatenaAtom::parseEntry("<entry><title>no links</title></entry>"));
        // A tag inside a comment is no link.
        const auto commented =
            HatenaAtom::parseEntry("<entry><!-- <link rel=\"edit\" href=\"https://x.example/1\"/> -->"
                                   "<link rel=\"alternate\" href=\"https://b.example/e\"/></entry>");
        QVERIFY(commented);
        QVERIFY(commented->edit.isEmpty());
    }

    void aRecordedCollectionIsRead()
    {
        // Shaped like a recorded answer of a real blog (x-motemen/blogsync, example/hatenablog.xml): a feed
        // with paging links, entries with app:edited older than published, hatena:formatted-content with
        // its own namespace declaration, and app:control.
        const QByteArray xml = sample(QStringLiteral("hatena-recorded-collection.xml"));
        const QList<HatenaAtom::EntryAnswer> entries = HatenaAtom::parseFeed(xml);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).title, QStringLiteral("路上 #6"));
        QCOMPARE(entries.at(0).contentType, QStringLiteral("text/x-markdown"));
        QCOMPARE(entries.at(0).draft, std::optional<bool>(false));
        QCOMPARE(entries.at(0).published, QDateTime(QDate(2014, 10, 22), QTime(4, 5, 3), QTimeZone::utc()));
        QCOMPARE(entries.at(0).edited, QDateTime(QDate(2013, 4, 14), QTime(15, 0), QTimeZone::utc()));
        QCOMPARE(entries.at(1).edit.toString(),
                 QStringLiteral("https://blog.hatena.ne.jp/someone/some.hatenablog.com/atom/entry/"
                                "12921228815733195303"));
        QCOMPARE(HatenaAtom::syntaxOf(entries.at(1).contentType), HatenaAtom::Syntax::Html);
        QCOMPARE(entries.at(1).draft, std::optional<bool>(true));
    }

    void theDocumentedAnswerCreatesOneEntryAndItsIdentityIsHandedOnFirst()
    {
        m_server->answerCreatesWith = FakeHatenaServer::CreateAnswer::Documented;
        HatenaBlogClient client;
        client.setFotolifeEndpoint(m_server->fotolifeUrl());
        QStringList events;
        connect(&client, &BlogClient::postCreated, this, [&](const QString &remoteId, const QUrl &, bool) {
            events << QStringLiteral("created ") + remoteId;
        });
        connect(&client, &BlogClient::finished, this,
                [&](const Result<PublishOutcome> &) { events << QStringLiteral("finished"); });
        auto result = publishAndWait(client, request());
        QVERIFY(result);
        QVERIFY2(result->ok(), errorText(*result).constData());
        QCOMPARE(m_server->entries.size(), 1);
        const QString edit =
            m_server->rootUrl().toString() + QStringLiteral("/entry/") + m_server->entries.first().id;
        QCOMPARE(events, (QStringList{QStringLiteral("created ") + edit, QStringLiteral("finished")}));
        QCOMPARE((*result)->remoteId, edit);
        QCOMPARE((*result)->contentType, QStringLiteral("text/x-markdown"));
        QVERIFY(!(*result)->url.isEmpty());
    }

    void aCreatedAnswerWithOnlyALocationIsEnough()
    {
        m_server->answerCreatesWith = FakeHatenaServer::CreateAnswer::LocationOnly;
        auto result = publish(request());
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->entries.size(), 1);
        QCOMPARE(result->remoteId,
                 m_server->rootUrl().toString() + QStringLiteral("/entry/") + m_server->entries.first().id);
        QVERIFY(result->url.isEmpty()); // not in the answer: unknown, not made up
        QVERIFY(result->draft);
    }

    void anUnreadableAnswerFailsAndTheNextAttemptFindsTheEntry()
    {
        // 201 without a Location and with a body that says nothing: the entry exists but its address is
        // unknown. The next attempt (which knows an attempt was interrupted) finds it and updates it.
        m_server->answerCreatesWith = FakeHatenaServer::CreateAnswer::Garbage;
        const QDateTime started = QDateTime::currentDateTimeUtc();
        auto first = publish(request());
        QVERIFY(!first.ok());
        QCOMPARE(PublishErrors::failureOf(first.error()), PublishErrors::Failure::BadResponse);
        QCOMPARE(m_server->entries.size(), 1);

        PublishRequest again = request();
        again.interruptedAttempt = started;
        again.draft = false;
        auto second = publish(again);
        QVERIFY2(second.ok(), errorText(second).constData());
        QCOMPARE(m_server->entries.size(), 1);
        QCOMPARE(m_server->count("POST", QStringLiteral("/atom/entry")), 1);
        QCOMPARE(m_server->count("GET", QStringLiteral("/atom/entry")), 1);
        QCOMPARE(m_server->entries.first().updates, 1);
        QVERIFY(!m_server->entries.first().draft);
        QCOMPARE(second->remoteId,
                 m_server->rootUrl().toString() + QStringLiteral("/entry/") + m_server->entries.first().id);
    }

    void anOlderEntryWithTheSameTitleIsNotTakenForTheInterruptedOne()
    {
        auto old = publish(request());
        QVERIFY2(old.ok(), errorText(old).constData());
        m_server->entries.first().published = QDateTime::currentDateTimeUtc().addDays(-30);
        PublishRequest r = request();
        r.interruptedAttempt = QDateTime::currentDateTimeUtc().addSecs(-60);
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->entries.size(), 2); // a new entry; the month-old one is left alone
        QCOMPARE(m_server->count("PUT", QStringLiteral("/atom/entry")), 0);
        QVERIFY(result->remoteId != old->remoteId);
    }

    void theBlogsEditingModeComesBack()
    {
        m_server->blogContentType = QStringLiteral("text/x-hatena-syntax");
        auto result = publish(request());
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(result->contentType, QStringLiteral("text/x-hatena-syntax"));
        const QString warning = HatenaSyntaxCheck::warning(HatenaAtom::syntaxOf(result->contentType));
        QVERIFY(warning.contains(QStringLiteral("編集モード")));
        QVERIFY(HatenaSyntaxCheck::warning(HatenaAtom::Syntax::Markdown).isEmpty());
        QVERIFY(HatenaSyntaxCheck::warning(HatenaAtom::Syntax::Unknown).isEmpty());
        QVERIFY(!HatenaSyntaxCheck::warning(HatenaAtom::Syntax::Html).isEmpty());
    }

    void aWysiwygBlogIsSentHtmlAndAHatenaSyntaxBlogItsPhotosAsFotolifeNotation()
    {
        m_server->blogContentType = QStringLiteral("text/html");
        PublishRequest r = request();
        r.blogContentType = QStringLiteral("text/html");
        r.markdown = QStringLiteral("# 当日の様子\n\n![全員](images/p1.jpg)\n");
        r.photos = {photo(QStringLiteral("p1.jpg"), "jpeg")};
        auto html = publish(r);
        QVERIFY2(html.ok(), errorText(html).constData());
        const QString content = m_server->entries.first().content;
        QVERIFY2(content.contains(QStringLiteral("<h1")) && content.contains(QStringLiteral("<img")),
                 qPrintable(content));
        QVERIFY(!content.contains(QStringLiteral("# 当日")));
        QVERIFY(m_server->requests.last().body.contains("type=\"text/html\""));

        r.blogContentType = QStringLiteral("text/x-hatena-syntax");
        r.photos = html->photos; // uploaded: the Fotolife notation is their remote id
        auto hatena = publish(r);
        QVERIFY2(hatena.ok(), errorText(hatena).constData());
        const QString text = m_server->entries.last().content;
        QVERIFY2(text.contains(QLatin1Char('[') + html->photos.first().remoteId + QLatin1Char(']')),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("](")));
        QCOMPARE(
            HatenaBlogClient::fotolifeSyntax(QStringLiteral("![a](images/x.jpg) [link](images/x.jpg)"), {}),
            QStringLiteral("![a](images/x.jpg) [link](images/x.jpg)"));
    }

    void theSyntaxCheckReadsTheLatestEntry()
    {
        PublishRequest r = request();
        const auto check = [&] {
            HatenaSyntaxCheck probe;
            std::optional<Result<QString>> answer;
            connect(&probe, &HatenaSyntaxCheck::finished, this,
                    [&](const Result<QString> &a) { answer = a; });
            probe.start(r.account, r.secret, 5000);
            for (int waited = 0; !answer && waited < 10000; waited += 10)
                QTest::qWait(10);
            return answer ? *answer : Result<QString>(Error(Error::Code::Io, QStringLiteral("no answer")));
        };
        auto empty = check();
        QVERIFY2(empty.ok(), errorText(empty).constData());
        QVERIFY(empty->isEmpty()); // no entry yet: cannot tell
        m_server->blogContentType = QStringLiteral("text/html");
        QVERIFY(publish(r).ok());
        auto html = check();
        QVERIFY2(html.ok(), errorText(html).constData());
        QCOMPARE(*html, QStringLiteral("text/html"));
        r.secret = QStringLiteral("wrong-key");
        auto refused = check();
        QVERIFY(!refused.ok());
        QCOMPARE(PublishErrors::failureOf(refused.error()), PublishErrors::Failure::Unauthorized);
        QVERIFY(secretAbsent(refused.error(), kHatenaId, r.secret));
    }

    void fotolifesDocumentedAnswerIsReadAndItsImageLinkedOverHttps()
    {
        m_server->documentedFotolifeAnswer = true;
        PublishRequest r = request();
        r.markdown = QStringLiteral("![全員](images/p1.jpg)\n");
        r.photos = {photo(QStringLiteral("p1.jpg"), QByteArray("\xff\xd8\xff\xe0jpeg", 8))};
        auto result = publish(r);
        QVERIFY2(result.ok(), errorText(result).constData());
        QCOMPARE(m_server->photos.size(), 1);
        const QUrl served = m_server->photos.first().imageUrl;
        QCOMPARE(served.scheme(), QStringLiteral("http"));
        QUrl secure = served;
        secure.setScheme(QStringLiteral("https"));
        QCOMPARE(result->photos.first().url, secure);
        QVERIFY(result->photos.first().remoteId.startsWith(QLatin1String("f:id:offkai-test:")));
        QVERIFY2(m_server->entries.first().content.contains(secure.toString()),
                 qPrintable(m_server->entries.first().content));
        const auto documented =
            HatenaAtom::parsePhoto(sample(QStringLiteral("fotolife-documented-post.xml")));
        QVERIFY(documented);
        QCOMPARE(documented->imageUrl,
                 QUrl(QStringLiteral(
                     "https://f.hatena.ne.jp/images/fotolife/h/hatena/20050101/20050101123456.jpg")));
        QCOMPARE(documented->syntax, QStringLiteral("f:id:hatena:20050101123456j:image"));
        QCOMPARE(documented->edit, QUrl(QStringLiteral("http://f.hatena.ne.jp/atom/edit/XXXXXXXXXXXX")));
        QVERIFY(!HatenaAtom::parsePhoto("<html>Bad Gateway</html>"));
        // Only Hatena's own hosts are switched to https://.
        QCOMPARE(HatenaAtom::preferHttps(QUrl(QStringLiteral("http://127.0.0.1:8080/a.jpg"))),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/a.jpg")));
        QCOMPARE(HatenaAtom::preferHttps(QUrl(QStringLiteral("http://cdn-ak.f.st-hatena.com/x.jpg"))),
                 QUrl(QStringLiteral("https://cdn-ak.f.st-hatena.com/x.jpg")));
        QCOMPARE(
            HatenaAtom::preferHttps(QUrl(QStringLiteral("http://nothatena.ne.jp.example/x.jpg"))).scheme(),
            QStringLiteral("http"));
    }

    void theFotolifeEndpointComesFromTheEnvironment()
    {
        // What a proxy, or the command line under test, uses; a client made by BlogClient::create() too.
        qputenv("OFFKAI_FOTOLIFE_ENDPOINT", m_server->fotolifeUrl().toString().toUtf8());
        std::unique_ptr<BlogClient> client(BlogClient::create(BlogAccount::Kind::Hatena));
        qunsetenv("OFFKAI_FOTOLIFE_ENDPOINT");
        QCOMPARE(static_cast<HatenaBlogClient *>(client.get())->fotolifeEndpoint(), m_server->fotolifeUrl());
        PublishRequest r = request();
        r.markdown = QStringLiteral("![a](images/a.jpg)");
        r.photos = {photo(QStringLiteral("a.jpg"), "jpeg")};
        auto result = publishAndWait(*client, r);
        QVERIFY(result);
        QVERIFY2(result->ok(), errorText(*result).constData());
        QCOMPARE(m_server->photos.size(), 1);
        QCOMPARE(HatenaBlogClient::defaultFotolifeEndpoint(),
                 QUrl(QStringLiteral("https://f.hatena.ne.jp/atom")));
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
