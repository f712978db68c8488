// A connpass participant download of 3,000 rows imported into one event of a community with 100,000
// members (60% with a connpass user name) and 10,000 events, through ParticipantImporter, against the
// bare SQL the same work needs, stepped through the sqlite3 C API with prepared statements:
//   (a) plan(): read the file and match every row, against the lookups the matching does for the same
//       rows: the account on member_accounts (service, account_key), and when there is none the name on
//       member_profiles (name_key). The baseline's keys are computed before it is timed.
//   (b) apply(): write the plan in one transaction into the event, on a fresh copy of the database, against
//       raw prepared INSERTs of the same rows in one transaction on another fresh copy: the members the
//       import created (members, member_accounts), the accounts it remembered, the participations.
//   (c) a re-import of the same file (plan and apply, nothing changes), against the lookups (every row
//       now has its account) and reading the event's participations.
// Runs alternate (ours, bare); each figure is the median of the runs after one warm-up round.
//
// The file: UTF-8 with a BOM and connpass's own header row; most rows are members by their user name
// (some in upper case), some are new people, some share the name of a member who has no connpass user
// name (listed for review; the benchmark then picks the first candidate and remembers the account), a
// few are "(退会ユーザー)"; 参加 / 補欠 / 参加キャンセル, 出席 with its 出席日時, comments with commas.
//
// Usage: bench_participant_import [runs]   (default 7)

#include "exchange/ParticipantFile.h"
#include "ParticipantBenchData.h"
#include "records/ServiceAccount.h"
#include "storage/Database.h"
#include "storage/SqliteHandle.h"
#include "stores/Workspace.h"
#include "text/TextNormalizer.h"
#include "workflows/ParticipantImporter.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace offkai;

namespace {

using Data = ParticipantBenchData;
constexpr qint64 kEventId = Data::kEventId;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// A copy of the database file at `to`, made before anything is timed.
bool freshCopy(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

std::unique_ptr<Database> openDatabase(const QString &path)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return nullptr;
    }
    return std::move(db).value();
}

/// The user's choice in the review step: the first candidate, remembering the row's user name.
void decideReviews(ParticipantImporter::Plan &plan)
{
    for (ParticipantImporter::Row &row : plan.rows) {
        if (row.match != ParticipantImporter::Match::Review)
            continue;
        row.reviewed = true;
        row.decision = ParticipantImporter::Decision::UseMember;
        row.memberId = row.candidates.value(0);
    }
}

/// A prepared statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *handle, const char *sql)
    {
        if (sqlite3_prepare_v2(handle, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "%s\n", sqlite3_errmsg(handle));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    bool ok() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

void bindText(sqlite3_stmt *stmt, int index, const QByteArray &text)
{
    if (text.isNull())
        sqlite3_bind_null(stmt, index);
    else
        sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

/// The keys of one row's lookups, as the importer computes them.
struct LookupKeys
{
    QByteArray account;
    QByteArray name;
};

/// What the baseline's lookups found: rows found by account, rows with namesakes, rows with neither.
struct LookupTally
{
    int byAccount = 0;
    int byName = 0;
    int none = 0;
    qint64 cells = 0;
};

/// The matching's lookups through the C API: the account, and when it has no member the name.
bool bareLookups(sqlite3 *handle, const QList<LookupKeys> &keys, LookupTally &tally)
{
    Statement account(handle, "SELECT member_id FROM member_accounts WHERE service = 'connpass' AND "
                              "account_key = ? ORDER BY member_id");
    Statement name(handle, "SELECT member_id, coalesce(reading_key, '') FROM member_profiles WHERE "
                           "name_key = ? ORDER BY member_id");
    if (!account.ok() || !name.ok())
        return false;
    tally = {};
    for (const LookupKeys &row : keys) {
        bool found = false;
        if (!row.account.isEmpty()) {
            bindText(account.get(), 1, row.account);
            while (sqlite3_step(account.get()) == SQLITE_ROW) {
                tally.cells += sqlite3_column_int64(account.get(), 0);
                found = true;
            }
            sqlite3_reset(account.get());
        }
        if (found) {
            ++tally.byAccount;
            continue;
        }
        bindText(name.get(), 1, row.name);
        while (sqlite3_step(name.get()) == SQLITE_ROW) {
            tally.cells += sqlite3_column_int64(name.get(), 0) + sqlite3_column_bytes(name.get(), 1);
            found = true;
        }
        sqlite3_reset(name.get());
        ++(found ? tally.byName : tally.none);
    }
    return true;
}

/// One participation row as the baseline binds it: every column's text made before timing.
struct BareParticipation
{
    qint64 memberId = 0;
    QByteArray role, rsvp, checkedInAt, note, registeredAt;
    int attended = 0;
    std::optional<int> waitlistOrder;
};

QByteArray utcText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray();
}

/// The rows one apply() wrote: the members it created, the accounts it stored, the participations.
struct Written
{
    QList<Member> created;
    QList<std::pair<qint64, QByteArray>> accounts; ///< member, connpass user name
    QList<BareParticipation> participations;
};

Written writtenBy(const ParticipantImporter::Outcome &outcome)
{
    Written w;
    w.created = outcome.createdMembers;
    for (const Member &m : outcome.createdMembers + outcome.membersAfter) {
        const QString account = m.accounts.value(ServiceAccount::Service::Connpass);
        if (!account.isEmpty())
            w.accounts.append({m.id, account.toUtf8()});
    }
    for (const Participation &p : outcome.after) {
        if (outcome.before.contains(p))
            continue;
        w.participations.append({p.memberId, Participation::roleKey(p.role).toUtf8(),
                                 Participation::rsvpKey(p.rsvp).toUtf8(), utcText(p.checkedInAt),
                                 p.note.toUtf8(), utcText(p.registeredAt), p.attended ? 1 : 0,
                                 p.waitlistOrder});
    }
    return w;
}

bool step(sqlite3 *handle, sqlite3_stmt *stmt)
{
    const bool done = sqlite3_step(stmt) == SQLITE_DONE;
    if (!done)
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(handle));
    sqlite3_reset(stmt);
    return done;
}

/// The same rows as raw prepared INSERTs in one transaction.
bool bareWrite(sqlite3 *handle, const Written &w)
{
    if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    Statement member(handle, "INSERT INTO members (id, display_name, status, joined_on) VALUES (?, ?, "
                             "'active', ?)");
    Statement account(handle, "INSERT OR REPLACE INTO member_accounts (member_id, service, account, "
                              "account_key) VALUES (?, 'connpass', ?, lower(?))");
    Statement participation(handle, "INSERT OR REPLACE INTO participations (event_id, member_id, role, "
                                    "rsvp, attended, checked_in_at, waitlist_order, note, registered_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bool ok = member.ok() && account.ok() && participation.ok();
    for (const Member &m : w.created) {
        if (!ok)
            break;
        const QByteArray name = m.displayName.toUtf8();
        const QByteArray joined = m.joinedOn.toString(Qt::ISODate).toUtf8();
        sqlite3_bind_int64(member.get(), 1, m.id);
        bindText(member.get(), 2, name);
        bindText(member.get(), 3, joined);
        ok = step(handle, member.get());
    }
    for (const auto &[id, name] : w.accounts) {
        if (!ok)
            break;
        sqlite3_bind_int64(account.get(), 1, id);
        bindText(account.get(), 2, name);
        bindText(account.get(), 3, name);
        ok = step(handle, account.get());
    }
    for (const BareParticipation &p : w.participations) {
        if (!ok)
            break;
        sqlite3_stmt *s = participation.get();
        sqlite3_bind_int64(s, 1, kEventId);
        sqlite3_bind_int64(s, 2, p.memberId);
        bindText(s, 3, p.role);
        bindText(s, 4, p.rsvp);
        sqlite3_bind_int(s, 5, p.attended);
        bindText(s, 6, p.checkedInAt);
        if (p.waitlistOrder)
            sqlite3_bind_int(s, 7, *p.waitlistOrder);
        else
            sqlite3_bind_null(s, 7);
        bindText(s, 8, p.note);
        bindText(s, 9, p.registeredAt);
        ok = step(handle, s);
    }
    return sqlite3_exec(handle, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK && ok;
}

/// Every column of the event's participations, as the re-import reads them to compare.
bool bareReadEvent(sqlite3 *handle, qint64 &cells)
{
    Statement read(handle, "SELECT * FROM participations WHERE event_id = ?");
    if (!read.ok())
        return false;
    sqlite3_bind_int64(read.get(), 1, kEventId);
    while (sqlite3_step(read.get()) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(read.get()); ++c)
            cells += sqlite3_column_type(read.get(), c) == SQLITE_TEXT ? sqlite3_column_bytes(read.get(), c)
                                                                       : sqlite3_column_int64(read.get(), c);
    }
    return true;
}

QList<LookupKeys> lookupKeys(const ParticipantImporter::Plan &plan)
{
    QList<LookupKeys> keys;
    for (const ParticipantImporter::Row &row : plan.rows) {
        const QString account =
            row.entry.account.trimmed().isEmpty() ? QString() : ServiceAccount::accountKey(row.entry.account);
        keys.append({account.toUtf8(), TextNormalizer::normalize(row.entry.name).remove(' ').toUtf8()});
    }
    return keys;
}

int countMatch(const ParticipantImporter::Plan &plan, ParticipantImporter::Match match)
{
    return int(std::count_if(plan.rows.cbegin(), plan.rows.cend(),
                             [match](const ParticipantImporter::Row &row) { return row.match == match; }));
}

void printRow(const char *what, const QList<double> &ours, const QList<double> &bare)
{
    const double o = median(ours), b = median(bare);
    std::printf("%-34s %10.1f %10.1f %8.2f\n", what, o, b, b > 0 ? o / b : 0.0);
}

/// The machine's load average (Linux; empty elsewhere): figures taken under load are noisy.
QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

int fail(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("offkai.*.debug=false"));
    const int runs = argc > 1 ? qMax(5, QByteArray(argv[1]).toInt()) : 7;
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("community.sqlite"));
    const QString imported = dir.filePath(QStringLiteral("imported.sqlite"));
    const QString ours = dir.filePath(QStringLiteral("ours.sqlite"));
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));

    const QList<Data::Person> people = Data::people();
    Data::FileMix mix;
    const QByteArray file = Data::connpassFile(people, mix);

    QElapsedTimer timer;
    timer.start();
    {
        auto db = openDatabase(base);
        if (!db || !Data::generate(*db, people))
            return 1;
    }
    {
        // Opening fills the normalized keys and the search index of the members inserted above.
        auto db = openDatabase(base);
        if (!db)
            return 1;
        Workspace workspace(std::move(db));
        QSqlQuery analyze(workspace.database().connection());
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            return 1;
    }
    std::printf(
        "generated %d members (%d with a connpass user name), %d events, %d participations in %.1f s\n"
        "file: %d rows, %.0f kB: %d members by user name, %d new people, %d namesakes, %d withdrawn\n\n",
        Data::kMembers, Data::kMembers * 3 / 5, Data::kEvents, Data::kParticipations,
        double(timer.elapsed()) / 1000.0, Data::kRows, double(file.size()) / 1024.0, mix.members,
        mix.newcomers, mix.namesakes, mix.withdrawn);

    // (a) plan against the lookups, on the generated database.
    QList<double> planOurs, planBare;
    {
        auto db = openDatabase(base);
        if (!db)
            return 1;
        Workspace workspace(std::move(db));
        sqlite3 *handle = SqliteHandle::of(workspace.database().connection());
        if (!handle) {
            std::fprintf(stderr, "the connection's SQLite is not the one linked here\n");
            return 1;
        }
        ParticipantImporter importer(workspace);
        QList<LookupKeys> keys;
        LookupTally tally;
        for (int r = 0; r <= runs; ++r) {
            timer.restart();
            auto plan = importer.plan(kEventId, file, ParticipantFile::Source::Connpass);
            const double o = msSince(timer);
            if (!plan)
                return fail(plan.error());
            if (keys.isEmpty()) {
                keys = lookupKeys(*plan);
                std::printf(
                    "plan: %lld rows: %d by user name, %d by name and reading, %d to review, %d new\n",
                    qlonglong(plan->rows.size()), countMatch(*plan, ParticipantImporter::Match::Account),
                    countMatch(*plan, ParticipantImporter::Match::NameAndReading),
                    countMatch(*plan, ParticipantImporter::Match::Review),
                    countMatch(*plan, ParticipantImporter::Match::None));
            }
            timer.restart();
            if (!bareLookups(handle, keys, tally))
                return 1;
            const double b = msSince(timer);
            if (r > 0) {
                planOurs.append(o);
                planBare.append(b);
            }
        }
        std::printf("bare lookups: %d rows found by account, %d with namesakes, %d with neither\n\n",
                    tally.byAccount, tally.byName, tally.none);
    }

    // (b) apply on fresh copies, against the same rows inserted raw.
    QList<double> applyOurs, applyBare;
    Written written;
    ParticipantImporter::Counts applied;
    for (int r = 0; r <= runs; ++r) {
        if (!freshCopy(base, ours) || !freshCopy(base, bare))
            return 1;
        auto db = openDatabase(ours);
        auto bareDb = openDatabase(bare);
        if (!db || !bareDb)
            return 1;
        Workspace workspace(std::move(db));
        ParticipantImporter importer(workspace);
        auto plan = importer.plan(kEventId, file, ParticipantFile::Source::Connpass);
        if (!plan)
            return fail(plan.error());
        decideReviews(*plan);
        timer.restart();
        auto outcome = importer.apply(*plan);
        const double o = msSince(timer);
        if (!outcome)
            return fail(outcome.error());
        if (r == 0) {
            written = writtenBy(*outcome);
            applied = outcome->counts;
        }
        timer.restart();
        if (!bareWrite(SqliteHandle::of(bareDb->connection()), written))
            return 1;
        const double b = msSince(timer);
        if (r > 0) {
            applyOurs.append(o);
            applyBare.append(b);
        }
    }
    std::printf("apply: %d matched, %d created, %d added, %d updated, %d unchanged, %d skipped; bare: %lld "
                "members, %lld accounts, %lld participations\n\n",
                applied.matched, applied.created, applied.added, applied.updated, applied.unchanged,
                applied.skipped, qlonglong(written.created.size()), qlonglong(written.accounts.size()),
                qlonglong(written.participations.size()));

    // (c) the same file again: nothing changes.
    QList<double> againOurs, againBare;
    if (!freshCopy(base, imported))
        return 1;
    {
        auto db = openDatabase(imported);
        if (!db)
            return 1;
        Workspace workspace(std::move(db));
        ParticipantImporter importer(workspace);
        auto plan = importer.plan(kEventId, file, ParticipantFile::Source::Connpass);
        if (!plan)
            return fail(plan.error());
        decideReviews(*plan);
        if (auto outcome = importer.apply(*plan); !outcome)
            return fail(outcome.error());
    }
    {
        auto db = openDatabase(imported);
        if (!db)
            return 1;
        Workspace workspace(std::move(db));
        sqlite3 *handle = SqliteHandle::of(workspace.database().connection());
        ParticipantImporter importer(workspace);
        QList<LookupKeys> keys;
        LookupTally tally;
        ParticipantImporter::Counts counts;
        for (int r = 0; r <= runs; ++r) {
            timer.restart();
            auto plan = importer.plan(kEventId, file, ParticipantFile::Source::Connpass);
            if (!plan)
                return fail(plan.error());
            auto outcome = importer.apply(*plan);
            const double o = msSince(timer);
            if (!outcome)
                return fail(outcome.error());
            counts = outcome->counts;
            if (keys.isEmpty())
                keys = lookupKeys(*plan);
            timer.restart();
            if (!bareLookups(handle, keys, tally) || !bareReadEvent(handle, tally.cells))
                return 1;
            const double b = msSince(timer);
            if (r > 0) {
                againOurs.append(o);
                againBare.append(b);
            }
        }
        std::printf("re-import: %d matched, %d unchanged, %d added, %d updated, %d created, %d to review "
                    "(their chosen member has another user name); bare lookups: %d by account\n\n",
                    counts.matched, counts.unchanged, counts.added, counts.updated, counts.created,
                    counts.needsReview, tally.byAccount);
    }

    std::printf("%-34s %10s %10s %8s   (ms, median of %d; load average %s)\n", "", "ours", "bare SQL",
                "ratio", runs, loadAverage().constData());
    printRow("(a) plan: read + match", planOurs, planBare);
    printRow("(b) apply: write, one transaction", applyOurs, applyBare);
    printRow("(c) re-import: plan + apply", againOurs, againBare);
    return 0;
}
