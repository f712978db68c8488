#include "Backups.h"

#include "core/Log.h"
#include "SqlErrors.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace offkai {

namespace {
const QLatin1String kDailyMarker("-daily-");
}

Backups::Backups(const QString &databasePath, int keepDays)
    : m_folder(QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups"))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
    , m_keepDays(keepDays)
{}

Result<QString> Backups::vacuumInto(QSqlDatabase db, const QString &target) const
{
    if (!QDir().mkpath(m_folder))
        return Error(Error::Code::Io,
                     tr("Could not create the backup folder “%1”.").arg(QDir::toNativeSeparators(m_folder)));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return SqlErrors::fromQuery(query, tr("Could not write a backup copy of the database."));
    }
    // The copy only gets its final name once complete, so a half-written copy is never mistaken for one.
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error(Error::Code::Io, tr("Could not write a backup copy of the database."),
                     QStringLiteral("rename to ") + target);
    }
    qCInfo(lcStorage) << "backup written:" << target;
    return target;
}

Result<QString> Backups::makeDaily(QSqlDatabase db, const QDate &today) const
{
    const QString target = m_folder + QLatin1Char('/') + m_baseName + kDailyMarker +
                           today.toString(Qt::ISODate) + QStringLiteral(".sqlite");
    if (QFileInfo::exists(target)) {
        prune(today);
        return QString();
    }
    auto made = vacuumInto(db, target);
    if (made)
        prune(today);
    return made;
}

Result<QString> Backups::makeBeforeMigration(QSqlDatabase db, int from, int to, const QDateTime &now) const
{
    const QString target =
        m_folder + QLatin1Char('/') + m_baseName + QStringLiteral("-before-v%1-to-v%2-").arg(from).arg(to) +
        now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QStringLiteral(".sqlite");
    return vacuumInto(db, target);
}

QStringList Backups::dailyCopies() const
{
    QStringList copies = QDir(m_folder).entryList({m_baseName + kDailyMarker + QStringLiteral("*.sqlite")},
                                                  QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &copy : copies)
        copy = m_folder + QLatin1Char('/') + copy;
    return copies;
}

void Backups::prune(const QDate &today) const
{
    const QDate oldestKept = today.addDays(-(m_keepDays - 1));
    for (const QString &copy : dailyCopies()) {
        const QString name = QFileInfo(copy).completeBaseName();
        const QDate date =
            QDate::fromString(name.mid(name.lastIndexOf(kDailyMarker) + kDailyMarker.size()), Qt::ISODate);
        if (date.isValid() && date < oldestKept) {
            if (QFile::remove(copy))
                qCInfo(lcStorage) << "old backup removed:" << copy;
        }
    }
}

} // namespace offkai
