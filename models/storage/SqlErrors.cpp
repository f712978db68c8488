#include "SqlErrors.h"

#include <QSqlDriver>

namespace offkai {

namespace {
// SQLite primary result codes (sqlite3.h).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
} // namespace

int SqlErrors::primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

namespace {
/// PostgreSQL reports a five-character SQLSTATE; SQLite's extended codes have at most four digits.
bool isSqlState(const QString &code)
{
    return code.size() == 5;
}

Error fromSqlState(const QString &state, const QString &what, const QString &detail)
{
    const QString cls = state.left(2);
    if (cls == QLatin1String("23"))
        return Error(
            Error::Code::Invalid,
            what + QLatin1Char(' ') +
                SqlErrors::tr(
                    "A value is missing, duplicated or out of range. Check the fields and try again."),
            detail);
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return Error(Error::Code::ReadOnly,
                     what + QLatin1Char(' ') +
                         SqlErrors::tr("Your account on the team database may read but not change it. Ask "
                                       "an organizer of the team to make the change, or to give you their "
                                       "role."),
                     detail);
    if (state == QLatin1String("53100"))
        return Error(
            Error::Code::Io,
            what + QLatin1Char(' ') +
                SqlErrors::tr("The team database's server is out of disk space. Nothing was changed; "
                              "tell its administrator."),
            detail);
    if (cls == QLatin1String("08") || cls == QLatin1String("57"))
        return Error(Error::Code::Unreachable,
                     what + QLatin1Char(' ') +
                         SqlErrors::tr("The connection to the team database was lost. Nothing was saved; "
                                       "what you typed is kept. Try again when the server is back."),
                     detail);
    if (cls == QLatin1String("40") || state == QLatin1String("55P03"))
        return Error(Error::Code::Locked,
                     what + QLatin1Char(' ') +
                         SqlErrors::tr("Another organizer was changing the same data. Nothing was changed; "
                                       "try again."),
                     detail);
    return Error(Error::Code::Sql, what, detail);
}
} // namespace

Error SqlErrors::fromSql(const QSqlError &error, const QString &what)
{
    const QString detail = error.text();
    if (isSqlState(error.nativeErrorCode()))
        return fromSqlState(error.nativeErrorCode(), what, detail);
    // A broken connection has no SQLSTATE: the driver only says it.
    if (detail.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive))
        return fromSqlState(QStringLiteral("08000"), what, detail);
    switch (primaryCode(error)) {
    case kSqliteFull:
        return Error(Error::Code::Io,
                     what + QLatin1Char(' ') +
                         tr("The disk is full. Nothing was changed; free some space and try again."),
                     detail);
    case kSqliteIoErr:
        return Error(
            Error::Code::Io,
            what + QLatin1Char(' ') +
                tr("The disk reported an error. Nothing was changed; check the drive and try again."),
            detail);
    case kSqliteReadOnly:
        return Error(Error::Code::ReadOnly,
                     what + QLatin1Char(' ') + tr("The database file cannot be written to."), detail);
    case kSqliteBusy:
    case kSqliteLocked:
        return Error(Error::Code::Locked,
                     what + QLatin1Char(' ') + tr("The database is busy. Try again in a moment."), detail);
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Error(Error::Code::Corrupt,
                     what + QLatin1Char(' ') +
                         tr("The database file is damaged. Restore it from one of the automatic backups."),
                     detail);
    case kSqliteConstraint:
        return Error(
            Error::Code::Invalid,
            what + QLatin1Char(' ') +
                tr("A value is missing, duplicated or out of range. Check the fields and try again."),
            detail);
    default:
        return Error(Error::Code::Sql, what, detail);
    }
}

Error SqlErrors::fromQuery(const QSqlQuery &query, const QString &what)
{
    // A connection that could not be opened again (a team database's server still away) refuses every
    // statement before it is sent, without an error of its own.
    if (query.lastError().type() == QSqlError::NoError && query.driver() && !query.driver()->isOpen())
        return fromSqlState(QStringLiteral("08003"), what, QStringLiteral("connection not open"));
    return fromSql(query.lastError(), what);
}

} // namespace offkai
