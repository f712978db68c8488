#include "SqlErrors.h"

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

Error SqlErrors::fromSql(const QSqlError &error, const QString &what)
{
    const QString detail = error.text();
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
    return fromSql(query.lastError(), what);
}

} // namespace offkai
