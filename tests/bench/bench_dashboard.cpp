// The dashboard's period switch: every figure the Dashboard page shows for one period
// (CommunityStats::dashboard), on a generated community of 100,000 members, 10,000 events over three
// years and 200,000 participations, against the bare SQL of the same statements
// (CommunityStatsSql::dashboard) stepped through the sqlite3 C API on the same connection. Runs
// alternate (CommunityStats, bare) for each period: this year, the last 12 months, all time, one series;
// the figures are medians.
//
// The community is not bench_startup's: the dashboard needs what that one leaves out (join and leave
// dates, referrals, event types, series, cancelled and undated events, walk-ins, no-shows, two zones).
//
// Usage: bench_dashboard [runs] [database [--statements]]   (default 7 runs; a database path given is
// generated once and then reused; --statements also prints each statement's own time)

#include "dashboard/DashboardPage.h"
#include "dashboard/PeriodBar.h"
#include "records/StatsFigures.h"
#include "storage/Database.h"
#include "storage/SqliteHandle.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/CommunityStats.h"
#include "stores/Workspace.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUndoStack>
#include <sqlite3.h>

using namespace offkai;

namespace {

constexpr int kMembers = 100000;
constexpr int kEvents = 10000;
constexpr int kParticipations = 200000;
constexpr int kSeries = 10;
const QDate kToday(2026, 6, 15);
const QDate kFirstDay(2024, 1, 1);
constexpr int kDays = 1096; // 2024-01-01 … 2026-12-31

QString pick(QRandomGenerator &rng, const QStringList &values)
{
    // A null QString would bind as NULL; an empty field is ''.
    return SqlValues::text(values.at(rng.bounded(int(values.size()))));
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
    return false;
}

bool addMembers(QSqlDatabase db, QRandomGenerator &rng)
{
    static const QStringList occupations{
        QStringLiteral("freelancer"),  QStringLiteral("creator"),  QStringLiteral("executive"),
        QStringLiteral("founder"),     QStringLiteral("employee"), QStringLiteral("student"),
        QStringLiteral("advertising"), QStringLiteral("other"),    QString()};
    static const QStringList industries{
        QStringLiteral("IT"),     QStringLiteral("金融"), QStringLiteral("製造"),
        QStringLiteral("不動産"), QStringLiteral("医療"), QStringLiteral("教育"),
        QStringLiteral("小売"),   QStringLiteral("広告"), QString()};
    static const QStringList regions{QStringLiteral("東京都"), QStringLiteral("神奈川県"),
                                     QStringLiteral("埼玉県"), QStringLiteral("千葉県"),
                                     QStringLiteral("大阪府"), QStringLiteral("愛知県"),
                                     QStringLiteral("福岡県"), QString()};
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO members (id, display_name, status, joined_on, left_on, occupation, "
                       "industry, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery refer(db);
    refer.prepare(QStringLiteral("UPDATE member_profiles SET referred_by = ? WHERE member_id = ?"));
    for (int id = 1; id <= kMembers; ++id) {
        const int roll = rng.bounded(100);
        const QString status = roll < 2    ? QStringLiteral("applicant")
                               : roll < 10 ? QStringLiteral("left")
                               : roll < 13 ? QStringLiteral("inactive")
                                           : QStringLiteral("active");
        // Members join over the events' span and the year before it.
        const QDate joined = kFirstDay.addDays(-365 + rng.bounded(365 + int(kFirstDay.daysTo(kToday))));
        const bool noDate = status == QLatin1String("applicant") || rng.bounded(100) < 3;
        QVariant left;
        if (status == QLatin1String("left") && rng.bounded(10) > 0)
            left = SqlValues::isoDate(qMin(kToday, joined.addDays(30 + rng.bounded(700))));
        insert.addBindValue(id);
        insert.addBindValue(QStringLiteral("会員 %1").arg(id));
        insert.addBindValue(status);
        insert.addBindValue(noDate ? QVariant() : QVariant(SqlValues::isoDate(joined)));
        insert.addBindValue(left);
        insert.addBindValue(pick(rng, occupations));
        insert.addBindValue(pick(rng, industries));
        insert.addBindValue(pick(rng, regions));
        if (!exec(insert))
            return false;
        if (id > 1 && rng.bounded(100) < 30) {
            refer.addBindValue(1 + rng.bounded(id - 1));
            refer.addBindValue(id);
            if (!exec(refer))
                return false;
        }
    }
    return true;
}

bool addEvents(QSqlDatabase db, QRandomGenerator &rng)
{
    static const QStringList kinds{QStringLiteral("offline_meetup"), QStringLiteral("online_meetup"),
                                   QStringLiteral("lunch"),          QStringLiteral("talk"),
                                   QStringLiteral("mokumoku"),       QStringLiteral("workshop")};
    QSqlQuery series(db);
    for (int s = 1; s <= kSeries; ++s) {
        series.prepare(
            QStringLiteral("INSERT INTO series (id, uid, title, first_start, rrule) VALUES (?, ?, ?, "
                           "'2024-01-09T19:00:00', 'FREQ=WEEKLY')"));
        series.addBindValue(s);
        series.addBindValue(QStringLiteral("series-%1@bench").arg(s));
        series.addBindValue(QStringLiteral("勉強会シリーズ %1").arg(s));
        if (!exec(series))
            return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO events (id, title, kind, status, starts_at, time_zone, tentative_from, "
                       "tentative_to, capacity, series_id, occurrence_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"));
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    QSet<QString> occurrences;
    for (int id = 1; id <= kEvents; ++id) {
        const QDate day = kFirstDay.addDays(qint64(id - 1) * kDays / kEvents);
        const bool inBerlin = rng.bounded(100) < 3;
        const bool undated = day > kToday && rng.bounded(100) < 10;
        const QDateTime start(day, QTime(19, 0), inBerlin ? berlin : tokyo);
        QVariant seriesId, occurrence;
        const int s = 1 + rng.bounded(kSeries);
        if (!undated && rng.bounded(100) < 20 &&
            !occurrences.contains(QStringLiteral("%1/%2").arg(s).arg(day.toJulianDay()))) {
            occurrences.insert(QStringLiteral("%1/%2").arg(s).arg(day.toJulianDay()));
            seriesId = s;
            occurrence = SqlValues::isoDate(day);
        }
        insert.addBindValue(id);
        insert.addBindValue(QStringLiteral("第%1回 交流会").arg(id));
        insert.addBindValue(pick(rng, kinds));
        insert.addBindValue(rng.bounded(100) < 5 ? QStringLiteral("cancelled")
                            : undated            ? QStringLiteral("tentative")
                                                 : QStringLiteral("scheduled"));
        insert.addBindValue(undated ? QVariant() : QVariant(start.toUTC().toString(Qt::ISODate)));
        insert.addBindValue(inBerlin ? QStringLiteral("Europe/Berlin") : QStringLiteral("Asia/Tokyo"));
        insert.addBindValue(undated ? QVariant(SqlValues::isoDate(day)) : QVariant());
        insert.addBindValue(undated ? QVariant(SqlValues::isoDate(day.addDays(20))) : QVariant());
        insert.addBindValue(10 + rng.bounded(41));
        insert.addBindValue(seriesId);
        insert.addBindValue(occurrence);
        if (!exec(insert))
            return false;
    }
    QSqlQuery slot(db);
    slot.prepare(
        QStringLiteral("INSERT OR IGNORE INTO series_slots (series_id, occurrence_date, member_id, topic) "
                       "VALUES (?, ?, ?, 'トーク')"));
    for (int s = 1; s <= kSeries; ++s) {
        for (int k = 0; k < 100; ++k) {
            slot.addBindValue(s);
            slot.addBindValue(SqlValues::isoDate(kFirstDay.addDays(rng.bounded(kDays))));
            slot.addBindValue(1 + rng.bounded(kMembers));
            if (!exec(slot))
                return false;
        }
    }
    return true;
}

bool addParticipations(QSqlDatabase db, QRandomGenerator &rng)
{
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO participations (event_id, member_id, role, rsvp, attended, "
                       "walk_in) VALUES (?, ?, ?, ?, ?, ?)"));
    const int pastEvents = int(qint64(kFirstDay.daysTo(kToday)) * kEvents / kDays);
    for (int i = 0; i < kParticipations; ++i) {
        const int event = 1 + rng.bounded(kEvents);
        const bool past = event <= pastEvents;
        const int roll = rng.bounded(100);
        const bool walkIn = past && roll < 5;
        const QString rsvp = roll < 85   ? QStringLiteral("going")
                             : roll < 90 ? QStringLiteral("maybe")
                             : roll < 95 ? QStringLiteral("declined")
                                         : QStringLiteral("waitlisted");
        const bool attended = walkIn || (past && rsvp == QLatin1String("going") && rng.bounded(100) < 80);
        const int role = rng.bounded(100);
        insert.addBindValue(event);
        insert.addBindValue(1 + rng.bounded(kMembers));
        insert.addBindValue(role < 3   ? QStringLiteral("speaker")
                            : role < 5 ? QStringLiteral("staff")
                                       : QStringLiteral("attendee"));
        insert.addBindValue(walkIn ? QStringLiteral("going") : rsvp);
        insert.addBindValue(attended ? 1 : 0);
        insert.addBindValue(walkIn ? 1 : 0);
        if (!exec(insert))
            return false;
    }
    return true;
}

bool generate(Workspace &workspace)
{
    QRandomGenerator rng(20261206);
    Transaction transaction(workspace.database().connection());
    const QSqlDatabase db = workspace.database().connection();
    if (!addMembers(db, rng) || !addEvents(db, rng) || !addParticipations(db, rng))
        return false;
    if (!transaction.commit().ok())
        return false;
    QSqlQuery analyze(db);
    return analyze.exec(QStringLiteral("ANALYZE"));
}

/// Runs each statement to its end through the C API, reading every column as the store would.
bool runBare(sqlite3 *handle, const QStringList &statements, qint64 &cells)
{
    for (const QString &sql : statements) {
        const QByteArray text = sql.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s\n", sqlite3_errmsg(handle));
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_TEXT)
                    cells += sqlite3_column_bytes(stmt, c) > 0 ? 1 : 0;
                else
                    cells += sqlite3_column_int64(stmt, c) != 0 ? 1 : 0;
            }
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) {
            std::fprintf(stderr, "%s\n", sqlite3_errmsg(handle));
            return false;
        }
    }
    return true;
}

/// The milliseconds of each statement alone, for finding the slow one.
void printStatements(sqlite3 *handle, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QElapsedTimer timer;
        timer.start();
        qint64 cells = 0;
        runBare(handle, {sql}, cells);
        std::printf("  %8.1f ms  %s\n", double(timer.nsecsElapsed()) / 1e6, qPrintable(sql.left(90)));
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

/// Resident memory now, in kB (Linux; 0 elsewhere).
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// The Dashboard page itself (offscreen): building it and switching the period (figures, tables and
/// charts), against CommunityStats alone, and the resident memory the page adds.
int pageFigures(Workspace &workspace, int runs, double statsMs)
{
    const qint64 before = residentKb();
    QUndoStack undo;
    QElapsedTimer timer;
    timer.start();
    DashboardPage page(workspace, undo);
    page.resize(1180, 900);
    page.periodBar()->setToday(kToday);
    page.periodBar()->setPreset(PeriodBar::ThisYear);
    page.show();
    page.refresh();
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    QList<double> switches;
    const PeriodBar::Preset cycle[] = {PeriodBar::Last12Months, PeriodBar::AllTime, PeriodBar::ThisYear};
    for (int r = 0; r < runs; ++r) {
        for (const PeriodBar::Preset preset : cycle) {
            timer.restart();
            page.periodBar()->setPreset(preset); // recomputes, refills the tables and redraws the charts
            QCoreApplication::processEvents();
            switches.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const qint64 added = residentKb() - before;
    std::printf("\npage: open %.1f ms; period switch median %.1f ms (CommunityStats alone, mean of the "
                "periods above: %.1f ms); resident memory added by the page: %.1f MB\n",
                openMs, median(switches), statsMs, double(added) / 1024.0);
    return 0;
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("dashboard.sqlite"));
    const bool existing = QFileInfo::exists(path);
    const bool detail = argc > 3 && QByteArray(argv[3]) == "--statements";
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    Workspace workspace(std::move(db).value());
    if (!existing) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(workspace))
            return 1;
        std::printf("generated %d members, %d events, %d participations in %.1f s\n", kMembers, kEvents,
                    kParticipations, double(timer.elapsed()) / 1000.0);
    }
    sqlite3 *handle = SqliteHandle::of(workspace.database().connection());
    if (!handle) {
        std::fprintf(stderr, "the connection's SQLite is not the one linked here\n");
        return 1;
    }
    StatsPeriod series = StatsPeriod::allTime();
    series.seriesId = 1;
    const QList<std::pair<const char *, StatsPeriod>> periods = {
        {"this year", StatsPeriod::thisYear(kToday)},
        {"last 12 months", StatsPeriod::last12Months(kToday)},
        {"all time", StatsPeriod::allTime()},
        {"one series", series}};
    CommunityStats &stats = workspace.stats();
    std::printf("%-16s %12s %12s %8s   (median of %d, today %s)\n", "period", "stats ms", "bare SQL ms",
                "ratio", runs, qPrintable(kToday.toString(Qt::ISODate)));
    double totalStats = 0, totalBare = 0;
    for (const auto &[name, period] : periods) {
        auto statements = stats.sql(period, kToday);
        if (!statements) {
            std::fprintf(stderr, "%s\n", qPrintable(statements.error().toString()));
            return 1;
        }
        const QStringList sql = statements->dashboard(
            CommunityStats::kAttendanceLimit, CommunityStats::kTalksPerSeries, CommunityStats::kTopReferrers);
        QList<double> ours, bare;
        qint64 cells = 0;
        for (int r = 0; r < runs + 1; ++r) { // the first round warms the cache and is not counted
            QElapsedTimer timer;
            timer.start();
            auto figures = stats.dashboard(period, kToday);
            const double oursMs = double(timer.nsecsElapsed()) / 1e6;
            if (!figures) {
                std::fprintf(stderr, "%s\n", qPrintable(figures.error().toString()));
                return 1;
            }
            timer.restart();
            if (!runBare(handle, sql, cells))
                return 1;
            const double bareMs = double(timer.nsecsElapsed()) / 1e6;
            if (r > 0) {
                ours.append(oursMs);
                bare.append(bareMs);
            }
        }
        if (detail)
            printStatements(handle, sql);
        const double o = median(ours), b = median(bare);
        totalStats += o;
        totalBare += b;
        std::printf("%-16s %12.1f %12.1f %8.2f\n", name, o, b, b > 0 ? o / b : 0.0);
    }
    std::printf("%-16s %12.1f %12.1f %8.2f\n", "sum", totalStats, totalBare,
                totalBare > 0 ? totalStats / totalBare : 0.0);
    return pageFigures(workspace, runs, totalStats / periods.size());
}
