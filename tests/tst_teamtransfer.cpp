#include "storage/Database.h"
#include "storage/SchemaDescription.h"
#include "storage/ServerAddress.h"
#include "storage/TableCopy.h"
#include "stores/MemberList.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"
#include "workflows/TeamTransfer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

namespace {

std::unique_ptr<Database> openFile(const QString &path)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return nullptr;
    }
    return std::move(*db);
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.isActive();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// A value as text that tells its kind: two cells are equal only when their values are exactly equal
/// (integers of any width count as one kind, so a PostgreSQL int4 equals an SQLite integer).
QString cell(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    case QMetaType::Double:
    case QMetaType::Float:
        return QStringLiteral("r:") + QString::number(value.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QStringLiteral("i:") + QString::number(value.toLongLong());
    case QMetaType::QString:
        return QStringLiteral("t:") + value.toString();
    default:
        return QString::fromLatin1(value.typeName()) + QLatin1Char(':') + value.toString();
    }
}

/// Every row of `table` (the given columns, in key order), one text per row.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                   const QStringList &key)
{
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns.append(QLatin1Char('"') + c + QLatin1Char('"'));
    QStringList quotedKey;
    for (const QString &c : key)
        quotedKey.append(QLatin1Char('"') + c + QLatin1Char('"'));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT %1 FROM \"%2\"").arg(quotedColumns.join(QStringLiteral(", ")), table);
    if (!quotedKey.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + quotedKey.join(QStringLiteral(", "));
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + query.lastError().text()};
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c)
            cells.append(cell(query.value(c)));
        rows.append(cells.join(QChar(31)));
    }
    return rows;
}

/// The tables of `a` whose rows differ from `b`'s (comparing the columns both have), with the first
/// difference; empty when every table holds the same rows. Also fails when a table holds no rows in
/// `a` though `mustHaveRows` names it.
QStringList differingTables(const QSqlDatabase &a, const QSqlDatabase &b)
{
    const auto da = SchemaDescription::read(a);
    const auto db = SchemaDescription::read(b);
    if (!da || !db)
        return {QStringLiteral("description unreadable")};
    if (da->tableNames() != db->tableNames())
        return {QStringLiteral("tables: ") + da->tableNames().join(QLatin1Char(',')) + QStringLiteral(" / ") +
                db->tableNames().join(QLatin1Char(','))};
    QStringList out;
    for (const auto &table : da->tables()) {
        QStringList columns;
        for (const auto &column : table.columns) {
            if (db->table(table.name)->hasColumn(column.name))
                columns.append(column.name);
        }
        const QStringList rowsA = rowsOf(a, table.name, columns, table.primaryKey);
        const QStringList rowsB = rowsOf(b, table.name, columns, table.primaryKey);
        if (rowsA == rowsB)
            continue;
        QString first;
        for (qsizetype i = 0; i < std::max(rowsA.size(), rowsB.size()); ++i) {
            if (rowsA.value(i) != rowsB.value(i)) {
                first = rowsA.value(i) + QStringLiteral(" ≠ ") + rowsB.value(i);
                break;
            }
        }
        out.append(QStringLiteral("%1 (%2 / %3 rows): %4")
                       .arg(table.name)
                       .arg(rowsA.size())
                       .arg(rowsB.size())
                       .arg(first));
    }
    return out;
}

/// Runs `sql` on the test server's maintenance database as its superuser; empty on success, else the error.
QString onTestServer(const QString &sql)
{
    const auto server = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"));
    if (!server)
        return server.error().toString();
    QString failure;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("teamtransfer-admin"));
        db.setHostName(server->host());
        db.setPort(server->port());
        db.setUserName(server->user());
        db.setPassword(server->password());
        db.setDatabaseName(server->database());
        QSqlQuery query(db);
        if (!db.open())
            failure = db.lastError().text();
        else if (!query.exec(sql))
            failure = query.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("teamtransfer-admin"));
    return failure;
}

} // namespace

class TestTeamTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    /// A fresh copy of the demo database, to change.
    QString demoCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("source-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            return {};
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }
    /// A new, migrated database standing in for an empty team database.
    std::unique_ptr<Database> emptyTarget()
    {
        return openFile(m_dir.filePath(QStringLiteral("target-%1.sqlite").arg(++m_copies)));
    }
    /// A new team database on the test server, set up by Database::openServer; dropped at the end.
    std::unique_ptr<Database> teamDatabase()
    {
        const auto address = ServerAddress::parse(
            test::serverAddressFor(m_dir.filePath(QStringLiteral("team-%1").arg(++m_copies))));
        if (!address) {
            qWarning("%s", qPrintable(address.error().toString()));
            return nullptr;
        }
        m_serverDatabases.append(address->database());
        auto db = Database::openServer(
            *address, ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"))->password());
        if (!db) {
            qWarning("%s", qPrintable(db.error().toString()));
            return nullptr;
        }
        return std::move(*db);
    }
    QStringList m_serverDatabases;

    QString newPath(const QString &stem)
    {
        return m_dir.filePath(stem + QString::number(++m_copies) + QStringLiteral(".sqlite"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        auto demo = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 6, 1));
        QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().toString()));
        m_demo = *demo;
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_serverDatabases)) {
            const QString failure =
                onTestServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            if (!failure.isEmpty())
                qWarning("could not drop %s: %s", qPrintable(name), qPrintable(failure));
        }
    }

    void pushCopiesEveryRowExactly()
    {
        auto source = openFile(demoCopy());
        auto target = emptyTarget();
        QVERIFY(source && target);
        QVERIFY(!differingTables(source->connection(), target->connection()).isEmpty());
        const qint64 members = scalar(source->connection(), QStringLiteral("SELECT count(*) FROM members"));
        QVERIFY(members > 100);

        QElapsedTimer timer;
        timer.start();
        const auto pushed = TeamTransfer::push(*source, *target);
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().toString()));
        qInfo("pushed the demo (%lld rows) into SQLite in %lld ms", pushed->totalRows(), timer.elapsed());
        QCOMPARE(pushed->rows(QStringLiteral("members")), members);
        QCOMPARE(pushed->rows(QStringLiteral("member_profiles")), members);
        QVERIFY(pushed->rows(QStringLiteral("participations")) > 0);
        QVERIFY(pushed->rows(QStringLiteral("report_photos")) > 0);
        const auto description = SchemaDescription::read(source->connection());
        QCOMPARE(pushed->tables.size(), description->tables().size());
        QCOMPARE(pushed->tables.constFirst().table, description->tablesInDependencyOrder()->constFirst());

        const QStringList differing = differingTables(source->connection(), target->connection());
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char('\n'))));
        QCOMPARE(
            scalar(target->connection(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(scalar(target->connection(), QStringLiteral("PRAGMA user_version")),
                 qint64(Database::supportedSchemaVersion()));

        // The copy is searchable as the original is: its FTS5 index is built from the copied columns.
        MemberTables from(*source);
        MemberTables to(*target);
        for (const QString &term : {QStringLiteral("ナカムラ"), QStringLiteral("佐々木"),
                                    QStringLiteral("東京"), QStringLiteral("サンプル")}) {
            MemberQuery query;
            query.search = term;
            QVERIFY(*from.list().count(query) > 0);
            QCOMPARE(*to.list().count(query), *from.list().count(query));
        }
    }

    void pullWritesANewSearchableFile()
    {
        auto team = openFile(demoCopy());
        QVERIFY(team);
        const QString path = newPath(QStringLiteral("pulled-"));
        const auto pulled = TeamTransfer::pull(team->connection(), path);
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error().toString()));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(pulled->rows(QStringLiteral("members")),
                 scalar(team->connection(), QStringLiteral("SELECT count(*) FROM members")));
        // Nothing but the file: the work folder beside it is gone.
        const QStringList beside =
            QDir(m_dir.path()).entryList({QStringLiteral(".offkai-pull-*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(beside.isEmpty(), qPrintable(beside.join(QLatin1Char(','))));

        auto local = openFile(path);
        QVERIFY(local);
        const QStringList differing = differingTables(team->connection(), local->connection());
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char('\n'))));
        // The search index is not copied but built from the copied rows, before the file is renamed into
        // place.
        QCOMPARE(scalar(local->connection(),
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'member_search'")),
                 1);
        QCOMPARE(scalar(local->connection(), QStringLiteral("SELECT count(*) FROM member_search_docsize")),
                 pulled->rows(QStringLiteral("member_profiles")));
        MemberTables members(*local);
        MemberQuery query;
        query.search = QStringLiteral("ナカムラ");
        QCOMPARE(*members.list().count(query), 2);
        query.search = QStringLiteral("佐々木");
        QCOMPARE(*members.list().count(query), 1);
    }

    void pullNeverReplacesAFile()
    {
        auto team = openFile(demoCopy());
        QVERIFY(team);
        const QString path = newPath(QStringLiteral("existing-"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        auto pulled = TeamTransfer::pull(team->connection(), path);
        QVERIFY(!pulled.ok());
        QCOMPARE(pulled.error().code(), Error::Code::Invalid);
        QVERIFY2(pulled.error().message().contains(QStringLiteral("already exists")),
                 qPrintable(pulled.error().message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));

        pulled =
            TeamTransfer::pull(team->connection(), m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite")));
        QVERIFY(!pulled.ok());
        QCOMPARE(pulled.error().code(), Error::Code::Io);
    }

    void pushRefusesATargetWithData()
    {
        auto source = openFile(demoCopy());
        auto target = emptyTarget();
        QVERIFY(source && target);
        QVERIFY(run(target->connection(), QStringLiteral("INSERT INTO venues (name) VALUES ('先客のバー')")));
        const QByteArray before = test::contentDump(target->connection());
        const QByteArray sourceBefore = test::contentDump(source->connection());
        const auto pushed = TeamTransfer::push(*source, *target);
        QVERIFY(!pushed.ok());
        QCOMPARE(pushed.error().code(), Error::Code::InUse);
        QVERIFY2(pushed.error().message().contains(QStringLiteral("“venues” holds 1 row")),
                 qPrintable(pushed.error().message()));
        QCOMPARE(test::contentDump(target->connection()), before);
        QCOMPARE(test::contentDump(source->connection()), sourceBefore);
    }

    void pushReplacesTheCataloguesTheSchemaFilled()
    {
        auto source = openFile(newPath(QStringLiteral("small-")));
        auto target = emptyTarget();
        QVERIFY(source && target);
        QVERIFY(run(source->connection(),
                    QStringLiteral("UPDATE occupations SET label = '自営業' WHERE key = 'freelancer'")));
        QVERIFY(run(source->connection(), QStringLiteral("DELETE FROM event_types WHERE key = 'lunch'")));
        QVERIFY(run(source->connection(),
                    QStringLiteral("INSERT INTO members (display_name) VALUES ('山田 花子')")));
        // Normalized for search as the app does when it opens the file, and as push does for the copy.
        {
            MemberTables normalized(*source);
        }
        const auto seeded = TableCopy::seededTables();
        QVERIFY(seeded.ok());
        QCOMPARE(*seeded, (QStringList{QStringLiteral("event_types"), QStringLiteral("occupations")}));
        const auto pushed = TeamTransfer::push(*source, *target);
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().toString()));
        QCOMPARE(pushed->rows(QStringLiteral("members")), qint64(1));
        // The member's profile row, which a trigger wrote when the member arrived, was replaced by the
        // source's.
        QCOMPARE(pushed->rows(QStringLiteral("member_profiles")), qint64(1));
        const QStringList differing = differingTables(source->connection(), target->connection());
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char('\n'))));
    }

    void refusesADifferentSchemaVersion_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("words");
        QTest::newRow("team older") << -1 << QStringLiteral("older schema");
        QTest::newRow("team newer") << 1 << QStringLiteral("newer version of Offkai");
    }
    void refusesADifferentSchemaVersion()
    {
        QFETCH(int, offset);
        QFETCH(QString, words);
        auto source = openFile(demoCopy());
        auto target = emptyTarget();
        QVERIFY(source && target);
        const int version = Database::supportedSchemaVersion() + offset;
        QVERIFY(run(target->connection(), QStringLiteral("PRAGMA user_version = %1").arg(version)));
        const QByteArray before = test::contentDump(target->connection());
        const auto pushed = TeamTransfer::push(*source, *target);
        QVERIFY(!pushed.ok());
        QCOMPARE(pushed.error().code(), Error::Code::NewerSchema);
        QVERIFY2(pushed.error().message().contains(words), qPrintable(pushed.error().message()));
        QVERIFY2(pushed.error().message().contains(QString::number(version)),
                 qPrintable(pushed.error().message()));
        QCOMPARE(test::contentDump(target->connection()), before);
        QCOMPARE(scalar(target->connection(), QStringLiteral("PRAGMA user_version")), version);

        // A pull from a team database at another version writes no file.
        const QString path = newPath(QStringLiteral("pulled-"));
        const auto pulled = TeamTransfer::pull(target->connection(), path);
        QVERIFY(!pulled.ok());
        QCOMPARE(pulled.error().code(), Error::Code::NewerSchema);
        QVERIFY(pulled.error().message().contains(words));
        QVERIFY(!QFileInfo::exists(path));
    }

    void refusesDifferentTables()
    {
        auto source = openFile(demoCopy());
        auto target = emptyTarget();
        QVERIFY(source && target);
        QVERIFY(run(target->connection(), QStringLiteral("ALTER TABLE venues ADD COLUMN floor TEXT")));
        const auto pushed = TeamTransfer::push(*source, *target);
        QVERIFY(!pushed.ok());
        QCOMPARE(pushed.error().code(), Error::Code::Invalid);
        QVERIFY2(pushed.error().detail().contains(QStringLiteral("venues.floor is missing in the source")),
                 qPrintable(pushed.error().detail()));
        QCOMPARE(scalar(target->connection(), QStringLiteral("SELECT count(*) FROM members")), 0);
    }

    void anInterruptedCopyLeavesTheTargetAsItWas()
    {
        auto source = openFile(demoCopy());
        auto target = emptyTarget();
        QVERIFY(source && target);
        const qint64 middle =
            scalar(source->connection(),
                   QStringLiteral("SELECT member_id FROM participations ORDER BY event_id, member_id LIMIT 1 "
                                  "OFFSET (SELECT count(*) / 2 FROM participations)"));
        QVERIFY(middle > 0);
        const QByteArray before = test::contentDump(target->connection());
        // Half of the participations arrive, then an insert fails.
        QVERIFY(test::failWrites(target->connection(), QStringLiteral("INSERT"),
                                 QStringLiteral("participations"),
                                 QStringLiteral("NEW.member_id = %1").arg(middle)));
        qint64 seen = 0;
        const auto pushed = TeamTransfer::push(*source, *target, [&](qint64 done, qint64) {
            seen = done;
            return true;
        });
        QVERIFY(!pushed.ok());
        QVERIFY2(pushed.error().detail().contains(QStringLiteral("injected failure")),
                 qPrintable(pushed.error().detail()));
        QVERIFY2(pushed.error().message().contains(QStringLiteral("participations")),
                 qPrintable(pushed.error().message()));
        QVERIFY(seen > 0);
        QCOMPARE(test::contentDump(target->connection()), before);
        QCOMPARE(scalar(target->connection(), QStringLiteral("SELECT count(*) FROM members")), 0);
        QCOMPARE(scalar(target->connection(), QStringLiteral("SELECT count(*) FROM member_profiles")), 0);
        // The source's read snapshot ended: it can be written again.
        QVERIFY(run(source->connection(), QStringLiteral("UPDATE venues SET notes = 'after' WHERE id = 1")));
    }

    void progressCountsEveryRowAndCanStop()
    {
        auto source = openFile(demoCopy());
        auto target = emptyTarget();
        QVERIFY(source && target);
        QList<std::pair<qint64, qint64>> calls;
        auto pushed = TeamTransfer::push(*source, *target, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY(pushed.ok());
        QVERIFY(calls.size() > 10);
        QCOMPARE(calls.constFirst(), (std::pair<qint64, qint64>(0, pushed->totalRows())));
        QCOMPARE(calls.constLast(), (std::pair<qint64, qint64>(pushed->totalRows(), pushed->totalRows())));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);

        auto second = emptyTarget();
        const QByteArray before = test::contentDump(second->connection());
        pushed =
            TeamTransfer::push(*source, *second, [&](qint64 done, qint64 total) { return done < total / 2; });
        QVERIFY(!pushed.ok());
        QVERIFY2(pushed.error().message().contains(QStringLiteral("stopped")),
                 qPrintable(pushed.error().message()));
        QCOMPARE(test::contentDump(second->connection()), before);
    }

    void valuesSurviveExactly()
    {
        auto source = openFile(newPath(QStringLiteral("values-")));
        auto target = emptyTarget();
        QVERIFY(source && target);
        const QString probe = QStringLiteral(
            "CREATE TABLE value_probe (id INTEGER PRIMARY KEY, t TEXT, i INTEGER, r REAL, b BLOB, n TEXT)");
        QVERIFY(run(source->connection(), probe));
        QVERIFY(run(target->connection(), probe));
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        const QList<QVariantList> rows = {
            {1, QStringLiteral("東京都渋谷区 ｶﾀｶﾅ 🍣 \"quoted\" 'single' \\ back\nnew line"),
             Q_INT64_C(9223372036854775807), 0.1, bytes, QVariant()},
            {2, QString(), Q_INT64_C(-9223372036854775807) - 1, -2.5e-300, QByteArray(), QStringLiteral("")},
            {3, QStringLiteral(" 先頭と末尾の空白 "), 0, 1.7976931348623157e308, QByteArray("\0", 1),
             QVariant()},
            {4, QVariant(), QVariant(), QVariant(), QVariant(), QVariant()},
            {5, QStringLiteral("007"), -1, 3.141592653589793, QByteArray("\xff\xfe"), QStringLiteral("NULL")},
        };
        QSqlQuery insert(source->connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO value_probe VALUES (?, ?, ?, ?, ?, ?)")));
        for (const QVariantList &row : rows) {
            for (int c = 0; c < row.size(); ++c)
                insert.bindValue(c, row.at(c));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(run(source->connection(),
                    QStringLiteral("UPDATE value_probe SET n = '', b = zeroblob(0) WHERE id = 4")));
        const auto pushed = TeamTransfer::push(*source, *target);
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().toString()));
        QCOMPARE(pushed->rows(QStringLiteral("value_probe")), rows.size());
        const QStringList columns = {QStringLiteral("id"), QStringLiteral("t"), QStringLiteral("i"),
                                     QStringLiteral("r"),  QStringLiteral("b"), QStringLiteral("n")};
        const QStringList copied =
            rowsOf(target->connection(), QStringLiteral("value_probe"), columns, {QStringLiteral("id")});
        QCOMPARE(copied, rowsOf(source->connection(), QStringLiteral("value_probe"), columns,
                                {QStringLiteral("id")}));
        // And SQLite's own view of each value's kind is the same.
        const QString kinds = QStringLiteral(
            "SELECT group_concat(typeof(t) || typeof(i) || typeof(r) || typeof(b) || "
            "typeof(n) || coalesce(length(b), -1), ',') FROM (SELECT * FROM value_probe ORDER BY id)");
        QSqlQuery a(source->connection());
        QSqlQuery b(target->connection());
        QVERIFY(a.exec(kinds) && a.next() && b.exec(kinds) && b.next());
        QCOMPARE(b.value(0).toString(), a.value(0).toString());
        QVERIFY2(copied.value(0).contains(QStringLiteral("r:0.10000000000000001")),
                 qPrintable(copied.value(0)));
        QVERIFY(copied.value(0).contains(QStringLiteral("🍣")));
    }

    void pushAndPullThroughAServer()
    {
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER"))
            QSKIP("No PostgreSQL test server (OFFKAI_TEST_SERVER): .ci/test starts one, or run "
                  "`eval \"$(bash .ci/postgres start DIR)\"` first.");
        auto source = openFile(demoCopy());
        auto team = teamDatabase();
        QVERIFY(source && team);
        QVERIFY(team->isServer());

        QElapsedTimer timer;
        timer.start();
        const auto pushed = TeamTransfer::push(*source, *team);
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().toString()));
        qInfo("pushed the demo (%lld rows) into PostgreSQL in %lld ms, search data included",
              pushed->totalRows(), timer.elapsed());
        QCOMPARE(pushed->rows(QStringLiteral("members")),
                 scalar(source->connection(), QStringLiteral("SELECT count(*) FROM members")));
        // Every row of every table, value for value.
        QStringList differing = differingTables(source->connection(), team->connection());
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char('\n'))));
        const auto local = SchemaDescription::read(source->connection());
        const auto server = SchemaDescription::read(team->connection());
        QVERIFY(local.ok() && server.ok());
        QVERIFY(server->isPostgreSql());
        QStringList schema = SchemaDescription::differences(*local, *server);
        QVERIFY2(schema.isEmpty(), qPrintable(schema.join(QLatin1Char('\n'))));
        // The profiles were rewritten in the list's order, and the statistics the member list plans by
        // taken.
        QCOMPARE(
            scalar(team->connection(), QStringLiteral("SELECT count(*) FROM pg_index WHERE indisclustered "
                                                      "AND indexrelid = 'member_profiles_sort'::regclass")),
            1);
        QVERIFY(scalar(team->connection(), QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = "
                                                          "'member_profiles' AND attname = 'search_doc' AND "
                                                          "most_common_elems IS NOT NULL")) == 1);

        // A second push finds the team database in use and changes nothing.
        const QByteArray before = test::contentDump(team->connection());
        const auto again = TeamTransfer::push(*source, *team);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), Error::Code::InUse);
        QCOMPARE(test::contentDump(team->connection()), before);

        // Pulled into a new file: the same rows again, and searchable.
        const QString path = newPath(QStringLiteral("pulled-"));
        timer.restart();
        const auto pulled = TeamTransfer::pull(team->connection(), path);
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error().toString()));
        qInfo("pulled it back into a new file in %lld ms", timer.elapsed());
        QCOMPARE(pulled->totalRows(), pushed->totalRows());
        auto copy = openFile(path);
        QVERIFY(copy);
        differing = differingTables(source->connection(), copy->connection());
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QLatin1Char('\n'))));
        MemberTables members(*copy);
        MemberQuery query;
        query.search = QStringLiteral("ナカムラ");
        QCOMPARE(*members.list().count(query), 2);

        // New rows on the server take the ids after the copied ones.
        const std::pair<const char *, const char *> inserts[] = {
            {"venues", "INSERT INTO venues (name) VALUES ('新しい会場') RETURNING id"},
            {"members", "INSERT INTO members (display_name) VALUES ('新しい人') RETURNING id"},
            {"events", "INSERT INTO events (title, starts_at) VALUES ('新しい会', '2026-07-01T10:00:00Z') "
                       "RETURNING id"},
        };
        for (const auto &[table, sql] : inserts) {
            const qint64 largest = scalar(source->connection(),
                                          QStringLiteral("SELECT max(id) FROM %1").arg(QLatin1String(table)));
            QSqlQuery insert(team->connection());
            QVERIFY2(insert.exec(QString::fromUtf8(sql)) && insert.next(),
                     qPrintable(insert.lastError().text()));
            QCOMPARE(insert.value(0).toLongLong(), largest + 1);
        }
    }

    void theCommandLine()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        auto run =
            test::runOffkai({QStringLiteral("team"), QStringLiteral("push"), QStringLiteral("--db"), missing,
                             QStringLiteral("--server"), QStringLiteral("postgresql://nobody@/nowhere")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist. Nothing was pushed.")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(missing));
        run = test::runOffkai(
            {QStringLiteral("team"), QStringLiteral("push"), QStringLiteral("--db"), missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--server URL")), qPrintable(run.err));
        run = test::runOffkai({QStringLiteral("team"), QStringLiteral("pull"), QStringLiteral("--server"),
                               QStringLiteral("postgresql://nobody@/nowhere")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--db FILE")), qPrintable(run.err));
        run = test::runOffkai({QStringLiteral("team"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("offkai team push --db FILE --server URL")),
                 qPrintable(run.err));
        run = test::runOffkai({QStringLiteral("--help-all")});
        QVERIFY(
            QString::fromUtf8(run.out).contains(QStringLiteral("offkai team pull --server URL --db FILE")));

        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER"))
            QSKIP("No PostgreSQL test server (OFFKAI_TEST_SERVER): the rest pushes and pulls through one.");
        const QString url = test::serverAddressFor(m_dir.filePath(QStringLiteral("team-cli")));
        m_serverDatabases.append(ServerAddress::parse(url)->database());
        const QString demo = demoCopy();
        run = test::runOffkai({QStringLiteral("team"), QStringLiteral("push"), QStringLiteral("--db"), demo,
                               QStringLiteral("--server"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QStringLiteral("Pushed “%1” into the team database").arg(demo)),
                 qPrintable(out));
        QVERIFY2(out.endsWith(QStringLiteral(
                     ": members 278, events 114, venues 5, series 3, reports 2; 3,392 rows in 27 tables.\n")),
                 qPrintable(out));
        // Pushing again is refused; the global options work as well.
        run = test::runOffkai({QStringLiteral("--server"), url, QStringLiteral("team"),
                               QStringLiteral("push"), QStringLiteral("--db"), demo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not empty")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());

        const QString pulled = newPath(QStringLiteral("cli-pulled-"));
        run = test::runOffkai({QStringLiteral("team"), QStringLiteral("pull"), QStringLiteral("--server"),
                               url, QStringLiteral("--db"), pulled});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QString::fromUtf8(run.out).startsWith(QStringLiteral("Pulled the team database ")),
                 run.out.constData());
        QVERIFY(QFileInfo::exists(pulled));
        run = test::runOffkai({QStringLiteral("team"), QStringLiteral("pull"), QStringLiteral("--server"),
                               url, QStringLiteral("--db"), pulled});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    }

    void anInterruptedPushLeavesTheServerAsItWas()
    {
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER"))
            QSKIP("No PostgreSQL test server (OFFKAI_TEST_SERVER).");
        auto source = openFile(demoCopy());
        auto team = teamDatabase();
        QVERIFY(source && team);
        const qint64 middle =
            scalar(source->connection(),
                   QStringLiteral("SELECT member_id FROM participations ORDER BY event_id, member_id "
                                  "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM participations)"));
        QVERIFY(test::failWrites(team->connection(), QStringLiteral("INSERT"),
                                 QStringLiteral("participations"),
                                 QStringLiteral("NEW.member_id = %1").arg(middle)));
        const QByteArray before = test::contentDump(team->connection());
        const auto pushed = TeamTransfer::push(*source, *team);
        QVERIFY(!pushed.ok());
        QVERIFY2(pushed.error().detail().contains(QStringLiteral("injected failure")),
                 qPrintable(pushed.error().detail()));
        QCOMPARE(test::contentDump(team->connection()), before);
        QCOMPARE(scalar(team->connection(), QStringLiteral("SELECT count(*) FROM members")), 0);
        // The sequences were not moved either: the next venue is the first.
        QSqlQuery insert(team->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO venues (name) VALUES ('最初の会場') RETURNING id")) &&
                insert.next());
        QCOMPARE(insert.value(0).toLongLong(), 1);
    }

    void aTeamDatabaseAtAnotherSchemaIsRefused()
    {
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER"))
            QSKIP("No PostgreSQL test server (OFFKAI_TEST_SERVER).");
        auto source = openFile(demoCopy());
        auto team = teamDatabase();
        QVERIFY(source && team);
        QSqlQuery older(team->connection());
        QVERIFY(older.exec(QStringLiteral("UPDATE offkai_schema SET version = version - 1")));
        const QByteArray before = test::contentDump(team->connection());
        const auto pushed = TeamTransfer::push(*source, *team);
        QVERIFY(!pushed.ok());
        QCOMPARE(pushed.error().code(), Error::Code::NewerSchema);
        QVERIFY2(pushed.error().message().contains(QStringLiteral("older schema")),
                 qPrintable(pushed.error().message()));
        QCOMPARE(test::contentDump(team->connection()), before);
        const QString path = newPath(QStringLiteral("pulled-"));
        QVERIFY(!TeamTransfer::pull(team->connection(), path).ok());
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestTeamTransfer)
#include "tst_teamtransfer.moc"
