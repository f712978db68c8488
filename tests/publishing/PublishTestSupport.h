#pragma once

#include "publishing/BlogClient.h"

#include <optional>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

namespace offkai::test {

/// Counts every request the application hands to Qt Network, so that a test can prove none was sent.
class CountingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int count = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++count;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

/// Starts `client` and waits for its finished() signal (at most `waitMs`).
inline std::optional<Result<PublishOutcome>> publishAndWait(BlogClient &client, const PublishRequest &request,
                                                            int waitMs = 15000)
{
    std::optional<Result<PublishOutcome>> result;
    int finishedCount = 0;
    auto connection = QObject::connect(&client, &BlogClient::finished, [&](const Result<PublishOutcome> &r) {
        result.emplace(r);
        ++finishedCount;
    });
    client.start(request);
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < waitMs)
        QTest::qWait(10);
    QTest::qWait(20); // a second finished() would show up here
    QObject::disconnect(connection);
    if (finishedCount > 1)
        qWarning("finished() was emitted %d times", finishedCount);
    return finishedCount == 1 ? result : std::nullopt;
}

/// The error of a failed Result, for QVERIFY2 messages (which are evaluated even on success).
template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

/// Fails the test when the secret (or its Basic-auth form) shows in the error's message or detail.
inline bool secretAbsent(const Error &error, const QString &user, const QString &secret)
{
    const QString basic = QString::fromLatin1((user + QLatin1Char(':') + secret).toUtf8().toBase64());
    for (const QString &text : {error.message(), error.detail(), error.toString()})
        if (text.contains(secret) || text.contains(basic))
            return false;
    return true;
}

} // namespace offkai::test
