#include "DemoDatabase.h"

#include "DemoData.h"
#include "DemoHistory.h"
#include "DemoReports.h"
#include "DemoSeries.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

namespace offkai {

Result<QString> DemoDatabase::create(const QString &folder, const QDate &today)
{
    if (!QDir().mkpath(folder))
        return Error(Error::Code::Io, tr("Could not create the folder for the demo database: “%1”.")
                                          .arg(QDir::toNativeSeparators(folder)));
    const QString path = QDir(folder).absoluteFilePath(QStringLiteral("offkai-demo.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return Error(Error::Code::Io,
                         tr("The previous demo database “%1” is in use and cannot be replaced. Close the "
                            "other Offkai window that shows the demo, then try again.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    Workspace workspace(std::move(*db), true);
    {
        // Written like a large import (BulkLoad): once, without the write-ahead log and without the
        // per-row CHECK and foreign key checks; the stores validate what they write, and the demo's tests
        // run the integrity and foreign key checks on the result.
        const BulkLoad bulkLoad(workspace.database().connection());
        Transaction tx(workspace.database().connection());
        if (!tx.isActive())
            return tx.error();
        // Everything is written through the stores, as the app writes it, in this one transaction.
        auto ids = DemoData::populate(workspace, today);
        if (!ids)
            return ids.error();
        auto history = DemoHistory::add(workspace, *ids, today);
        if (!history)
            return history.error();
        if (auto series = DemoSeries::add(workspace, *ids, *history, today); !series)
            return series.error();
        // The reports last: a draft's generated blocks ("next time") are what the calendar holds, as the
        // report page renders them again.
        if (auto reports = DemoReports::add(workspace, *ids); !reports)
            return reports.error();
        // The community of the seeds: its name in the window's title, its meetups in Tokyo.
        CommunitySettings settings;
        settings.name = QStringLiteral("オンライン異業種交流会");
        settings.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
        if (auto saved = workspace.settings().save(settings); !saved)
            return saved.error();
        if (auto done = tx.commit(); !done)
            return done.error();
    }
    const QStringList files = participantFiles(folder);
    const QStringList sources = {QStringLiteral(":/offkai/demo/meetup-2-connpass.csv"),
                                 QStringLiteral(":/offkai/demo/online-meetup-zoom.csv")};
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile::remove(files.at(i));
        if (!QFile::copy(sources.at(i), files.at(i)) ||
            !QFile::setPermissions(files.at(i), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther))
            return Error(Error::Code::Io, tr("Could not write the demo's participant file “%1”.")
                                              .arg(QDir::toNativeSeparators(files.at(i))));
    }
    return path;
}

Result<QString> DemoDatabase::createFile(const QString &path, const QDate &today)
{
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    const auto alreadyThere = [&absolute] {
        return Error(Error::Code::Invalid, tr("“%1” already exists. Choose a new file name; Offkai never "
                                              "replaces a file with the demo.")
                                               .arg(QDir::toNativeSeparators(absolute)));
    };
    if (target.exists() || target.isSymLink())
        return alreadyThere();
    if (!target.absoluteDir().exists())
        return Error(
            Error::Code::Io,
            tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    // Built beside the target, so that it arrives with one rename on the same file system.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.offkai-demo-XXXXXX"));
    if (!work.isValid())
        return Error(
            Error::Code::Io,
            tr("Could not write in the folder “%1”.").arg(QDir::toNativeSeparators(target.absolutePath())),
            work.errorString());
    auto built = create(work.path(), today);
    if (!built)
        return built.error();
    // The database is closed: its log is folded in and the file alone is the whole demo. The rename
    // never replaces a file that appeared meanwhile.
    if (!QFile::rename(*built, absolute)) {
        if (QFileInfo::exists(absolute))
            return alreadyThere();
        return Error(Error::Code::Io,
                     tr("Could not write the demo database to “%1”.").arg(QDir::toNativeSeparators(absolute)),
                     QStringLiteral("rename ") + *built);
    }
    return absolute;
}

QStringList DemoDatabase::participantFiles(const QString &folder)
{
    const QDir dir(folder);
    return {dir.absoluteFilePath(QStringLiteral("offkai-demo-connpass-2nd-meetup.csv")),
            dir.absoluteFilePath(QStringLiteral("offkai-demo-zoom-online-meetup.csv"))};
}

} // namespace offkai
