#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace offkai {

/// The shape of an Offkai database, read from the database itself, in words both backends can state: its
/// tables, each with its columns in order (name, whether NULL is refused), its primary key, the indexes
/// made by CREATE INDEX and its foreign keys.
///
/// SQLite is read through `sqlite_master` and its table-valued pragmas, PostgreSQL through its catalogues
/// (the connection's current schema, normally `public`). Left out on both: SQLite's own tables (`sqlite_*`),
/// virtual tables and their shadow tables (the FTS5 index `member_search*`, which the app rebuilds from
/// `member_profiles`), and the schema version table `offkai_schema`. The indexes that back a primary key or a
/// UNIQUE constraint are not listed (each backend names them its own way); a primary-key column counts as NOT
/// NULL on both.
///
/// Tests compare the description of a database made by SQLite's migrations with one made by PostgreSQL's
/// (differences()); team push and pull copy the tables it lists, parents first (tablesInDependencyOrder()).
class SchemaDescription
{
    Q_DECLARE_TR_FUNCTIONS(offkai::SchemaDescription)
public:
    struct Column
    {
        QString name;
        bool notNull = false;
        bool operator==(const Column &) const = default;
    };

    struct Index
    {
        QString name;
        QStringList columns; ///< key columns in order; an expression as its text (SQLite: "<expression>")
        bool unique = false;
        bool partial = false; ///< has a WHERE clause
        bool operator==(const Index &) const = default;
    };

    struct ForeignKey
    {
        QStringList columns;
        QString parent;
        QStringList parentColumns;
        QString onDelete; ///< "NO ACTION", "RESTRICT", "CASCADE", "SET NULL" or "SET DEFAULT"
        bool operator==(const ForeignKey &) const = default;
    };

    struct Table
    {
        QString name;
        QList<Column> columns;
        QStringList primaryKey;
        QList<Index> indexes;          ///< by name
        QList<ForeignKey> foreignKeys; ///< by parent, then columns

        QStringList columnNames() const;
        bool hasColumn(const QString &column) const;
    };

    /// A column that one backend has and the other lacks on purpose.
    struct BackendOnlyColumn
    {
        const char *table;
        const char *column;
    };
    /// The allowance differences() makes: `member_profiles.search_doc`, PostgreSQL's search document (a
    /// column with a GIN index where SQLite has its FTS5 table), exists in PostgreSQL only. So do the
    /// indexes over it. Team push leaves it to PostgreSQL to fill; pull does not copy it.
    static QList<BackendOnlyColumn> postgreSqlOnlyColumns();
    static bool isPostgreSqlOnly(const QString &table, const QString &column);

    /// Reads the description of an open connection (QSQLITE or QPSQL).
    static Result<SchemaDescription> read(const QSqlDatabase &db);

    /// "SQLite" or "PostgreSQL".
    QString backendName() const { return m_backendName; }
    bool isPostgreSql() const { return m_postgreSql; }
    /// By name.
    const QList<Table> &tables() const { return m_tables; }
    QStringList tableNames() const;
    /// The table named `name`, or null.
    const Table *table(const QString &name) const;

    /// Every table after the tables its foreign keys point to, and otherwise by name. A table that points
    /// to itself comes where its other parents put it. A cycle between tables is an error.
    Result<QStringList> tablesInDependencyOrder() const;

    /// What differs between `a` and `b`, one readable line each ("members.email: NOT NULL in SQLite, NULL
    /// allowed in PostgreSQL"); empty when they describe the same schema. Columns that one backend has on
    /// purpose (postgreSqlOnlyColumns()) and the indexes over them are not differences when `a` and `b` are
    /// of different backends.
    static QStringList differences(const SchemaDescription &a, const SchemaDescription &b);

    /// The whole description as text, one line per column, key, index and foreign key: for test failures.
    QString text() const;

private:
    static Result<void> readSqlite(const QSqlDatabase &db, SchemaDescription &into);
    static Result<void> readPostgreSql(const QSqlDatabase &db, SchemaDescription &into);
    void finish();

    QString m_backendName;
    bool m_postgreSql = false;
    QList<Table> m_tables;
};

} // namespace offkai
