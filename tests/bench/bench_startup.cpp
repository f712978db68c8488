// Start-up: the time from launching the real `offkai` binary to its main window's first paint, on a
// generated database (100,000 members, 10,000 events, 200,000 participations, 500 reports) and on the
// demo, against a bare QMainWindow holding a QTableView (bare_window, built beside this benchmark and
// linked against Qt Widgets alone). Both sides stop at the
// same moment through the same probe (`offkai --exit-after-first-paint`, ui/shell/FirstPaintProbe), and
// both are timed from the same place: here, from just before the process is spawned until the probe's
// line arrives on its standard output. Runs alternate (bare, large, demo); the figures are medians, with
// peak resident memory from the kernel's account of each finished process.
// Every run of the large database is its first open of the day: the day's backup is removed before it.
//
// Usage: bench_startup [members] [runs] [database]   (default 100000 members, 7 runs of each; a database
// path given is generated once and then reused)
// Needs an X display: DISPLAY, or `Xvfb` on PATH (started here at 1366×768).
// The offkai binary is taken from OFFKAI_BINARY, else from ../../app/offkai beside this benchmark.

#include "records/Event.h"
#include "records/Member.h"
#include "records/Report.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "workflows/DemoDatabase.h"

#include <algorithm>
#include <cstdio>
#include <poll.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace offkai;

namespace {

constexpr int kEvents = 10000;
constexpr int kParticipations = 200000;
constexpr int kReports = 500;

Member member(int i, QRandomGenerator &rng)
{
    static const QStringList families{QStringLiteral("佐藤"), QStringLiteral("鈴木"), QStringLiteral("高橋"),
                                      QStringLiteral("田中"), QStringLiteral("伊藤"), QStringLiteral("渡辺")};
    static const QStringList givens{QStringLiteral("太郎"), QStringLiteral("花子"), QStringLiteral("翔太"),
                                    QStringLiteral("美咲"), QStringLiteral("大輔"), QStringLiteral("由紀")};
    Member m;
    m.displayName = families.at(rng.bounded(int(families.size()))) + QLatin1Char(' ') +
                    givens.at(rng.bounded(int(givens.size())));
    m.reading = QStringLiteral("かいいん %1").arg(i);
    m.emails = {QStringLiteral("member%1@example.com").arg(i)};
    m.affiliation = QStringLiteral("株式会社 東京商事 %1").arg(i % 700);
    m.occupation = QStringLiteral("エンジニア");
    m.status = Member::Status::Active;
    m.joinedOn = QDate(2013, 6, 1).addDays(rng.bounded(4000));
    if (i % 4 == 0)
        m.notes = QStringLiteral("第2回オフ会に参加。東京駅近くで働いている。");
    return m;
}

bool generate(const QString &path, int members)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return false;
    }
    Workspace workspace(std::move(db).value());
    QRandomGenerator rng(20261206);
    Transaction transaction(workspace.database().connection());
    MemberTables &tables = workspace.memberTables();
    if (!tables.bulkWrite().begin())
        return false;
    for (int i = 0; i < members; ++i) {
        if (!tables.records().insert(member(i, rng)))
            return false;
    }
    if (!tables.bulkWrite().end())
        return false;
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    for (int i = 0; i < kEvents; ++i) {
        Event e;
        e.title = QStringLiteral("第%1回 異業種交流会").arg(i + 1);
        e.start = QDateTime(QDate(2020, 1, 1).addDays(i * 3650 / kEvents), QTime(19, 30), tokyo);
        e.end = e.start.addSecs(3 * 3600);
        e.capacity = 30;
        if (!workspace.events().insert(e))
            return false;
    }
    // Participations through plain SQL: the stores' checks are not what this benchmark is about.
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO participations (event_id, member_id, role, rsvp, "
                                 "attended) VALUES (?, ?, 'attendee', 'going', ?)"));
    for (int i = 0; i < kParticipations; ++i) {
        query.addBindValue(1 + int(rng.bounded(kEvents)));
        query.addBindValue(1 + int(rng.bounded(members)));
        query.addBindValue(int(rng.bounded(2)));
        if (!query.exec())
            return false;
    }
    for (int i = 0; i < kReports; ++i) {
        Report report;
        report.eventId = 1 + i * (kEvents / kReports);
        report.title = QStringLiteral("第%1回 開催報告").arg(i + 1);
        report.body = QStringLiteral("## 当日の様子\n\n9名で乾杯しました。\n").repeated(20);
        if (!workspace.reports().insert(report))
            return false;
    }
    return transaction.commit().ok();
}

struct Run
{
    double ms = -1;    ///< from spawn to the probe's line
    double ownMs = -1; ///< what the probe printed: from the program's main() to its first paint
    double peakMb = 0; ///< what the probe printed: the program's peak resident memory
};

Run launch(const QStringList &arguments)
{
    Run run;
    int out[2];
    if (pipe(out) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    QList<QByteArray> bytes;
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &b : bytes)
        argv.append(b.data());
    argv.append(nullptr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.at(0), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0) {
        close(out[0]);
        return run;
    }
    QByteArray line;
    char buffer[256];
    while (!line.contains('\n')) {
        pollfd fd{out[0], POLLIN, 0};
        if (poll(&fd, 1, 60000) <= 0)
            break;
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        line.append(buffer, n);
    }
    if (line.startsWith("first paint: ")) {
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        run.ownMs = line.mid(13, line.indexOf(' ', 13) - 13).toDouble();
        const qsizetype memory = line.indexOf("memory ");
        if (memory > 0)
            run.peakMb = line.mid(memory + 7, line.indexOf(' ', memory + 7) - memory - 7).toDouble() / 1024.0;
    }
    close(out[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        run.ms = -1;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// Starts Xvfb on a free display when there is none; returns its pid, or 0.
pid_t startDisplay()
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        return 0;
    for (int n = 91; n < 120; ++n) {
        if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) ||
            QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
            continue;
        const QByteArray display = ":" + QByteArray::number(n);
        const char *argv[] = {"Xvfb",        display.constData(), "-screen", "0",
                              "1366x768x24", "-nolisten",         "tcp",     nullptr};
        pid_t pid = 0;
        if (posix_spawnp(&pid, "Xvfb", nullptr, nullptr, const_cast<char **>(argv), environ) != 0)
            return 0;
        for (int i = 0; i < 100 && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)); ++i)
            QThread::msleep(50);
        qputenv("DISPLAY", display);
        return pid;
    }
    return 0;
}

struct Side
{
    const char *label;
    QStringList arguments;
    QList<double> ms, own, peak;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int members = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 7;
    const QString offkai =
        qEnvironmentVariable("OFFKAI_BINARY", QCoreApplication::applicationDirPath() + "/../../app/offkai");
    if (!QFileInfo(offkai).isExecutable()) {
        std::fprintf(stderr, "no offkai binary at %s (set OFFKAI_BINARY)\n", qPrintable(offkai));
        return 1;
    }
    QTemporaryDir dir;
    const QString big = argc > 3 ? QFileInfo(QString::fromLocal8Bit(argv[3])).absoluteFilePath()
                                 : dir.filePath(QStringLiteral("big.sqlite"));
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(big) && !generate(big, members))
        return 1;
    auto demo = DemoDatabase::create(dir.filePath(QStringLiteral("demo")));
    if (!demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.error().toString()));
        return 1;
    }
    std::printf("generated %d members, %d events, %d participations, %d reports in %.1f s (%.0f MB)\n",
                members, kEvents, kParticipations, kReports, timer.elapsed() / 1000.0,
                QFileInfo(big).size() / 1048576.0);

    // A private home: no saved window layout, recent files or settings from the user.
    const QString home = dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", (home + QStringLiteral("/runtime")).toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    const pid_t xvfb = startDisplay();

    const QString bareWindow = QCoreApplication::applicationDirPath() + QStringLiteral("/bare_window");
    QList<Side> sides{
        {"bare QMainWindow + QTableView", {bareWindow}, {}, {}, {}},
        {"offkai, large database",
         {offkai, QStringLiteral("--db"), big, QStringLiteral("--exit-after-first-paint")},
         {},
         {},
         {}},
        {"offkai --demo",
         {offkai, QStringLiteral("--demo"), QStringLiteral("--exit-after-first-paint")},
         {},
         {},
         {}},
    };
    const QString backups = Backups(big).folder();
    launch(sides.at(0).arguments); // warms the disk cache for the libraries, as a second launch finds them
    for (int run = 0; run < runs; ++run) {
        for (Side &side : sides) {
            if (&side == &sides[1])
                QDir(backups).removeRecursively(); // so that every run is the day's first open
            const Run result = launch(side.arguments);
            if (result.ms < 0) {
                std::fprintf(stderr, "%s did not report its first paint\n", side.label);
                if (xvfb)
                    kill(xvfb, SIGTERM);
                return 1;
            }
            side.ms.append(result.ms);
            side.own.append(result.ownMs);
            side.peak.append(result.peakMb);
        }
    }
    if (xvfb)
        kill(xvfb, SIGTERM);

    const double bare = median(sides.at(0).ms);
    std::printf("\nlaunch to first paint, median of %d alternating runs (X display %s):\n", runs,
                qgetenv("DISPLAY").constData());
    for (const Side &side : std::as_const(sides)) {
        std::printf(
            "  %-32s %6.1f ms  (%.0f–%.0f; main() to paint %.0f ms)  ratio %.2fx   peak RSS %.0f MB\n",
            side.label, median(side.ms), *std::min_element(side.ms.begin(), side.ms.end()),
            *std::max_element(side.ms.begin(), side.ms.end()), median(side.own), median(side.ms) / bare,
            median(side.peak));
    }
    std::printf("goal: offkai <= 1.3x the bare window at any database size\n");
    return 0;
}
