#include "TeamRoles.h"

#include "core/Log.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "Transaction.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>

namespace offkai {

namespace {

constexpr int kMaxNameBytes = 63; // PostgreSQL's NAMEDATALEN - 1

QString quoted(const QString &identifier)
{
    return SqlDialect::identifier(identifier);
}

QString literal(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

/// 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 115 bits.
QString generatedPassword()
{
    static const QLatin1String alphabet("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QChar(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]);
    return password;
}

/// The database's name and the two group roles' names.
struct Groups
{
    QString database;
    QString organizers;
    QString viewers;
    QString schema;
};

Result<Groups> groupsOf(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_database(), current_schema()")) || !query.next())
        return SqlErrors::fromQuery(query, TeamRoles::tr("Could not read the team database's roles."));
    Groups groups;
    groups.database = query.value(0).toString();
    groups.schema = query.value(1).toString();
    groups.organizers = QStringLiteral("offkai_%1_organizers").arg(groups.database);
    groups.viewers = QStringLiteral("offkai_%1_viewers").arg(groups.database);
    if (groups.organizers.toUtf8().size() > kMaxNameBytes)
        return Error(Error::Code::Invalid,
                     TeamRoles::tr("The team database's name “%1” is too long for Offkai's roles (at most %2 "
                                   "bytes). Nothing was changed; give the database a shorter name.")
                         .arg(groups.database)
                         .arg(kMaxNameBytes - 21),
                     groups.organizers);
    return groups;
}

/// Whether the connected user administers the team database: owns its tables and may create roles.
Result<QString> requireAdministrator(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT t.tableowner, pg_has_role(current_user, t.tableowner, 'USAGE'), "
            "(SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) "
            "FROM pg_tables t WHERE t.schemaname = current_schema() AND t.tablename = 'offkai_schema'")))
        return SqlErrors::fromQuery(query, TeamRoles::tr("Could not read the team database's roles."));
    if (!query.next())
        return Error(Error::Code::NotFound,
                     TeamRoles::tr("This database is not set up for Offkai yet. Open it once with Offkai (or "
                                   "push a local database into it) before adding organizers."));
    const QString owner = query.value(0).toString();
    if (!query.value(1).toBool() || !query.value(2).toBool())
        return Error(
            Error::Code::Unauthorized,
            TeamRoles::tr("Only the team database's administrator can add or remove organizers and "
                          "viewers: connect as %1, a user who may create roles. Nothing was changed.")
                .arg(owner));
    return owner;
}

Result<void> exec(QSqlQuery &query, const QString &statement)
{
    if (!query.exec(statement))
        return SqlErrors::fromQuery(query, TeamRoles::tr("Could not change the team database's roles."));
    return {};
}

Result<bool> roleExists(QSqlDatabase db, const QString &name, bool *superuser = nullptr)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::fromQuery(query, TeamRoles::tr("Could not read the team database's roles."));
    if (!query.next())
        return false;
    if (superuser)
        *superuser = query.value(0).toBool();
    return true;
}

Result<void> ensureGroups(QSqlDatabase db, const Groups &groups)
{
    QSqlQuery query(db);
    for (const QString &group : {groups.organizers, groups.viewers}) {
        auto exists = roleExists(db, group);
        if (!exists)
            return exists.error();
        if (!*exists)
            if (auto made = exec(query, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(group))); !made)
                return made;
    }
    const QString organizers = quoted(groups.organizers);
    const QString viewers = quoted(groups.viewers);
    const QString schema = quoted(groups.schema);
    const QStringList statements{
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2, %3")
            .arg(quoted(groups.database), organizers, viewers),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(schema, organizers, viewers),
        // Tables the administrator's later migrations create get the same rights.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT, INSERT, UPDATE, DELETE ON "
                       "TABLES TO %2")
            .arg(schema, organizers),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
            .arg(schema, viewers),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %2")
            .arg(schema, organizers),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON SEQUENCES TO %2")
            .arg(schema, viewers),
    };
    for (const QString &statement : statements)
        if (auto done = exec(query, statement); !done)
            return done;
    return TeamRoles::grantToGroups(db);
}

} // namespace

QString TeamRoles::key(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Organizer:
        return QStringLiteral("organizer");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

QString TeamRoles::displayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("administrator");
    case Role::Organizer:
        return tr("organizer");
    case Role::Viewer:
        return tr("viewer");
    }
    return {};
}

Result<void> TeamRoles::checkDatabaseName(QSqlDatabase db)
{
    if (auto groups = groupsOf(db); !groups)
        return groups.error();
    return {};
}

Result<void> TeamRoles::grantToGroups(QSqlDatabase db)
{
    auto groups = groupsOf(db);
    if (!groups)
        return groups.error();
    auto organizers = roleExists(db, groups->organizers);
    if (!organizers)
        return organizers.error();
    if (!*organizers)
        return {}; // nobody was added yet: only the administrator works on this database
    QSqlQuery query(db);
    const QString schema = quoted(groups->schema);
    const QStringList statements{
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
            .arg(schema, quoted(groups->organizers)),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2")
            .arg(schema, quoted(groups->organizers)),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, quoted(groups->viewers)),
        QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2")
            .arg(schema, quoted(groups->viewers)),
    };
    for (const QString &statement : statements)
        if (auto done = exec(query, statement); !done)
            return done;
    return {};
}

Result<TeamRoles::Added> TeamRoles::add(QSqlDatabase db, const QString &name, Role role,
                                        const QString &password)
{
    if (role == Role::Administrator)
        return Error(Error::Code::Invalid,
                     tr("A team database has one administrator: the user who set it up."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed != name || trimmed.toUtf8().size() > kMaxNameBytes ||
        trimmed.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive) ||
        trimmed.startsWith(QLatin1String("offkai_"), Qt::CaseInsensitive) ||
        std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
            return !c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-') &&
                   c != QLatin1Char('.') && c != QLatin1Char('@');
        }))
        return Error(Error::Code::Invalid,
                     tr("“%1” cannot be a user name on the team database. Use letters, digits and _ - . @ "
                        "(at most %2 bytes, not starting with pg_ or offkai_). Nothing was changed.")
                         .arg(name)
                         .arg(kMaxNameBytes));
    auto owner = requireAdministrator(db);
    if (!owner)
        return owner.error();
    auto groups = groupsOf(db);
    if (!groups)
        return groups.error();

    bool superuser = false;
    auto exists = roleExists(db, name, &superuser);
    if (!exists)
        return exists.error();
    if (superuser)
        return Error(Error::Code::Invalid,
                     tr("%1 is a superuser of the server: they may already do everything, and no grant can "
                        "limit it. Nothing was changed.")
                         .arg(name));
    QSqlQuery query(db);
    if (*exists) {
        if (!query.exec(
                QStringLiteral("SELECT pg_has_role(%1, %2, 'USAGE')").arg(literal(name), literal(*owner))) ||
            !query.next())
            return SqlErrors::fromQuery(query, tr("Could not read the team database's roles."));
        if (query.value(0).toBool())
            return Error(Error::Code::Invalid,
                         tr("%1 is the team database's administrator (or acts as it) and already may do "
                            "everything. Nothing was changed.")
                             .arg(name));
    }

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Added added;
    if (auto ready = ensureGroups(db, *groups); !ready)
        return ready.error();
    if (*exists) {
        query.prepare(QStringLiteral("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = "
                                     "a.roleid JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = ? AND "
                                     "g.rolname IN (?, ?)"));
        query.addBindValue(name);
        query.addBindValue(groups->organizers);
        query.addBindValue(groups->viewers);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not read the team database's roles."));
        while (query.next()) {
            added.hadRole = true;
            added.previous = query.value(0).toString() == groups->viewers ? Role::Viewer : Role::Organizer;
        }
    } else {
        added.created = true;
        added.password = password.isEmpty() ? generatedPassword() : password;
        if (auto made = exec(query, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
                                        .arg(quoted(name), literal(added.password)));
            !made)
            return made.error();
    }
    const QString joins = role == Role::Viewer ? groups->viewers : groups->organizers;
    const QString leaves = role == Role::Viewer ? groups->organizers : groups->viewers;
    if (added.hadRole && added.previous != role)
        if (auto left = exec(query, QStringLiteral("REVOKE %1 FROM %2").arg(quoted(leaves), quoted(name)));
            !left)
            return left.error();
    if (auto joined = exec(query, QStringLiteral("GRANT %1 TO %2").arg(quoted(joins), quoted(name))); !joined)
        return joined.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcStorage) << "team role" << name << key(role) << "on" << groups->database;
    return added;
}

Result<void> TeamRoles::remove(QSqlDatabase db, const QString &name)
{
    auto owner = requireAdministrator(db);
    if (!owner)
        return owner.error();
    auto people = list(db);
    if (!people)
        return people.error();
    const auto person = std::find_if(people->cbegin(), people->cend(), [&](const Person &p) {
        return p.name == name && p.role != Role::Administrator;
    });
    if (person == people->cend())
        return Error(Error::Code::NotFound,
                     tr("%1 is neither an organizer nor a viewer of this team database. Nothing was changed.")
                         .arg(name));
    auto groups = groupsOf(db);
    if (!groups)
        return groups.error();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(db);
    const QString group = person->role == Role::Viewer ? groups->viewers : groups->organizers;
    if (auto done = exec(query, QStringLiteral("REVOKE %1 FROM %2").arg(quoted(group), quoted(name))); !done)
        return done;
    return transaction.commit();
}

Result<QList<TeamRoles::Person>> TeamRoles::list(QSqlDatabase db)
{
    auto groups = groupsOf(db);
    if (!groups)
        return groups.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT r.oid, r.rolname, 0, r.rolcanlogin FROM pg_tables t JOIN pg_roles r ON r.rolname = "
        "t.tableowner "
        "WHERE t.schemaname = current_schema() AND t.tablename = 'offkai_schema' "
        "UNION ALL "
        "SELECT m.oid, m.rolname, CASE WHEN g.rolname = ? THEN 1 ELSE 2 END, m.rolcanlogin "
        "FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname IN (?, ?) ORDER BY 3, 2"));
    query.addBindValue(groups->organizers);
    query.addBindValue(groups->organizers);
    query.addBindValue(groups->viewers);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the team database's roles."));
    QList<Person> people;
    while (query.next()) {
        Person person;
        person.id = query.value(0).toLongLong();
        person.name = query.value(1).toString();
        person.role = Role(query.value(2).toInt());
        person.canLogIn = query.value(3).toBool();
        people.append(person);
    }
    return people;
}

Result<bool> TeamRoles::canWrite(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege('members', 'UPDATE')")) || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not read the team database's roles."));
    return query.value(0).toBool();
}

} // namespace offkai
