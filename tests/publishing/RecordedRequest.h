#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace offkai::test {

/// One request as a fake server received it.
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The value of a header, by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }

    static RecordedRequest from(const QHttpServerRequest &request)
    {
        RecordedRequest r;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            r.method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            r.method = "POST";
            break;
        case QHttpServerRequest::Method::Put:
            r.method = "PUT";
            break;
        case QHttpServerRequest::Method::Delete:
            r.method = "DELETE";
            break;
        default:
            r.method = "OTHER";
            break;
        }
        r.path = request.url().path();
        r.query = request.query();
        r.headers = request.headers();
        r.body = request.body();
        return r;
    }
};

} // namespace offkai::test
