#pragma once

#include "core/Result.h"
#include "SqlDialect.h"

#include <functional>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace offkai {

/// The numbered schema steps bundled as resources (`NNN_name.sql`) and the code that applies them.
///
/// Step N brings a database from `user_version` N-1 to N, inside one transaction that also sets
/// `user_version`; a failing step leaves the database exactly at N-1. On a team database (PostgreSQL) the
/// version lives in the one-row table `offkai_schema`, and each step first takes an advisory lock so that
/// two clients opening it together apply each step once.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Migrations)
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };

    /// Reads the steps from a resource folder; the default is the application schema.
    explicit Migrations(const QString &folder = defaultFolder());

    static QString defaultFolder();
    /// The bundled steps for `backend`: the same numbers and names in each backend's spelling.
    static QString defaultFolder(Backend backend);

    const QList<Step> &steps() const { return m_steps; }
    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.constLast().version; }
    /// Set when the folder's files are misnumbered (a gap, a duplicate, a bad name).
    const Error &loadError() const { return m_loadError; }

    /// Applies every step above the current version, up to `target` (default: all).
    /// `beforeFirstStep` runs once before anything is changed, e.g. to take a backup.
    Result<void> migrate(QSqlDatabase db, int target = -1,
                         const std::function<Result<void>(int from, int to)> &beforeFirstStep = {}) const;

    /// Applies one step, in its own transaction, whatever the current version says.
    Result<void> applyStep(QSqlDatabase db, const Step &step) const;

    static Result<int> userVersion(QSqlDatabase db);

    /// Splits an SQL script into statements at top-level semicolons, keeping trigger bodies,
    /// string literals, quoted identifiers and comments intact.
    static QStringList splitStatements(const QString &script);

private:
    QList<Step> m_steps;
    Error m_loadError;
};

} // namespace offkai
