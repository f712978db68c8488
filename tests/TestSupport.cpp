#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "stores/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace offkai::test {

void prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OffkaiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("OffkaiTest"));
}

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray databaseChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.size() >= 100) {
        bytes.replace(24, 4, QByteArray(4, '\0'));
        bytes.replace(92, 4, QByteArray(4, '\0'));
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

CommandRun runOffkai(const QStringList &arguments, const QList<QPair<QString, QString>> &set,
                     const QStringList &unset)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : QStringList{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                           QStringLiteral("WAYLAND_DISPLAY")} +
                                   unset)
        env.remove(name);
    for (const auto &[name, value] : set)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(offkaiBinary(), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

namespace {
/// contentDump() of a team database: every table's columns and rows, in a stable order.
QByteArray serverContentDump(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT c.table_name, string_agg(c.column_name || ' ' || c.data_type, ', ' "
                               "ORDER BY c.ordinal_position), count(*) FROM information_schema.columns c "
                               "JOIN pg_tables t ON t.tablename = c.table_name AND t.schemaname = "
                               "c.table_schema WHERE c.table_schema = current_schema() GROUP BY c.table_name "
                               "ORDER BY c.table_name"));
    QList<QPair<QString, int>> names;
    while (tables.next()) {
        hash.addData(
            QByteArray(tables.value(0).toString().toUtf8() + ": " + tables.value(1).toString().toUtf8()));
        names.append({tables.value(0).toString(), tables.value(2).toInt()});
    }
    for (const auto &[name, columns] : std::as_const(names)) {
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order.append(QString::number(c));
        QSqlQuery rows(db);
        if (!rows.exec(
                QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(name, order.join(QLatin1Char(',')))))
            continue;
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                hash.addData(QByteArray(rows.value(c).toString().toUtf8() + "\x1f"));
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}
} // namespace

QByteArray contentDump(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return serverContentDump(db);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        hash.addData(tables.value(1).toString().toUtf8());
        if (tables.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
            names.append(tables.value(0).toString());
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"") + name + QStringLiteral("\" ORDER BY 1")))
            continue;
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                hash.addData(QByteArray(rows.value(c).toString().toUtf8() + "\x1f"));
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

bool failWrites(const QSqlDatabase &db, const QString &statement, const QString &table,
                const QString &condition)
{
    static int count = 0;
    QSqlQuery query(db);
    if (db.driverName() == QLatin1String("QPSQL")) {
        // PostgreSQL has no temporary triggers: a real one, on the test's own throw-away database.
        return query.exec(
                   QStringLiteral("CREATE OR REPLACE FUNCTION offkai_injected_failure() RETURNS trigger "
                                  "LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''injected failure''; END'")) &&
               query.exec(
                   QStringLiteral("CREATE TRIGGER injected_failure_%1 BEFORE %2 ON %3 FOR EACH ROW WHEN "
                                  "(%4) EXECUTE FUNCTION offkai_injected_failure()")
                       .arg(++count)
                       .arg(statement, table, condition));
    }
    return query.exec(QStringLiteral("CREATE TEMP TRIGGER injected_failure_%1 BEFORE %2 ON %3 WHEN %4 "
                                     "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                          .arg(++count)
                          .arg(statement, table, condition));
}

bool onServer()
{
    return qEnvironmentVariable("OFFKAI_TEST_BACKEND") == QLatin1String("postgresql");
}

QString serverAddressFor(const QString &path)
{
    if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER"))
        qFatal("This test runs on PostgreSQL, but OFFKAI_TEST_SERVER names no test server: run it through "
               ".ci/test, which starts one, or start one with `eval \"$(bash .ci/postgres start DIR)\"`.");
    const auto admin = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"));
    if (!admin) {
        qWarning("OFFKAI_TEST_SERVER: %s", qPrintable(admin.error().toString()));
        return {};
    }
    const QString name =
        QStringLiteral("t_") +
        QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(20));
    static int counter = 0;
    const QString connection = QStringLiteral("test-admin-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin->host());
        db.setPort(admin->port());
        db.setUserName(admin->user());
        db.setPassword(admin->password());
        db.setDatabaseName(admin->database());
        if (!db.open()) {
            qWarning("test server: %s", qPrintable(db.lastError().text()));
        } else {
            // As with a file: a path that does not exist (never made, or removed by the test) stands for a
            // new, empty database; one that exists reopens the database made for it.
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name));
            const bool exists = query.next();
            if (exists && !QFileInfo::exists(path))
                query.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
            if ((!exists || !QFileInfo::exists(path)) &&
                !query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
                qWarning("test server: %s", qPrintable(query.lastError().text()));
            QFile marker(path);
            if (!QFileInfo::exists(path) && !marker.open(QIODevice::WriteOnly))
                qWarning("test server: cannot mark %s", qPrintable(path));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return admin->withDatabase(name).toDisplayString();
}

Result<std::unique_ptr<Database>> openDatabase(const QString &path, const Database::Options &options)
{
    if (!onServer())
        return Database::open(path, options);
    const auto address = ServerAddress::parse(serverAddressFor(path));
    if (!address)
        return address.error();
    return Database::openServer(
        *address, ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"))->password(), options);
}

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = openDatabase(path, options);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return nullptr;
    }
    return std::make_unique<Workspace>(std::move(db).value());
}

QString offkaiBinary()
{
    return qEnvironmentVariable("OFFKAI_BINARY");
}

QString testData(const QString &relative)
{
    return qEnvironmentVariable("OFFKAI_TEST_DATA") + QLatin1Char('/') + relative;
}

void writeForeignSqlite(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

void typeText(QObject *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace offkai::test
