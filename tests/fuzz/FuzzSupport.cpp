#include "FuzzSupport.h"

#include <cstdio>
#include <cstdlib>
#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace offkai::fuzz {

namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

QString scratchFolder()
{
    static QTemporaryDir dir(
        (QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath()) +
        QStringLiteral("/offkai-fuzz-XXXXXX"));
    return dir.path();
}

} // namespace

void initialize(int *argc, char ***argv)
{
    qputenv("TZ", "Asia/Tokyo");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    qInstallMessageHandler(quietMessages);
    // Lives until exit: tr(), plugin loading and QTimeZone want an application object.
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationName(QStringLiteral("OffkaiFuzz"));
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

std::unique_ptr<Database> openScratchDatabase()
{
    static int opened = 0;
    Database::Options options;
    options.dailyBackup = false;
    auto database = Database::open(scratchFolder() + QStringLiteral("/fuzz%1.sqlite").arg(++opened), options);
    if (!database) {
        std::fprintf(stderr, "cannot open the scratch database: %s\n",
                     qPrintable(database.error().toString()));
        std::abort();
    }
    QSqlQuery(database->get()->connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    return std::move(database).value();
}

} // namespace offkai::fuzz
