#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace offkai {

/// Who may read and who may change a team database, kept by PostgreSQL itself.
///
/// Each team database has two group roles, `offkai_<database>_organizers` (read and write) and
/// `offkai_<database>_viewers` (read only), made by the first `add`. An organizer's or viewer's own login
/// role is a member of one of them; the grants sit on the groups, and default privileges pass them on to
/// the tables later migrations add. The server refuses a viewer's writes whatever the client does, so the
/// app's read-only window is a courtesy, not the lock.
///
/// Only the database's administrator (the user who owns its tables and may create roles) changes roles.
/// Each change is one transaction: all its grants or none.
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(offkai::TeamRoles)
public:
    enum class Role
    {
        Administrator, ///< owns the tables: sets up, migrates, adds and removes the others
        Organizer,
        Viewer,
    };

    struct Person
    {
        qint64 id = 0; ///< the role's oid on the server
        QString name;
        Role role = Role::Organizer;
        bool canLogIn = true;
    };

    struct Added
    {
        bool created = false;            ///< a new login role was made for the person
        QString password;                ///< the new role's password, when created (else empty)
        Role previous = Role::Organizer; ///< meaningful when the person already had a role here
        bool hadRole = false;
    };

    /// Makes `name` an organizer or a viewer of the database `db` is connected to (switching a person
    /// who had the other role). A new login role is created with `password`, or a generated one when
    /// empty; an existing role keeps its password.
    static Result<Added> add(QSqlDatabase db, const QString &name, Role role, const QString &password = {});
    /// Takes `name` out of both groups: they can no longer read or change the database (their login
    /// role stays, since it may be used elsewhere on the server).
    static Result<void> remove(QSqlDatabase db, const QString &name);
    /// The administrator, then organizers and viewers, by name.
    static Result<QList<Person>> list(QSqlDatabase db);
    /// Whether the connected user may change the database (a viewer may not).
    static Result<bool> canWrite(QSqlDatabase db);
    /// Whether the database's name leaves room for its group roles (PostgreSQL names are at most 63
    /// bytes): checked before a database is set up or migrated, so that nothing is created in one whose
    /// roles could never be made.
    static Result<void> checkDatabaseName(QSqlDatabase db);
    /// Grants the groups their rights on every table and sequence there is now; run after migrations
    /// (default privileges cover tables the administrator creates, this covers everything else).
    static Result<void> grantToGroups(QSqlDatabase db);

    /// "organizer", "viewer", "administrator": for `--format json` and scripts.
    static QString key(Role role);
    /// The translated name of a role.
    static QString displayName(Role role);
};

} // namespace offkai
