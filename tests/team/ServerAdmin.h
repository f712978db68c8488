#pragma once

// The test server's superuser, for team tests that set up or inspect a database behind the app's back.
#include "storage/ServerAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace offkai::test {

/// Runs `sql` as the test server's superuser on `database`; empty on success, else the error.
inline QString serverAdmin(const QString &database, const QStringList &sql)
{
    const auto server = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"));
    if (!server)
        return server.error().toString();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(server->host());
        db.setPort(server->port());
        db.setUserName(server->user());
        db.setDatabaseName(database);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : sql) {
                if (!query.exec(statement)) {
                    failure = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return failure;
}

/// One value read as the superuser from `database` (invalid when the query fails).
inline QVariant serverAdminValue(const QString &database, const QString &sql)
{
    const auto server = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"));
    QVariant value;
    if (!server)
        return value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin-read"));
        db.setHostName(server->host());
        db.setPort(server->port());
        db.setUserName(server->user());
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin-read"));
    return value;
}

} // namespace offkai::test
