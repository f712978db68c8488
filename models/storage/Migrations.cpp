#include "Migrations.h"

#include "core/Log.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace offkai {

QString Migrations::defaultFolder()
{
    return QStringLiteral(":/offkai/schema");
}

QString Migrations::defaultFolder(Backend backend)
{
    return backend == Backend::PostgreSql ? QStringLiteral(":/offkai/schema/postgresql") : defaultFolder();
}

Migrations::Migrations(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        QFile f(folder + QLatin1Char('/') + file);
        if (!match.hasMatch() || !f.open(QIODevice::ReadOnly)) {
            m_loadError = Error(Error::Code::Migration,
                                tr("The database schema bundled with Offkai is damaged. Reinstall Offkai."),
                                QStringLiteral("bad migration file ") + file);
            continue;
        }
        Step step{match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())};
        const int expected = m_steps.size() + 1;
        if (step.version != expected) {
            m_loadError =
                Error(Error::Code::Migration,
                      tr("The database schema bundled with Offkai is damaged. Reinstall Offkai."),
                      QStringLiteral("migration %1 found where %2 was expected").arg(file).arg(expected));
            continue;
        }
        m_steps.append(step);
    }
}

Result<int> Migrations::userVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    // A team database keeps its version in a one-row table (PostgreSQL has no user_version).
    const QString read = SqlDialect::of(db).isPostgreSql()
                             ? QStringLiteral("SELECT version FROM offkai_schema")
                             : QStringLiteral("PRAGMA user_version");
    if (!query.exec(read) || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not read the database's schema version."));
    return query.value(0).toInt();
}

namespace {
/// The advisory lock key that serializes migrations of one team database ("OFFK").
constexpr qint64 kMigrationLock = 0x4f46464b;

/// SQLite has no ADD COLUMN IF NOT EXISTS. So that a step can be applied twice, an
/// "ALTER TABLE t ADD [COLUMN] c …" whose column already exists is skipped.
bool columnAlreadyAdded(QSqlDatabase db, const QString &statement)
{
    if (SqlDialect::of(db).isPostgreSql())
        return false; // PostgreSQL's steps say ADD COLUMN IF NOT EXISTS themselves
    static const QRegularExpression addColumn(
        QStringLiteral(R"re(^\s*ALTER\s+TABLE\s+"?(\w+)"?\s+ADD\s+(?:COLUMN\s+)?"?(\w+)"?)re"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = addColumn.match(statement);
    if (!match.hasMatch())
        return false;
    QSqlQuery info(db);
    // pragma_table_info takes the table name as a bound value.
    info.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    info.addBindValue(match.captured(1));
    info.addBindValue(match.captured(2));
    return info.exec() && info.next();
}
} // namespace

Result<void> Migrations::applyStep(QSqlDatabase db, const Step &step) const
{
    const QString what = tr("Could not update the database to schema version %1.").arg(step.version);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(db);
    const bool server = SqlDialect::of(db).isPostgreSql();
    if (server) {
        // Two organizers' Offkai may open a team database at the same moment: the second waits here for the
        // first's step, then finds it done.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
            return SqlErrors::fromQuery(query, what);
        if (!query.exec(QStringLiteral("SELECT version FROM offkai_schema")) || !query.next())
            return SqlErrors::fromQuery(query, what);
        if (query.value(0).toInt() >= step.version)
            return tx.commit();
    }
    for (const QString &statement : splitStatements(step.sql)) {
        if (columnAlreadyAdded(db, statement))
            continue;
        if (!query.exec(statement)) {
            auto error = SqlErrors::fromQuery(query, what);
            return Error(Error::Code::Migration, error.message(),
                         QStringLiteral("%1_%2: %3")
                             .arg(step.version, 3, 10, QLatin1Char('0'))
                             .arg(step.name, error.detail()));
        }
    }
    // PRAGMA takes no bound values; the version is an integer we control.
    if (!query.exec(server ? QStringLiteral("UPDATE offkai_schema SET version = %1").arg(step.version)
                           : QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
        return SqlErrors::fromQuery(query, what);
    if (auto done = tx.commit(); !done)
        return done;
    qCInfo(lcStorage) << "applied migration" << step.version << step.name;
    return {};
}

Result<void> Migrations::migrate(QSqlDatabase db, int target,
                                 const std::function<Result<void>(int, int)> &beforeFirstStep) const
{
    if (m_loadError.isError())
        return m_loadError;
    if (target < 0)
        target = latestVersion();
    auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current >= target)
        return {};
    if (beforeFirstStep) {
        if (auto prepared = beforeFirstStep(*current, target); !prepared)
            return prepared;
    }
    for (const Step &step : m_steps) {
        if (step.version <= *current || step.version > target)
            continue;
        if (auto applied = applyStep(db, step); !applied)
            return applied;
    }
    return {};
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0; // BEGIN … END nesting inside CREATE TRIGGER
    const auto flushWord = [&](const QString &word) {
        const QString upper = word.toUpper();
        // The statement's first words are enough to know a trigger (simplifying all of it at every word
        // made splitting quadratic in the statement's length).
        qsizetype start = 0;
        while (start < current.size() && current.at(start).isSpace())
            ++start;
        const QString head = QStringView(current).mid(start, 80).toString().simplified().toUpper();
        const bool inTrigger = head.startsWith(QLatin1String("CREATE TRIGGER")) ||
                               head.startsWith(QLatin1String("CREATE TEMP TRIGGER")) ||
                               head.startsWith(QLatin1String("CREATE TEMPORARY TRIGGER"));
        if (!inTrigger)
            return;
        if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE"))
            ++depth;
        else if (upper == QLatin1String("END") && depth > 0)
            --depth;
    };

    const qsizetype n = script.size();
    QString word;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word.append(c);
            current.append(c);
            continue;
        }
        if (!word.isEmpty()) {
            flushWord(word);
            word.clear();
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current.append(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
            c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            current.append(c);
            for (++i; i < n; ++i) {
                current.append(script.at(i));
                if (script.at(i) == close) {
                    // A doubled quote is an escaped quote inside the literal.
                    if (close != QLatin1Char(']') && i + 1 < n && script.at(i + 1) == close) {
                        current.append(script.at(++i));
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!word.isEmpty())
        flushWord(word);
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        statements.append(rest);
    return statements;
}

} // namespace offkai
