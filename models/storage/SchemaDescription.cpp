#include "SchemaDescription.h"

#include "SqlDialect.h"
#include "SqlErrors.h"

#include <algorithm>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace offkai {

namespace {

/// The table that holds a team database's schema version: not one of the community's tables.
const QString kVersionTable = QStringLiteral("offkai_schema");
/// What separates the parts of a list a catalogue query joins into one text (never in a name).
const QChar kSeparator(31);

QStringList splitList(const QVariant &value)
{
    return value.toString().split(kSeparator, Qt::SkipEmptyParts);
}

QString pgDeleteAction(const QString &code)
{
    if (code == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    if (code == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (code == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (code == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

Error readError(const QSqlQuery &query)
{
    return SqlErrors::fromQuery(query, SchemaDescription::tr("Could not read the database's tables."));
}

bool allowedOnlyIn(const SchemaDescription &side, const SchemaDescription &other, const QString &table,
                   const QString &column)
{
    return side.isPostgreSql() && !other.isPostgreSql() && SchemaDescription::isPostgreSqlOnly(table, column);
}

bool indexOverAllowedColumn(const SchemaDescription &side, const SchemaDescription &other,
                            const QString &table, const SchemaDescription::Index &index)
{
    return std::any_of(index.columns.cbegin(), index.columns.cend(), [&](const QString &expression) {
        for (const auto &allowed : SchemaDescription::postgreSqlOnlyColumns()) {
            if (table == QLatin1String(allowed.table) && expression.contains(QLatin1String(allowed.column)) &&
                allowedOnlyIn(side, other, table, QLatin1String(allowed.column)))
                return true;
        }
        return false;
    });
}

QString describe(const SchemaDescription::Index &index)
{
    return QStringLiteral("%1(%2)%3")
        .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), index.columns.join(QStringLiteral(", ")),
             index.partial ? QStringLiteral(" WHERE …") : QString());
}

QString describe(const SchemaDescription::ForeignKey &key)
{
    return QStringLiteral("(%1) → %2(%3) ON DELETE %4")
        .arg(key.columns.join(QStringLiteral(", ")), key.parent, key.parentColumns.join(QStringLiteral(", ")),
             key.onDelete);
}

} // namespace

QList<SchemaDescription::BackendOnlyColumn> SchemaDescription::postgreSqlOnlyColumns()
{
    return {{"member_profiles", "search_doc"}};
}

bool SchemaDescription::isPostgreSqlOnly(const QString &table, const QString &column)
{
    const auto all = postgreSqlOnlyColumns();
    return std::any_of(all.cbegin(), all.cend(), [&](const BackendOnlyColumn &c) {
        return table == QLatin1String(c.table) && column == QLatin1String(c.column);
    });
}

QStringList SchemaDescription::Table::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names.append(c.name);
    return names;
}

bool SchemaDescription::Table::hasColumn(const QString &column) const
{
    return std::any_of(columns.cbegin(), columns.cend(), [&](const Column &c) { return c.name == column; });
}

Result<SchemaDescription> SchemaDescription::read(const QSqlDatabase &db)
{
    SchemaDescription description;
    description.m_postgreSql = SqlDialect::of(db).isPostgreSql();
    description.m_backendName =
        description.m_postgreSql ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    const auto done =
        description.m_postgreSql ? readPostgreSql(db, description) : readSqlite(db, description);
    if (!done)
        return done.error();
    description.finish();
    return description;
}

Result<void> SchemaDescription::readSqlite(const QSqlDatabase &db, SchemaDescription &into)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Virtual tables (FTS5) and the shadow tables they own ("member_search_data", …) are the app's
    // derived index, not the community's data.
    if (!query.exec(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
                                   "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                   "ORDER BY name")))
        return readError(query);
    QStringList names;
    QStringList virtualTables;
    while (query.next()) {
        (query.value(1).toBool() ? virtualTables : names).append(query.value(0).toString());
    }
    names.removeIf([&](const QString &name) {
        return name == kVersionTable ||
               std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&](const QString &v) { return name.startsWith(v + QLatin1Char('_')); });
    });

    for (const QString &name : std::as_const(names)) {
        Table table;
        table.name = name;
        QSqlQuery columns(db);
        columns.prepare(
            QStringLiteral("SELECT name, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(name);
        if (!columns.exec())
            return readError(columns);
        QList<std::pair<int, QString>> key;
        while (columns.next()) {
            const int pk = columns.value(2).toInt();
            table.columns.append({columns.value(0).toString(), columns.value(1).toBool() || pk > 0});
            if (pk > 0)
                key.append({pk, columns.value(0).toString()});
        }
        std::sort(key.begin(), key.end());
        for (const auto &[position, column] : std::as_const(key))
            table.primaryKey.append(column);

        QSqlQuery indexes(db);
        indexes.prepare(QStringLiteral("SELECT name, \"unique\", partial FROM pragma_index_list(?) "
                                       "WHERE origin = 'c' ORDER BY name"));
        indexes.addBindValue(name);
        if (!indexes.exec())
            return readError(indexes);
        while (indexes.next()) {
            Index index{
                indexes.value(0).toString(), {}, indexes.value(1).toBool(), indexes.value(2).toBool()};
            QSqlQuery info(db);
            info.prepare(
                QStringLiteral("SELECT name FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"));
            info.addBindValue(index.name);
            if (!info.exec())
                return readError(info);
            while (info.next())
                index.columns.append(info.value(0).isNull() ? QStringLiteral("<expression>")
                                                            : info.value(0).toString());
            table.indexes.append(index);
        }

        QSqlQuery keys(db);
        keys.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete "
                                    "FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
        keys.addBindValue(name);
        if (!keys.exec())
            return readError(keys);
        int current = -1;
        while (keys.next()) {
            if (keys.value(0).toInt() != current) {
                current = keys.value(0).toInt();
                table.foreignKeys.append({{}, keys.value(1).toString(), {}, keys.value(4).toString()});
            }
            ForeignKey &fk = table.foreignKeys.last();
            fk.columns.append(keys.value(2).toString());
            // "REFERENCES members" without a column names the parent's primary key: filled in by finish().
            if (!keys.value(3).isNull())
                fk.parentColumns.append(keys.value(3).toString());
        }
        into.m_tables.append(table);
    }
    return {};
}

Result<void> SchemaDescription::readPostgreSql(const QSqlDatabase &db, SchemaDescription &into)
{
    // One query per kind for all tables at once, not one per table: over a network each is a round trip.
    QHash<QString, qsizetype> position;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
            "ORDER BY c.relname")))
        return readError(query);
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name == kVersionTable)
            continue;
        position.insert(name, into.m_tables.size());
        into.m_tables.append(Table{name, {}, {}, {}, {}});
    }
    const auto tableOf = [&](const QVariant &name) -> Table * {
        const auto at = position.constFind(name.toString());
        return at == position.cend() ? nullptr : &into.m_tables[*at];
    };
    // The tables of the current schema (normally `public`), as the queries below join them.
    const QString inPublic =
        QStringLiteral("JOIN pg_class t ON t.oid = %1 "
                       "JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema() ");

    if (!query.exec(
            QStringLiteral("SELECT t.relname, a.attname FROM pg_constraint c ") +
            inPublic.arg(QStringLiteral("c.conrelid")) +
            QStringLiteral("CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position) "
                           "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                           "WHERE c.contype = 'p' ORDER BY t.relname, k.position")))
        return readError(query);
    while (query.next()) {
        if (Table *table = tableOf(query.value(0)))
            table->primaryKey.append(query.value(1).toString());
    }

    if (!query.exec(QStringLiteral("SELECT t.relname, a.attname, a.attnotnull FROM pg_attribute a ") +
                    inPublic.arg(QStringLiteral("a.attrelid")) +
                    QStringLiteral("WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY t.relname, a.attnum")))
        return readError(query);
    while (query.next()) {
        if (Table *table = tableOf(query.value(0))) {
            const QString column = query.value(1).toString();
            table->columns.append({column, query.value(2).toBool() || table->primaryKey.contains(column)});
        }
    }

    // Indexes made by CREATE INDEX: not the ones behind a primary key, UNIQUE or EXCLUDE constraint.
    if (!query.exec(
            QStringLiteral("SELECT t.relname, i.relname, x.indisunique, x.indpred IS NOT NULL, "
                           "array_to_string(ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) "
                           "FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k), chr(31)) "
                           "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid ") +
            inPublic.arg(QStringLiteral("x.indrelid")) +
            QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid "
                           "AND c.conrelid = x.indrelid AND c.contype IN ('p', 'u', 'x'))")))
        return readError(query);
    while (query.next()) {
        if (Table *table = tableOf(query.value(0)))
            table->indexes.append({query.value(1).toString(), splitList(query.value(4)),
                                   query.value(2).toBool(), query.value(3).toBool()});
    }

    if (!query.exec(QStringLiteral("SELECT t.relname, p.relname, c.confdeltype, "
                                   "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH "
                                   "ORDINALITY AS k(attnum, o) "
                                   "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum "
                                   "ORDER BY k.o), chr(31)), "
                                   "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH "
                                   "ORDINALITY AS k(attnum, o) "
                                   "JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum "
                                   "ORDER BY k.o), chr(31)) "
                                   "FROM pg_constraint c JOIN pg_class p ON p.oid = c.confrelid ") +
                    inPublic.arg(QStringLiteral("c.conrelid")) + QStringLiteral("WHERE c.contype = 'f'")))
        return readError(query);
    while (query.next()) {
        if (Table *table = tableOf(query.value(0)))
            table->foreignKeys.append({splitList(query.value(3)), query.value(1).toString(),
                                       splitList(query.value(4)), pgDeleteAction(query.value(2).toString())});
    }
    return {};
}

void SchemaDescription::finish()
{
    std::sort(m_tables.begin(), m_tables.end(),
              [](const Table &a, const Table &b) { return a.name < b.name; });
    QHash<QString, QStringList> primaryKeys;
    for (const Table &t : std::as_const(m_tables))
        primaryKeys.insert(t.name, t.primaryKey);
    for (Table &t : m_tables) {
        for (ForeignKey &fk : t.foreignKeys) {
            if (fk.parentColumns.isEmpty())
                fk.parentColumns = primaryKeys.value(fk.parent);
        }
        std::sort(t.indexes.begin(), t.indexes.end(),
                  [](const Index &a, const Index &b) { return a.name < b.name; });
        std::sort(t.foreignKeys.begin(), t.foreignKeys.end(), [](const ForeignKey &a, const ForeignKey &b) {
            return std::tie(a.parent, a.columns) < std::tie(b.parent, b.columns);
        });
    }
}

QStringList SchemaDescription::tableNames() const
{
    QStringList names;
    for (const Table &t : m_tables)
        names.append(t.name);
    return names;
}

const SchemaDescription::Table *SchemaDescription::table(const QString &name) const
{
    for (const Table &t : m_tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

Result<QStringList> SchemaDescription::tablesInDependencyOrder() const
{
    // Kahn's algorithm, taking the first ready table by name each time, so the order is stable.
    QHash<QString, QSet<QString>> waitingFor;
    for (const Table &t : m_tables) {
        QSet<QString> parents;
        for (const ForeignKey &fk : t.foreignKeys) {
            if (fk.parent != t.name && table(fk.parent))
                parents.insert(fk.parent);
        }
        waitingFor.insert(t.name, parents);
    }
    QStringList order;
    QStringList left = tableNames();
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.cbegin(), left.cend(), [&](const QString &name) {
            return waitingFor.value(name).isEmpty();
        });
        if (ready == left.cend())
            return Error(Error::Code::Invalid, tr("The database's tables point to each other in a circle."),
                         QStringLiteral("foreign key cycle among: ") + left.join(QStringLiteral(", ")));
        const QString name = *ready;
        order.append(name);
        left.removeOne(name);
        for (auto &parents : waitingFor)
            parents.remove(name);
    }
    return order;
}

QStringList SchemaDescription::differences(const SchemaDescription &a, const SchemaDescription &b)
{
    const bool sameBackend = a.m_postgreSql == b.m_postgreSql;
    const QString nameA = sameBackend ? QStringLiteral("the first") : a.m_backendName;
    const QString nameB = sameBackend ? QStringLiteral("the second") : b.m_backendName;
    QStringList lines;
    const auto nullText = [](bool notNull) {
        return notNull ? QStringLiteral("NOT NULL") : QStringLiteral("NULL allowed");
    };

    QStringList names = a.tableNames() + b.tableNames();
    names.sort();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const Table *ta = a.table(name);
        const Table *tb = b.table(name);
        if (!ta || !tb) {
            lines.append(QStringLiteral("table %1: only in %2").arg(name, ta ? nameA : nameB));
            continue;
        }
        // Columns: those on both sides, in the same order, with the same NULL rule.
        QStringList columnsA;
        QStringList columnsB;
        for (const Column &c : ta->columns) {
            if (!tb->hasColumn(c.name)) {
                if (!allowedOnlyIn(a, b, name, c.name))
                    lines.append(QStringLiteral("%1.%2: only in %3").arg(name, c.name, nameA));
                continue;
            }
            columnsA.append(c.name);
        }
        for (const Column &c : tb->columns) {
            if (!ta->hasColumn(c.name)) {
                if (!allowedOnlyIn(b, a, name, c.name))
                    lines.append(QStringLiteral("%1.%2: only in %3").arg(name, c.name, nameB));
                continue;
            }
            columnsB.append(c.name);
        }
        if (columnsA != columnsB)
            lines.append(QStringLiteral("%1: columns in another order (%2: %3; %4: %5)")
                             .arg(name, nameA, columnsA.join(QStringLiteral(", ")), nameB,
                                  columnsB.join(QStringLiteral(", "))));
        for (const Column &ca : ta->columns) {
            for (const Column &cb : tb->columns) {
                if (ca.name == cb.name && ca.notNull != cb.notNull)
                    lines.append(
                        QStringLiteral("%1.%2: %3 in %4, %5 in %6")
                            .arg(name, ca.name, nullText(ca.notNull), nameA, nullText(cb.notNull), nameB));
            }
        }
        if (ta->primaryKey != tb->primaryKey)
            lines.append(QStringLiteral("%1: primary key (%2) in %3, (%4) in %5")
                             .arg(name, ta->primaryKey.join(QStringLiteral(", ")), nameA,
                                  tb->primaryKey.join(QStringLiteral(", ")), nameB));

        // Indexes, by name.
        for (const Index &ia : ta->indexes) {
            const auto other = std::find_if(tb->indexes.cbegin(), tb->indexes.cend(),
                                            [&](const Index &i) { return i.name == ia.name; });
            if (other == tb->indexes.cend()) {
                if (!indexOverAllowedColumn(a, b, name, ia))
                    lines.append(QStringLiteral("%1: index %2 only in %3").arg(name, ia.name, nameA));
            } else if (!(*other == ia)) {
                lines.append(QStringLiteral("%1: index %2 is %3 in %4, %5 in %6")
                                 .arg(name, ia.name, describe(ia), nameA, describe(*other), nameB));
            }
        }
        for (const Index &ib : tb->indexes) {
            const bool inA = std::any_of(ta->indexes.cbegin(), ta->indexes.cend(),
                                         [&](const Index &i) { return i.name == ib.name; });
            if (!inA && !indexOverAllowedColumn(b, a, name, ib))
                lines.append(QStringLiteral("%1: index %2 only in %3").arg(name, ib.name, nameB));
        }

        // Foreign keys, as a whole.
        for (const ForeignKey &fk : ta->foreignKeys) {
            if (!tb->foreignKeys.contains(fk))
                lines.append(QStringLiteral("%1: foreign key %2 only in %3").arg(name, describe(fk), nameA));
        }
        for (const ForeignKey &fk : tb->foreignKeys) {
            if (!ta->foreignKeys.contains(fk))
                lines.append(QStringLiteral("%1: foreign key %2 only in %3").arg(name, describe(fk), nameB));
        }
    }
    return lines;
}

QString SchemaDescription::text() const
{
    QString out;
    for (const Table &t : m_tables) {
        out += QStringLiteral("%1 (key: %2)\n").arg(t.name, t.primaryKey.join(QStringLiteral(", ")));
        for (const Column &c : t.columns)
            out +=
                QStringLiteral("  %1%2\n").arg(c.name, c.notNull ? QStringLiteral(" NOT NULL") : QString());
        for (const Index &i : t.indexes)
            out += QStringLiteral("  index %1 %2\n").arg(i.name, describe(i));
        for (const ForeignKey &fk : t.foreignKeys)
            out += QStringLiteral("  foreign key %1\n").arg(describe(fk));
    }
    return out;
}

} // namespace offkai
