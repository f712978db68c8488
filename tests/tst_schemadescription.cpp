#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SchemaDescription.h"
#include "storage/ServerAddress.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

namespace {

/// A connection to a scratch SQLite database in memory, removed with the object.
class Scratch
{
public:
    explicit Scratch(const QString &name)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
    }
    ~Scratch()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool run(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.isActive();
    }

private:
    QString m_name;
};

const SchemaDescription::Index *indexNamed(const SchemaDescription::Table &table, const QString &name)
{
    for (const auto &index : table.indexes) {
        if (index.name == name)
            return &index;
    }
    return nullptr;
}

} // namespace

class TestSchemaDescription : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("community.sqlite")), options);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = std::move(*db);
        // The member tables create the FTS5 index and its shadow tables, which the description leaves out.
        MemberTables members(*m_db);
        Q_UNUSED(members);
    }

    void cleanupTestCase() { m_db.reset(); }

    void listsTheCommunitysTablesOnly()
    {
        const auto description = SchemaDescription::read(m_db->connection());
        QVERIFY2(description.ok(), description.ok() ? "" : qPrintable(description.error().toString()));
        QCOMPARE(description->backendName(), QStringLiteral("SQLite"));
        QVERIFY(!description->isPostgreSql());
        const QStringList names = description->tableNames();
        for (const char *expected : {"members", "member_profiles", "member_tags", "events", "participations",
                                     "venues", "venue_stations", "reports", "report_photos", "series",
                                     "occupations", "event_types", "community_settings", "member_accounts"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QSqlQuery fts(m_db->connection());
        QVERIFY(
            fts.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'member_search%'")));
        QVERIFY(fts.next());
        QVERIFY2(fts.value(0).toInt() > 1, "the FTS5 index and its shadow tables exist");
        for (const QString &name : names) {
            QVERIFY2(!name.startsWith(QLatin1String("sqlite_")), qPrintable(name));
            QVERIFY2(!name.startsWith(QLatin1String("member_search")), qPrintable(name));
            QVERIFY2(name != QLatin1String("offkai_schema"), qPrintable(name));
        }
        QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
    }

    void describesColumnsKeysIndexesAndForeignKeys()
    {
        const auto description = SchemaDescription::read(m_db->connection());
        QVERIFY(description.ok());

        const auto *members = description->table(QStringLiteral("members"));
        QVERIFY(members);
        QCOMPARE(members->columns.value(0).name, QStringLiteral("id"));
        QVERIFY2(members->columns.value(0).notNull, "a primary-key column counts as NOT NULL");
        QCOMPARE(members->columns.value(1),
                 (SchemaDescription::Column{QStringLiteral("display_name"), true}));
        QVERIFY(members->hasColumn(QStringLiteral("joined_on")));
        for (const auto &column : members->columns) {
            if (column.name == QLatin1String("joined_on"))
                QVERIFY(!column.notNull);
        }
        QCOMPARE(members->primaryKey, QStringList{QStringLiteral("id")});
        // Dropped by schema 6.
        QVERIFY(!indexNamed(*members, QStringLiteral("members_reading")));
        const auto *status = indexNamed(*members, QStringLiteral("members_status"));
        QVERIFY(status);
        QCOMPARE(status->columns, QStringList{QStringLiteral("status")});
        QVERIFY(!status->unique);
        QVERIFY(!status->partial);

        const auto *tags = description->table(QStringLiteral("member_tags"));
        QVERIFY(tags);
        QCOMPARE(tags->primaryKey, (QStringList{QStringLiteral("member_id"), QStringLiteral("tag_id")}));
        QCOMPARE(tags->foreignKeys.size(), 2);
        QCOMPARE(tags->foreignKeys.at(0), (SchemaDescription::ForeignKey{{QStringLiteral("member_id")},
                                                                         QStringLiteral("members"),
                                                                         {QStringLiteral("id")},
                                                                         QStringLiteral("CASCADE")}));

        const auto *events = description->table(QStringLiteral("events"));
        QVERIFY(events);
        // Columns added by later schema steps come after the first ones, in the order they were added.
        const QStringList eventColumns = events->columnNames();
        QVERIFY(eventColumns.indexOf(QStringLiteral("host_member_id")) <
                eventColumns.indexOf(QStringLiteral("series_id")));
        QVERIFY(eventColumns.indexOf(QStringLiteral("apply_by")) <
                eventColumns.indexOf(QStringLiteral("row_version")));
        QCOMPARE(eventColumns.last(), QStringLiteral("row_version")); // schema 16
        const auto *occurrence = indexNamed(*events, QStringLiteral("events_occurrence"));
        QVERIFY(occurrence);
        QVERIFY(occurrence->unique);
        QVERIFY(occurrence->partial);
        QCOMPARE(occurrence->columns,
                 (QStringList{QStringLiteral("series_id"), QStringLiteral("occurrence_date")}));
        bool venue = false;
        for (const auto &fk : events->foreignKeys) {
            if (fk.parent == QLatin1String("venues")) {
                venue = true;
                QCOMPARE(fk.onDelete, QStringLiteral("RESTRICT"));
            }
        }
        QVERIFY(venue);

        const auto *profiles = description->table(QStringLiteral("member_profiles"));
        QVERIFY(profiles);
        QCOMPARE(profiles->foreignKeys.size(), 2);
        QCOMPARE(profiles->foreignKeys.at(0).columns, QStringList{QStringLiteral("member_id")});
        QCOMPARE(profiles->foreignKeys.at(1).columns, QStringList{QStringLiteral("referred_by")});
        QCOMPARE(profiles->foreignKeys.at(1).onDelete, QStringLiteral("SET NULL"));

        // An index behind a UNIQUE constraint is not listed; one made by CREATE UNIQUE INDEX is.
        QVERIFY(description->table(QStringLiteral("tags"))->indexes.isEmpty());
        QVERIFY(indexNamed(*description->table(QStringLiteral("blog_accounts")),
                           QStringLiteral("blog_accounts_keychain_id")));
        QVERIFY(description->text().contains(QStringLiteral("member_tags (key: member_id, tag_id)")));
    }

    void ordersParentsBeforeChildren()
    {
        const auto description = SchemaDescription::read(m_db->connection());
        QVERIFY(description.ok());
        const auto order = description->tablesInDependencyOrder();
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().toString()));
        QStringList sorted = *order;
        sorted.sort();
        QCOMPARE(sorted, description->tableNames());
        for (const auto &table : description->tables()) {
            for (const auto &fk : table.foreignKeys) {
                if (fk.parent != table.name)
                    QVERIFY2(order->indexOf(fk.parent) < order->indexOf(table.name),
                             qPrintable(fk.parent + QStringLiteral(" before ") + table.name));
            }
        }
        QVERIFY(order->indexOf(QStringLiteral("members")) <
                order->indexOf(QStringLiteral("member_profiles")));
        QVERIFY(order->indexOf(QStringLiteral("venues")) < order->indexOf(QStringLiteral("events")));
        QVERIFY(order->indexOf(QStringLiteral("series")) < order->indexOf(QStringLiteral("events")));
        QVERIFY(order->indexOf(QStringLiteral("events")) < order->indexOf(QStringLiteral("participations")));
    }

    void selfReferenceIsFineButACycleIsNot()
    {
        Scratch scratch(QStringLiteral("cycle"));
        QVERIFY(
            scratch.run(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, "
                                       "mentor INTEGER REFERENCES people, team INTEGER REFERENCES teams)")));
        QVERIFY(scratch.run(QStringLiteral("CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT)")));
        auto description = SchemaDescription::read(scratch.db());
        QVERIFY(description.ok());
        // "REFERENCES people" without a column names the parent's primary key.
        const auto *people = description->table(QStringLiteral("people"));
        QCOMPARE(people->foreignKeys.size(), 2);
        QCOMPARE(people->foreignKeys.at(0).parent, QStringLiteral("people"));
        QCOMPARE(people->foreignKeys.at(0).parentColumns, QStringList{QStringLiteral("id")});
        QCOMPARE(people->foreignKeys.at(0).onDelete, QStringLiteral("NO ACTION"));
        auto order = description->tablesInDependencyOrder();
        QVERIFY(order.ok());
        QCOMPARE(*order, (QStringList{QStringLiteral("teams"), QStringLiteral("people")}));

        QVERIFY(scratch.run(
            QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b (id))")));
        QVERIFY(scratch.run(
            QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id))")));
        description = SchemaDescription::read(scratch.db());
        QVERIFY(description.ok());
        order = description->tablesInDependencyOrder();
        QVERIFY(!order.ok());
        QVERIFY2(order.error().detail().contains(QStringLiteral("a, b")), qPrintable(order.error().detail()));
    }

    void theSameMigrationsGiveTheSameDescription()
    {
        Scratch fresh(QStringLiteral("fresh"));
        QVERIFY(Migrations().migrate(fresh.db()).ok());
        const auto a = SchemaDescription::read(m_db->connection());
        const auto b = SchemaDescription::read(fresh.db());
        QVERIFY(a.ok() && b.ok());
        const QStringList lines = SchemaDescription::differences(*a, *b);
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(a->text(), b->text());
    }

    void differencesNameWhatDiffers()
    {
        Scratch first(QStringLiteral("first"));
        Scratch second(QStringLiteral("second"));
        QVERIFY(Migrations().migrate(first.db()).ok());
        QVERIFY(Migrations().migrate(second.db()).ok());
        QVERIFY(second.run(QStringLiteral("ALTER TABLE venues ADD COLUMN floor TEXT")));
        QVERIFY(second.run(QStringLiteral("DROP INDEX member_tags_tag")));
        QVERIFY(second.run(QStringLiteral("CREATE INDEX members_status2 ON members (status, id)")));
        QVERIFY(second.run(QStringLiteral("DROP INDEX members_status")));
        QVERIFY(second.run(
            QStringLiteral("CREATE INDEX members_status ON members (status) WHERE status <> 'left'")));
        QVERIFY(second.run(QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY)")));
        QVERIFY(second.run(QStringLiteral("DROP TABLE report_templates")));
        const auto a = SchemaDescription::read(first.db());
        const auto b = SchemaDescription::read(second.db());
        QVERIFY(a.ok() && b.ok());
        const QStringList lines = SchemaDescription::differences(*a, *b);
        const QStringList expected = {
            QStringLiteral("table extra: only in the second"),
            QStringLiteral("member_tags: index member_tags_tag only in the first"),
            QStringLiteral("members: index members_status is (status) in the first, (status) WHERE … in the "
                           "second"),
            QStringLiteral("members: index members_status2 only in the second"),
            QStringLiteral("table report_templates: only in the first"),
            QStringLiteral("venues.floor: only in the second"),
        };
        QCOMPARE(lines, expected);
        // The allowance is for PostgreSQL's search document only, not for the same column on SQLite.
        QVERIFY(second.run(QStringLiteral("ALTER TABLE member_profiles ADD COLUMN search_doc TEXT")));
        const auto c = SchemaDescription::read(second.db());
        QVERIFY(SchemaDescription::differences(*a, *c).contains(
            QStringLiteral("member_profiles.search_doc: only in the second")));
        QVERIFY(SchemaDescription::isPostgreSqlOnly(QStringLiteral("member_profiles"),
                                                    QStringLiteral("search_doc")));
        QVERIFY(
            !SchemaDescription::isPostgreSqlOnly(QStringLiteral("members"), QStringLiteral("search_doc")));
    }

    /// The one schema description both backends share: SQLite's steps and PostgreSQL's make the same
    /// tables, columns, keys, indexes and foreign keys, but for PostgreSQL's search document.
    void sqliteAndPostgreSqlDescribeTheSameSchema()
    {
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER"))
            QSKIP("No PostgreSQL test server (OFFKAI_TEST_SERVER): .ci/test starts one, or run "
                  "`eval \"$(bash .ci/postgres start DIR)\"` first.");
        const QString marker = m_dir.filePath(QStringLiteral("team"));
        const auto address = ServerAddress::parse(test::serverAddressFor(marker));
        QVERIFY(address.ok());
        {
            auto team = Database::openServer(
                *address, ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"))->password());
            QVERIFY2(team.ok(), team.ok() ? "" : qPrintable(team.error().toString()));
            const auto sqlite = SchemaDescription::read(m_db->connection());
            auto postgres = SchemaDescription::read((*team)->connection());
            QVERIFY2(postgres.ok(), postgres.ok() ? "" : qPrintable(postgres.error().toString()));
            QCOMPARE(postgres->backendName(), QStringLiteral("PostgreSQL"));
            QCOMPARE(postgres->tableNames(), sqlite->tableNames());
            QStringList lines = SchemaDescription::differences(*sqlite, *postgres);
            QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
            // The allowance is what hides the search document and its index, and only that.
            const auto *profiles = postgres->table(QStringLiteral("member_profiles"));
            QVERIFY(profiles->hasColumn(QStringLiteral("search_doc")));
            QVERIFY(indexNamed(*profiles, QStringLiteral("member_profiles_search_doc")));
            QCOMPARE(postgres->tablesInDependencyOrder()->size(), sqlite->tablesInDependencyOrder()->size());

            QSqlQuery alter((*team)->connection());
            QVERIFY(alter.exec(QStringLiteral("ALTER TABLE venues ADD COLUMN floor text")));
            QVERIFY(alter.exec(QStringLiteral("ALTER TABLE members ALTER COLUMN email DROP NOT NULL")));
            QVERIFY(alter.exec(QStringLiteral("CREATE INDEX members_region ON members (region)")));
            postgres = SchemaDescription::read((*team)->connection());
            lines = SchemaDescription::differences(*sqlite, *postgres);
            const QStringList expected = {
                QStringLiteral("members.email: NOT NULL in SQLite, NULL allowed in PostgreSQL"),
                QStringLiteral("members: index members_region only in PostgreSQL"),
                QStringLiteral("venues.floor: only in PostgreSQL"),
            };
            QCOMPARE(lines, expected);
        }
        const auto admin = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("drop"));
            db.setHostName(admin->host());
            db.setPort(admin->port());
            db.setUserName(admin->user());
            db.setPassword(admin->password());
            db.setDatabaseName(admin->database());
            QVERIFY(db.open());
            QSqlQuery drop(db);
            QVERIFY(drop.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(address->database())));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop"));
    }

    void notNullAndKeysAndForeignKeysDiffer()
    {
        Scratch first(QStringLiteral("first"));
        Scratch second(QStringLiteral("second"));
        QVERIFY(first.run(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY)")));
        QVERIFY(
            first.run(QStringLiteral("CREATE TABLE t (a INTEGER NOT NULL, b TEXT, "
                                     "p_id INTEGER REFERENCES p (id) ON DELETE CASCADE, PRIMARY KEY (a))")));
        QVERIFY(second.run(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY)")));
        QVERIFY(second.run(
            QStringLiteral("CREATE TABLE t (b TEXT NOT NULL, a INTEGER NOT NULL, "
                           "p_id INTEGER REFERENCES p (id) ON DELETE SET NULL, PRIMARY KEY (a, b))")));
        const auto a = SchemaDescription::read(first.db());
        const auto b = SchemaDescription::read(second.db());
        const QStringList lines = SchemaDescription::differences(*a, *b);
        const QStringList expected = {
            QStringLiteral("t: columns in another order (the first: a, b, p_id; the second: b, a, p_id)"),
            QStringLiteral("t.b: NULL allowed in the first, NOT NULL in the second"),
            QStringLiteral("t: primary key (a) in the first, (a, b) in the second"),
            QStringLiteral("t: foreign key (p_id) → p(id) ON DELETE CASCADE only in the first"),
            QStringLiteral("t: foreign key (p_id) → p(id) ON DELETE SET NULL only in the second"),
        };
        QCOMPARE(lines, expected);
    }
};

QTEST_GUILESS_MAIN(TestSchemaDescription)
#include "tst_schemadescription.moc"
