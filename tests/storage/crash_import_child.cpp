// A member import to be killed: the crash-recovery test runs it and sends SIGKILL at some point.
//
//   crash_import_child DB CSV           imports CSV into DB and prints the number of members created
//   crash_import_child DB CSV DELAY_US  the same, but once the import's transaction starts to commit,
//                                       kills itself DELAY_US microseconds later (SIGKILL, from a
//                                       second thread, while SQLite writes the commit)

#include "storage/Database.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "workflows/MemberImporter.h"

#include <csignal>
#include <cstdio>
#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

using namespace offkai;

namespace {
long g_delayMicros = -1;
long long g_rowsBefore = 0;
long long g_rowsExpected = 0;

int onCommit(void *connection)
{
    // Only the import's own commit: it is the one that follows every row's insert.
    if (sqlite3_total_changes64(static_cast<sqlite3 *>(connection)) - g_rowsBefore < g_rowsExpected)
        return 0;
    std::thread([] {
        std::this_thread::sleep_for(std::chrono::microseconds(g_delayMicros));
        ::kill(::getpid(), SIGKILL);
    }).detach();
    return 0; // let the commit go on; the kill lands somewhere inside it (or just after)
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    MemberTables store(**db);
    MemberImporter importer(**db, store);
    const auto mapping = [&]() -> std::optional<MemberCsvMapping> {
        auto bytes = MemberImporter::readFile(args.at(2));
        if (!bytes)
            return std::nullopt;
        return MemberCsvMapping::guess(QString::fromUtf8(bytes->left(bytes->indexOf('\n'))).split(u','));
    }();
    if (!mapping)
        return 1;
    if (args.size() > 3) {
        g_delayMicros = args.at(3).toLong();
        const QVariant handle = (*db)->connection().driver()->handle();
        auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
        g_rowsBefore = sqlite3_total_changes64(connection);
        g_rowsExpected = args.size() > 4 ? args.at(4).toLongLong() : 1;
        sqlite3_commit_hook(connection, onCommit, connection);
    }
    auto summary = importer.importFile(args.at(2), *mapping, {});
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    std::printf("%d\n", summary->created);
    return 0;
}
