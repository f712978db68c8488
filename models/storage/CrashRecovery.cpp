#include "CrashRecovery.h"

#include "core/Log.h"
#include "SqlErrors.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace offkai {

namespace {
QAtomicInt recoveryCounter;

const QLatin1String kJournal("-journal");
const QLatin1String kLog("-wal");

bool nonEmpty(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

bool CrashRecovery::hasJournalHeader(const QString &journal)
{
    static const QByteArray magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    QFile file(journal);
    return file.open(QIODevice::ReadOnly) && file.read(magic.size()) == magic;
}

CrashRecovery::Leftover CrashRecovery::leftoverOf(const QString &path)
{
    if (nonEmpty(path + kJournal))
        return hasJournalHeader(path + kJournal) ? Leftover::HotJournal : Leftover::StaleJournal;
    if (nonEmpty(path + kLog))
        return Leftover::WriteAheadLog;
    return Leftover::None;
}

Result<CrashRecovery::Leftover> CrashRecovery::recover(const QString &path)
{
    Leftover found = leftoverOf(path);
    if (found == Leftover::StaleJournal) {
        // SQLite never plays such a journal back (a kill before its header was synced, while the
        // database file itself was not written yet), but leaves it: it would count as a crash at every
        // open. The caller holds the lock, so no other Offkai is writing it.
        qCWarning(lcStorage) << "removed a journal without a header left by a crash:" << path + kJournal;
        QFile::remove(path + kJournal);
        found = leftoverOf(path);
        if (found == Leftover::None)
            return Leftover::StaleJournal;
    }
    if (found == Leftover::None)
        return found;
    const QString name = QStringLiteral("offkai-recovery-%1").arg(recoveryCounter.fetchAndAddRelaxed(1));
    Result<Leftover> outcome = found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            outcome = SqlErrors::fromSql(db.lastError(), tr("Could not open “%1”.").arg(native(path)));
        } else {
            // Reading the schema takes a shared lock, the moment SQLite rolls a hot journal back (or
            // rebuilds the log's index). Nothing else is read or written here.
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
                outcome = SqlErrors::fromQuery(
                    query, tr("Offkai could not recover “%1” after an interrupted write.").arg(native(path)));
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (outcome) {
        // A journal SQLite does not find hot (killed before its header was synced: the file itself was
        // not written yet) is left as it is; the switch back to WAL removes it.
        const bool rolledBack = leftoverOf(path) != Leftover::HotJournal;
        qCWarning(lcStorage) << "recovered after a crash:" << path
                             << (found == Leftover::WriteAheadLog ? "replayed the write-ahead log"
                                 : rolledBack                     ? "rolled back an interrupted write"
                                                                  : "the journal needed no rollback");
    } else {
        qCWarning(lcStorage) << "recovery after a crash failed:" << path << outcome.error().toString();
    }
    return outcome;
}

Result<QString> CrashRecovery::recoverCopy(const QString &path, const QString &folder)
{
    const QString copy = folder + QLatin1Char('/') + QFileInfo(path).fileName();
    for (const QString &suffix : {QString(), QString(kJournal), QString(kLog)}) {
        const QString from = path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        QFile source(from);
        if (!source.copy(copy + suffix))
            return Error(Error::Code::Io,
                         tr("Offkai could not make a temporary copy of “%1” to inspect it: %2")
                             .arg(native(from), source.errorString()));
    }
    auto recovered = recover(copy);
    if (!recovered)
        return recovered.error();
    return copy;
}

QString CrashRecovery::note(Leftover leftover, const QString &path)
{
    switch (leftover) {
    case Leftover::HotJournal:
        return tr("Offkai was stopped while saving to “%1” (for example by a power cut). The unfinished "
                  "change was undone; everything saved before it is intact.")
            .arg(native(path));
    case Leftover::WriteAheadLog:
        return tr("“%1” was not closed properly last time. Offkai recovered it; nothing saved was lost.")
            .arg(native(path));
    case Leftover::StaleJournal: // the interrupted write had not reached the file: nothing to say
    case Leftover::None:
        break;
    }
    return {};
}

} // namespace offkai
