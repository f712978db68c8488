#include "TableCopy.h"

#include "core/Log.h"
#include "Migrations.h"
#include "SchemaDescription.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QAtomicInt>
#include <QSqlQuery>

namespace offkai {

namespace {

QAtomicInt scratchCounter;

/// A name from the catalogue as an SQL identifier, quoted for both servers.
QString quoted(const QString &name)
{
    return SqlDialect::identifier(name);
}

QString quotedList(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(quoted(name));
    return out.join(QStringLiteral(", "));
}

/// Bound values per statement: SQLite before 3.32 takes 999; PostgreSQL takes 65535.
int parameterLimit(const QSqlDatabase &db)
{
    return SqlDialect::of(db).isPostgreSql() ? 16000 : 999;
}

/// `value` as read, to bind: an empty text or blob stays empty. (A driver reads SQLite's zero-length blob as
/// a null QByteArray, which it would bind as NULL.)
QVariant bindable(QVariant value)
{
    if (value.isNull())
        return value;
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QVariant(QByteArray("", 0));
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

QString insertStatement(const QSqlDatabase &db, const QString &table, const QStringList &columns, int rows)
{
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values(rows, row);
    return QStringLiteral("INSERT INTO %1 (%2)%3 VALUES %4")
        .arg(quoted(table), quotedList(columns),
             SqlDialect::of(db).isPostgreSql() ? QStringLiteral(" OVERRIDING SYSTEM VALUE") : QString(),
             values.join(QStringLiteral(", ")));
}

} // namespace

TableCopy::TableCopy(QSqlDatabase source, QSqlDatabase target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{}

TableCopy::~TableCopy()
{
    endSnapshot();
}

Result<void> TableCopy::beginSnapshot()
{
    QSqlQuery query(m_source);
    const QString begin = SqlDialect::of(m_source).isPostgreSql()
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN");
    if (!query.exec(begin))
        return SqlErrors::fromQuery(query, tr("Could not read the database to copy."));
    m_snapshot = true;
    return {};
}

void TableCopy::endSnapshot()
{
    if (!m_snapshot)
        return;
    QSqlQuery query(m_source);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "could not end the read snapshot:" << query.lastError().text();
    m_snapshot = false;
}

Result<void> TableCopy::refreshStatistics(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("VACUUM (ANALYZE)")))
        return SqlErrors::fromQuery(query, tr("Could not update the team database's statistics."));
    return {};
}

Result<qint64> TableCopy::count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + quoted(table)) || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not count the rows of “%1”.").arg(table));
    return query.value(0).toLongLong();
}

Result<QHash<QString, qint64>> TableCopy::counts(const QSqlDatabase &db, const QStringList &tables)
{
    QHash<QString, qint64> found;
    if (tables.isEmpty())
        return found;
    // One statement for all tables: one round trip to a server.
    QStringList parts;
    for (qsizetype i = 0; i < tables.size(); ++i)
        parts.append(QStringLiteral("SELECT %1, count(*) FROM %2").arg(i).arg(quoted(tables.at(i))));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(parts.join(QStringLiteral(" UNION ALL "))))
        return SqlErrors::fromQuery(query, tr("Could not count the rows of the database's tables."));
    while (query.next())
        found.insert(tables.value(query.value(0).toInt()), query.value(1).toLongLong());
    return found;
}

Result<void> TableCopy::deferForeignKeys()
{
    if (SqlDialect::of(m_target).isPostgreSql())
        return {};
    QSqlQuery query(m_target);
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return SqlErrors::fromQuery(query, tr("Could not prepare the copy."));
    return {};
}

Result<void> TableCopy::quietTarget()
{
    if (!SqlDialect::of(m_target).isPostgreSql())
        return {};
    QSqlQuery query(m_target);
    if (!query.exec(QStringLiteral("SET LOCAL offkai.quiet = 'on'")))
        return SqlErrors::fromQuery(query, tr("Could not prepare the copy."));
    return {};
}

Result<void> TableCopy::clearTarget(const QString &table)
{
    QSqlQuery query(m_target);
    if (!query.exec(QStringLiteral("DELETE FROM ") + quoted(table)))
        return SqlErrors::fromQuery(query, tr("Could not prepare “%1” for the copy.").arg(table));
    return {};
}

Result<qint64> TableCopy::copyRows(const QString &table, const QStringList &columns, const QStringList &order,
                                   const BatchDone &batchDone)
{
    const QString what = tr("Could not copy the rows of “%1”.").arg(table);
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    QString select = QStringLiteral("SELECT %1 FROM %2").arg(quotedList(columns), quoted(table));
    if (!order.isEmpty())
        select += QStringLiteral(" ORDER BY ") + quotedList(order);
    if (!read.exec(select))
        return SqlErrors::fromQuery(read, what);

    const int width = int(columns.size());
    const int batchRows = std::clamp(parameterLimit(m_target) / std::max(width, 1), 1, 500);
    QSqlQuery fullBatch(m_target);
    if (!fullBatch.prepare(insertStatement(m_target, table, columns, batchRows)))
        return SqlErrors::fromQuery(fullBatch, what);

    QVariantList pending;
    pending.reserve(batchRows * width);
    qint64 copied = 0;
    const auto flush = [&](QSqlQuery &insert, int rows) -> Result<void> {
        for (qsizetype i = 0; i < pending.size(); ++i)
            insert.bindValue(int(i), pending.at(i));
        if (!insert.exec())
            return SqlErrors::fromQuery(insert, what);
        copied += rows;
        pending.clear();
        if (batchDone && !batchDone(rows))
            return Error(Error::Code::Invalid, tr("The copy was stopped."), QStringLiteral("cancelled"));
        return {};
    };
    int rows = 0;
    while (read.next()) {
        for (int c = 0; c < width; ++c)
            pending.append(bindable(read.value(c)));
        if (++rows == batchRows) {
            if (auto done = flush(fullBatch, rows); !done)
                return done.error();
            rows = 0;
        }
    }
    if (read.lastError().isValid())
        return SqlErrors::fromQuery(read, what);
    if (rows > 0) {
        QSqlQuery lastBatch(m_target);
        if (!lastBatch.prepare(insertStatement(m_target, table, columns, rows)))
            return SqlErrors::fromQuery(lastBatch, what);
        if (auto done = flush(lastBatch, rows); !done)
            return done.error();
    }
    return copied;
}

Result<void> TableCopy::continueSequences(const QStringList &tables)
{
    if (!SqlDialect::of(m_target).isPostgreSql() || tables.isEmpty())
        return {};
    const QString what = tr("Could not set the next ids of the copied rows.");
    QSqlQuery columns(m_target);
    columns.setForwardOnly(true);
    if (!columns.exec(QStringLiteral(
            "SELECT t.relname, a.attname FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema() "
            "WHERE t.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped "
            "AND pg_get_serial_sequence(quote_ident(t.relname), a.attname) IS NOT NULL ORDER BY 1, 2")))
        return SqlErrors::fromQuery(columns, what);
    // setval(…, max + 1, false): the next value is max + 1, and 1 for an empty table. All in one statement.
    QStringList calls;
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        const QString column = columns.value(1).toString();
        if (!tables.contains(table))
            continue;
        calls.append(QStringLiteral("setval(pg_get_serial_sequence('%1', '%2'), "
                                    "coalesce((SELECT max(%3) FROM %4), 0) + 1, false)")
                         .arg(QString(quoted(table)).replace(QLatin1Char('\''), QStringLiteral("''")),
                              QString(column).replace(QLatin1Char('\''), QStringLiteral("''")),
                              quoted(column), quoted(table)));
    }
    if (calls.isEmpty())
        return {};
    QSqlQuery reset(m_target);
    if (!reset.exec(QStringLiteral("SELECT ") + calls.join(QStringLiteral(", "))))
        return SqlErrors::fromQuery(reset, what);
    return {};
}

Result<QStringList> TableCopy::seededTables()
{
    static const Result<QStringList> seeded = []() -> Result<QStringList> {
        const QString name = QStringLiteral("offkai-seeded-%1").arg(scratchCounter.fetchAndAddRelaxed(1));
        Result<QStringList> found = QStringList();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (!db.open()) {
                found = SqlErrors::fromSql(db.lastError(), tr("Could not prepare the copy."));
            } else if (auto migrated = Migrations().migrate(db); !migrated) {
                found = migrated.error();
            } else if (auto description = SchemaDescription::read(db); !description) {
                found = description.error();
            } else {
                for (const QString &table : description->tableNames()) {
                    auto rows = count(db, table);
                    if (!rows) {
                        found = rows.error();
                        break;
                    }
                    if (*rows > 0)
                        found->append(table);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return found;
    }();
    return seeded;
}

} // namespace offkai
