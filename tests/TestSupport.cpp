#include "TestSupport.h"

#include "storage/Database.h"
#include "stores/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QKeyEvent>
#include <QProcess>
#include <QSqlDatabase>
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

QByteArray contentDump(const QSqlDatabase &db)
{
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
    return query.exec(QStringLiteral("CREATE TEMP TRIGGER injected_failure_%1 BEFORE %2 ON %3 WHEN %4 "
                                     "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                          .arg(++count)
                          .arg(statement, table, condition));
}

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
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
