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
#include "records/ServiceAccount.h"
#include "storage/Database.h"
#include "storage/SqliteHandle.h"
#include "storage/Transaction.h"
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
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace offkai;

namespace {

constexpr int kMembers = 100000;
constexpr int kEvents = 10000;
constexpr int kParticipations = 100000;
constexpr int kRows = 3000;
constexpr qint64 kEventId = 9000;
const QDate kEventDay(2026, 5, 20);

// Names are built from parts so that most are distinct, as in a real directory, yet some are shared.
const char16_t *const kFamilyHead[][2] = {
    {u"佐", u"さ"},   {u"山", u"やま"},   {u"田", u"た"},   {u"中", u"なか"}, {u"高", u"たか"},
    {u"小", u"こ"},   {u"大", u"おお"},   {u"石", u"いし"}, {u"松", u"まつ"}, {u"井", u"い"},
    {u"木", u"き"},   {u"林", u"はやし"}, {u"森", u"もり"}, {u"池", u"いけ"}, {u"原", u"はら"},
    {u"清", u"きよ"}, {u"岡", u"おか"},   {u"藤", u"ふじ"}, {u"村", u"むら"}, {u"川", u"かわ"},
    {u"野", u"の"},   {u"宮", u"みや"},   {u"長", u"なが"}, {u"西", u"にし"}, {u"東", u"ひがし"},
    {u"北", u"きた"}, {u"南", u"みなみ"}, {u"上", u"うえ"}, {u"髙", u"たか"}, {u"竹", u"たけ"}};
const char16_t *const kFamilyTail[][2] = {
    {u"田", u"た"},   {u"本", u"もと"}, {u"川", u"かわ"},   {u"口", u"ぐち"}, {u"野", u"の"},
    {u"藤", u"ふじ"}, {u"木", u"き"},   {u"村", u"むら"},   {u"島", u"しま"}, {u"沢", u"さわ"},
    {u"原", u"はら"}, {u"崎", u"ざき"}, {u"谷", u"たに"},   {u"井", u"い"},   {u"山", u"やま"},
    {u"岡", u"おか"}, {u"橋", u"はし"}, {u"林", u"ばやし"}, {u"部", u"べ"},   {u"内", u"うち"}};
const char16_t *const kGivenHead[][2] = {
    {u"健", u"けん"}, {u"翔", u"しょう"}, {u"大", u"だい"}, {u"美", u"み"},
    {u"由", u"ゆ"},   {u"真", u"ま"},     {u"和", u"かず"}, {u"智", u"とも"},
    {u"直", u"なお"}, {u"亮", u"りょう"}, {u"恵", u"めぐ"}, {u"彩", u"あや"},
    {u"拓", u"たく"}, {u"雄", u"ゆう"},   {u"千", u"ち"},   {u"陽", u"はる"}};
const char16_t *const kGivenTail[][2] = {
    {u"太", u"た"}, {u"子", u"こ"}, {u"也", u"や"}, {u"輔", u"すけ"}, {u"介", u"すけ"}, {u"樹", u"き"},
    {u"美", u"み"}, {u"香", u"か"}, {u"人", u"と"}, {u"郎", u"ろう"}, {u"菜", u"な"},   {u"一", u"いち"}};

template<typename T, std::size_t N> const T &pick(const T (&items)[N], QRandomGenerator &rng)
{
    return items[rng.bounded(int(N))];
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

struct Person
{
    QString name;
    QString reading;
};

Person randomPerson(QRandomGenerator &rng)
{
    const auto &f1 = pick(kFamilyHead, rng);
    const auto &f2 = pick(kFamilyTail, rng);
    const auto &g1 = pick(kGivenHead, rng);
    const auto &g2 = pick(kGivenTail, rng);
    // One in four with the full-width space that Japanese forms often get.
    const QString gap = rng.bounded(4) == 0 ? QStringLiteral("　") : QStringLiteral(" ");
    return {str(f1[0]) + str(f2[0]) + gap + str(g1[0]) + str(g2[0]),
            str(f1[1]) + str(f2[1]) + QLatin1Char(' ') + str(g1[1]) + str(g2[1])};
}

/// Members with a connpass user name: three in five.
bool hasAccount(int id)
{
    return id % 5 < 3;
}

QString accountOf(int id)
{
    return QStringLiteral("cp_%1").arg(id, 0, 36);
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
    return false;
}

/// Members, their accounts, events and participations by plain SQL (MemberStore fills the normalized
/// keys and the search index of rows inserted this way when the database is next opened).
bool generate(Database &database, const QList<Person> &people)
{
    QRandomGenerator rng(20261207);
    Transaction transaction(database.connection());
    const QSqlDatabase db = database.connection();
    QSqlQuery member(db);
    member.prepare(QStringLiteral("INSERT INTO members (id, display_name, reading, email, status, joined_on) "
                                  "VALUES (?, ?, ?, ?, 'active', ?)"));
    QSqlQuery account(db);
    account.prepare(QStringLiteral("INSERT INTO member_accounts (member_id, service, account, account_key) "
                                   "VALUES (?, 'connpass', ?, ?)"));
    for (int id = 1; id <= kMembers; ++id) {
        member.addBindValue(id);
        member.addBindValue(people.at(id - 1).name);
        member.addBindValue(people.at(id - 1).reading);
        member.addBindValue(QStringLiteral("member%1@example.jp").arg(id));
        member.addBindValue(QDate(2018, 1, 1).addDays(rng.bounded(3000)).toString(Qt::ISODate));
        if (!exec(member))
            return false;
        if (hasAccount(id)) {
            account.addBindValue(id);
            account.addBindValue(accountOf(id));
            account.addBindValue(ServiceAccount::accountKey(accountOf(id)));
            if (!exec(account))
                return false;
        }
    }
    QSqlQuery event(db);
    event.prepare(
        QStringLiteral("INSERT INTO events (id, title, kind, status, starts_at, time_zone, capacity) "
                       "VALUES (?, ?, 'offline_meetup', 'scheduled', ?, 'Asia/Tokyo', ?)"));
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    for (int id = 1; id <= kEvents; ++id) {
        const QDate day = id == kEventId ? kEventDay : QDate(2024, 1, 1).addDays(rng.bounded(1096));
        event.addBindValue(id);
        event.addBindValue(QStringLiteral("第%1回 交流会").arg(id));
        event.addBindValue(QDateTime(day, QTime(19, 0), tokyo).toUTC().toString(Qt::ISODate));
        event.addBindValue(id == kEventId ? QVariant() : QVariant(10 + rng.bounded(41)));
        if (!exec(event))
            return false;
    }
    QSqlQuery participation(db);
    participation.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO participations (event_id, member_id, rsvp, attended) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < kParticipations; ++i) {
        const bool going = rng.bounded(10) > 0;
        participation.addBindValue(1 + rng.bounded(kEvents));
        participation.addBindValue(1 + rng.bounded(kMembers));
        participation.addBindValue(going ? QStringLiteral("going") : QStringLiteral("declined"));
        participation.addBindValue(going && rng.bounded(10) < 8 ? 1 : 0);
        if (!exec(participation))
            return false;
    }
    return transaction.commit().ok();
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString connpassTime(const QDateTime &when)
{
    return QStringLiteral("%1年%2月%3日 %4時%5分")
        .arg(when.date().year())
        .arg(when.date().month())
        .arg(when.date().day())
        .arg(when.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(when.time().minute(), 2, 10, QLatin1Char('0'));
}

/// What the file holds, row kind by row kind.
struct FileMix
{
    int members = 0;   ///< members by their user name
    int newcomers = 0; ///< nobody in the directory
    int namesakes = 0; ///< a member's name, a user name nobody has
    int withdrawn = 0; ///< (退会ユーザー)
};

QByteArray connpassFile(const QList<Person> &people, FileMix &mix)
{
    QRandomGenerator rng(20260520);
    QString text =
        QStringLiteral("参加枠名,ユーザー名,表示名,利用開始日,コメント,参加ステータス,出欠ステータス,"
                       "出席日時,更新日時,受付番号\r\n");
    static const char16_t *const kComments[] = {u"",
                                                u"",
                                                u"",
                                                u"よろしくお願いします",
                                                u"初参加です、よろしくお願いします！",
                                                u"LTします。\"タイトル\"は未定",
                                                u"遅れて参加します\n(20時ごろ)"};
    QSet<int> used;
    const QDateTime opened(QDate(2026, 4, 20), QTime(12, 0));
    for (int i = 0; i < kRows; ++i) {
        const int roll = rng.bounded(100);
        QString user, name;
        if (roll < 2) {
            user = name = QStringLiteral("(退会ユーザー)");
            ++mix.withdrawn;
        } else if (roll < 12) {
            user = QStringLiteral("newcomer_%1").arg(i);
            name = QStringLiteral("ゲスト%1").arg(i);
            ++mix.newcomers;
        } else if (roll < 20) {
            int id;
            do
                id = 1 + rng.bounded(kMembers);
            while (hasAccount(id) || used.contains(id));
            used.insert(id);
            user = QStringLiteral("fresh_%1").arg(i);
            name = people.at(id - 1).name;
            ++mix.namesakes;
        } else {
            int id;
            do
                id = 1 + rng.bounded(kMembers);
            while (!hasAccount(id) || used.contains(id));
            used.insert(id);
            user = rng.bounded(20) == 0 ? accountOf(id).toUpper() : accountOf(id);
            name = people.at(id - 1).name;
            ++mix.members;
        }
        const int answer = rng.bounded(100);
        const QString status = answer < 80   ? QStringLiteral("参加")
                               : answer < 90 ? QStringLiteral("補欠")
                                             : QStringLiteral("参加キャンセル");
        const bool came = answer < 80 && rng.bounded(100) < 70;
        const QDateTime registered = opened.addSecs(qint64(i) * 600 + rng.bounded(600));
        const QString checkIn =
            came ? connpassTime(QDateTime(kEventDay, QTime(18, 45)).addSecs(rng.bounded(3600))) : QString();
        text += quoted(rng.bounded(10) == 0 ? QStringLiteral("LT枠") : QStringLiteral("一般枠")) +
                QLatin1Char(',') + quoted(user) + QLatin1Char(',') + quoted(name) + QLatin1Char(',') +
                connpassTime(registered) + QLatin1Char(',') + quoted(str(pick(kComments, rng))) +
                QLatin1Char(',') + status + QLatin1Char(',') + (came ? QStringLiteral("出席") : QString()) +
                QLatin1Char(',') + checkIn + QLatin1Char(',') + connpassTime(registered.addDays(1)) +
                QLatin1Char(',') + QString::number(1000000 + i) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

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

    QRandomGenerator rng(20261206);
    QList<Person> people;
    people.reserve(kMembers);
    for (int i = 0; i < kMembers; ++i)
        people.append(randomPerson(rng));
    FileMix mix;
    const QByteArray file = connpassFile(people, mix);

    QElapsedTimer timer;
    timer.start();
    {
        auto db = openDatabase(base);
        if (!db || !generate(*db, people))
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
        kMembers, kMembers * 3 / 5, kEvents, kParticipations, double(timer.elapsed()) / 1000.0, kRows,
        double(file.size()) / 1024.0, mix.members, mix.newcomers, mix.namesakes, mix.withdrawn);

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
