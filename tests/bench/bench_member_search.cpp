// One search keystroke on 100,000 members through MemberTableModel versus the bare SQL it runs, and the
// cost of opening the members page. Prints a table; see tests/bench/CMakeLists.txt.
//
// With `--server URL` (an empty team database on a PostgreSQL server) the generated file is first pushed
// there (timed), the same figures are taken on the team database, and then the time until a change made on
// one connection reaches another one's ChangeFeed (median of 20).

#include "items/MemberTableModel.h"
#include "records/Member.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/Transaction.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberList.h"
#include "stores/MemberSearchIndex.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "workflows/TeamTransfer.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace offkai;

namespace {

constexpr int kRuns = 25;
constexpr int kEngagementRuns = 5;
/// The bare-SQL side's prepared statements (cleared before the database closes).
QHash<QString, QSqlQuery> g_prepared;

struct Name
{
    const char16_t *kanji;
    const char16_t *kana;
};

constexpr Name kSurnames[] = {
    {u"佐藤", u"さとう"},     {u"鈴木", u"すずき"},   {u"高橋", u"たかはし"}, {u"田中", u"たなか"},
    {u"伊藤", u"いとう"},     {u"渡辺", u"わたなべ"}, {u"山本", u"やまもと"}, {u"中村", u"なかむら"},
    {u"小林", u"こばやし"},   {u"加藤", u"かとう"},   {u"吉田", u"よしだ"},   {u"山田", u"やまだ"},
    {u"佐々木", u"ささき"},   {u"山口", u"やまぐち"}, {u"松本", u"まつもと"}, {u"井上", u"いのうえ"},
    {u"木村", u"きむら"},     {u"林", u"はやし"},     {u"斎藤", u"さいとう"}, {u"清水", u"しみず"},
    {u"山崎", u"やまざき"},   {u"森", u"もり"},       {u"池田", u"いけだ"},   {u"橋本", u"はしもと"},
    {u"阿部", u"あべ"},       {u"石川", u"いしかわ"}, {u"東", u"あずま"},     {u"東山", u"ひがしやま"},
    {u"藤田", u"ふじた"},     {u"前田", u"まえだ"},   {u"後藤", u"ごとう"},   {u"岡田", u"おかだ"},
    {u"長谷川", u"はせがわ"}, {u"村上", u"むらかみ"}, {u"近藤", u"こんどう"}, {u"坂本", u"さかもと"},
};

constexpr Name kGivenNames[] = {
    {u"太郎", u"たろう"},   {u"花子", u"はなこ"},   {u"翔太", u"しょうた"}, {u"美咲", u"みさき"},
    {u"大輔", u"だいすけ"}, {u"由紀", u"ゆき"},     {u"健一", u"けんいち"}, {u"恵", u"めぐみ"},
    {u"拓也", u"たくや"},   {u"彩", u"あや"},       {u"誠", u"まこと"},     {u"優子", u"ゆうこ"},
    {u"直人", u"なおと"},   {u"真由美", u"まゆみ"}, {u"亮", u"りょう"},     {u"さくら", u"さくら"},
    {u"浩二", u"こうじ"},   {u"千尋", u"ちひろ"},   {u"隆", u"たかし"},     {u"舞", u"まい"},
    {u"京子", u"きょうこ"}, {u"東吾", u"とうご"},   {u"和也", u"かずや"},   {u"理恵", u"りえ"},
};

constexpr const char16_t *kLatinSurnames[] = {u"Smith",  u"Johnson", u"Brown", u"Garcia", u"Miller",
                                              u"Davis",  u"Wilson",  u"Moore", u"Taylor", u"Anderson",
                                              u"Müller", u"Dubois",  u"Rossi", u"Kim",    u"Nguyen"};
constexpr const char16_t *kLatinGiven[] = {u"John",  u"Emily", u"Michael", u"Sarah", u"David",
                                           u"Laura", u"James", u"Anna",    u"Lucas", u"Chloé"};

constexpr const char16_t *kPlaces[] = {u"東京", u"大阪", u"横浜", u"名古屋", u"札幌", u"福岡",
                                       u"京都", u"神戸", u"仙台", u"広島",   u"千葉", u"埼玉"};
constexpr const char16_t *kBusinesses[] = {u"商事",   u"システムズ", u"広告社", u"不動産", u"電機",
                                           u"フーズ", u"デザイン",   u"物産",   u"銀行",   u"トラベル"};
constexpr const char16_t *kLatinCompanies[] = {u"Acme Corp", u"Globex",     u"Initech",
                                               u"Umbrella",  u"Stark Labs", u"Wayne Industries"};
constexpr const char16_t *kTags[] = {u"幹事",       u"ブロガー", u"起業準備", u"常連",
                                     u"Zoomホスト", u"経営者",   u"学生",     u"OB・OG"};
constexpr const char16_t *kOccupations[] = {u"freelancer", u"creator", u"executive",   u"founder",
                                            u"employee",   u"student", u"advertising", u"other"};
constexpr const char16_t *kNotes[] = {u"第2回オフ会に参加。東京駅近くで働いている。",
                                      u"紹介で参加。ワインが好き。",
                                      u"オン会中心に参加しています。",
                                      u"Met at the Tokyo meetup; interested in startups.",
                                      u"**要フォロー** 名刺交換済み",
                                      u"出張で東京に来るときに参加。"};

template<typename T, std::size_t N> const T &pick(const T (&items)[N], QRandomGenerator &rng)
{
    return items[rng.bounded(int(N))];
}

constexpr const char16_t *kJobTitles[] = {u"エンジニア",      u"営業部長",   u"デザイナー", u"代表取締役",
                                          u"Product Manager", u"マーケター", u"人事",       u"研究員"};
constexpr const char16_t *kIndustries[] = {u"IT", u"広告", u"不動産", u"製造", u"金融", u"教育", u"医療"};
constexpr const char16_t *kRegions[] = {u"東京都", u"神奈川県", u"大阪府", u"愛知県",
                                        u"福岡県", u"北海道",   u"京都府", u"埼玉県"};
constexpr const char16_t *kSkills[] = {u"Python, 写真", u"営業、マーケティング", u"TypeScript React",
                                       u"ワイン", u"登山とキャンプ"};
constexpr const char16_t *kIntroductions[] = {u"都内でWeb制作をしています。よろしくお願いします。",
                                              u"異業種交流に興味があります。",
                                              u"週末はカフェ巡りをしています。"};

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

Member generate(int i, QRandomGenerator &rng)
{
    Member m;
    if (rng.bounded(100) < 80) {
        const Name &family = pick(kSurnames, rng);
        const Name &given = pick(kGivenNames, rng);
        m.displayName = s(family.kanji) + QLatin1Char(' ') + s(given.kanji);
        m.reading = s(family.kana) + QLatin1Char(' ') + s(given.kana);
    } else {
        m.displayName = s(pick(kLatinGiven, rng)) + QLatin1Char(' ') + s(pick(kLatinSurnames, rng));
    }
    m.emails = {QStringLiteral("member%1@example.com").arg(i)};
    if (rng.bounded(100) < 85) {
        m.affiliation = rng.bounded(100) < 85
                            ? QStringLiteral("株式会社") + s(pick(kPlaces, rng)) + s(pick(kBusinesses, rng))
                            : s(pick(kLatinCompanies, rng));
    }
    m.occupation = s(pick(kOccupations, rng));
    const int status = rng.bounded(100);
    m.status = status < 5    ? Member::Status::Applicant
               : status < 85 ? Member::Status::Active
               : status < 95 ? Member::Status::Inactive
                             : Member::Status::Left;
    if (m.status != Member::Status::Applicant)
        m.joinedOn = QDate(2013, 6, 1).addDays(rng.bounded(4000));
    if (m.status == Member::Status::Left)
        m.leftOn = m.joinedOn.addDays(30 + rng.bounded(300));
    if (rng.bounded(100) < 40)
        m.tags.append(s(pick(kTags, rng)));
    if (rng.bounded(100) < 10)
        m.tags.append(s(pick(kTags, rng)));
    if (rng.bounded(100) < 30)
        m.notes = s(pick(kNotes, rng));
    // The rest of what search covers, filled as a real directory fills it, from a generator of the
    // member's own: the fields above are drawn exactly as before these were added.
    QRandomGenerator extra(quint32(i) * 2654435761u + 1u);
    if (extra.bounded(100) < 60)
        m.jobTitle = s(pick(kJobTitles, extra));
    if (extra.bounded(100) < 60)
        m.industry = s(pick(kIndustries, extra));
    if (extra.bounded(100) < 70)
        m.region = s(pick(kRegions, extra));
    if (extra.bounded(100) < 40)
        m.skills = s(pick(kSkills, extra));
    if (extra.bounded(100) < 25)
        m.introduction = s(pick(kIntroductions, extra));
    if (i % 5 == 0)
        m.emails.append(QStringLiteral("m%1.private@example.jp").arg(i));
    if (extra.bounded(100) < 30)
        m.accounts.insert(ServiceAccount::Service::Connpass, QStringLiteral("user_%1").arg(i));
    return m;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

long procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key(field);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

/// Resets the peak RSS (VmHWM) to the current RSS (Linux 4.0+); false where unsupported.
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

/// Forgets the remembered match counts, keeping the count of all members (remembered until a write).
void forgetTermCounts(MemberTables &store)
{
    store.search().forgetEstimates();
    (void)store.list().count(MemberQuery());
}

/// The SQL a keystroke runs, executed directly: the count, then the first page, each value read once.
double bareSql(MemberTables &store, QSqlDatabase db, const MemberQuery &query, int *rowsOut)
{
    // A keystroke is a new term: its count is not remembered from the run before (the model's side
    // forgets too); the count of all members is, as it is while nobody writes.
    forgetTermCounts(store);
    QElapsedTimer timer;
    timer.start();
    // Building the statements is timed too: choosing the plan counts the matches (up to the share that
    // decides), remembered for the first count.
    const auto count = store.list().firstCountStatement(query);
    const auto page = store.list().fetchStatement(query, 0, MemberTableModel::kPageSize);
    // Prepared once per statement text, as the store does.
    const auto statement = [&db](const QString &sql) -> QSqlQuery & {
        auto it = g_prepared.find(sql);
        if (it == g_prepared.end()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(sql);
            it = g_prepared.insert(sql, q);
        }
        return *it;
    };
    // The first count, unless choosing the plan already counted the same (as MemberList::firstCount
    // takes it then).
    int n = -1;
    if (store.list().countIsRemembered(query))
        n = store.search().estimate(MemberListQuery::rememberedKey(count), count.sql, count.values.value(0));
    if (n < 0) {
        QSqlQuery &q = statement(count.sql);
        for (const QVariant &v : count.values)
            q.addBindValue(v);
        q.exec();
        q.next();
        n = q.value(0).toInt();
        q.finish();
    }
    QSqlQuery &p = statement(page.sql);
    for (const QVariant &v : page.values)
        p.addBindValue(v);
    p.exec();
    int rows = 0;
    while (p.next()) {
        for (int c = 0; c < 11; ++c)
            (void)p.value(c);
        ++rows;
    }
    p.finish();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *rowsOut = n;
    return ms;
}

/// The same keystroke through the model: setQuery (count + reset), then the first page of data(). For a
/// search matching many, `settleMs` is the exact count that follows once the first page is shown.
double throughModel(MemberTables &store, MemberTableModel &model, const MemberQuery &query, int *rowsOut,
                    double *settleMs)
{
    MemberQuery other = query;
    other.search = QStringLiteral("zzzz-reset");
    model.setQuery(other); // untimed: makes the timed setQuery a real change
    forgetTermCounts(store);
    QElapsedTimer timer;
    timer.start();
    model.setQuery(query);
    const int shown = std::min(model.rowCount(), int(MemberTableModel::kPageSize));
    for (int row = 0; row < shown; ++row) {
        for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QElapsedTimer settle;
    settle.start();
    while (!model.countIsExact())
        QCoreApplication::processEvents();
    *settleMs = double(settle.nsecsElapsed()) / 1e6;
    *rowsOut = model.rowCount();
    return ms;
}

/// 2,000 events every other day from 2014 with 60 people each, a third of them from 2,000 regulars (so
/// attendance is uneven, as in a real community): what the engagement columns read. Every 37th event is
/// cancelled; the last 430 have no attendance taken.
bool addEvents(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("BEGIN")) &&
           q.exec(QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
               "INSERT INTO events (id, title, starts_at, ends_at, status) SELECT i, 'Meetup ' || i, "
               "strftime('%Y-%m-%dT10:00:00Z', '2014-01-01', '+' || (i * 2) || ' days'), "
               "strftime('%Y-%m-%dT13:00:00Z', '2014-01-01', '+' || (i * 2) || ' days'), "
               "CASE WHEN i % 37 = 0 THEN 'cancelled' WHEN i < 1570 THEN 'done' ELSE 'scheduled' END "
               "FROM n")) &&
           q.exec(QStringLiteral(
               "WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 60) "
               "INSERT OR IGNORE INTO participations (event_id, member_id, rsvp, attended) SELECT e.id, "
               "CASE WHEN j <= 20 THEN ((e.id * 31 + j * 97) % 2000) + 1 "
               "ELSE ((e.id * 7919 + j * j * 104729) % 100000) + 1 END, "
               "CASE WHEN (e.id * 13 + j * 7) % 20 = 0 THEN 'maybe' WHEN (e.id * 13 + j * 7) % 20 = 1 "
               "THEN 'declined' ELSE 'going' END, "
               "CASE WHEN e.id < 1570 AND (e.id * 13 + j * 7) % 20 > 1 AND (e.id * 17 + j * 11) % 100 < 82 "
               "THEN 1 ELSE 0 END FROM events e, k WHERE ((e.id * 7919 + j * j * 104729) % 100000) + 1 <= "
               "(SELECT max(id) FROM members)")) &&
           q.exec(QStringLiteral("COMMIT"));
}

/// Sorting or filtering by engagement through the model: setQuery, then the first page of data().
double engagementQuery(MemberTableModel &model, const MemberQuery &query, int *rowsOut)
{
    model.setQuery(MemberQuery()); // untimed: makes the timed setQuery a real change
    QElapsedTimer timer;
    timer.start();
    model.setQuery(query);
    const int shown = std::min(model.rowCount(), int(MemberTableModel::kPageSize));
    for (int row = 0; row < shown; ++row) {
        for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
    }
    *rowsOut = model.rowCount();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Optional: the number of members (default 100,000) and a database path to keep (and reuse) instead
    // of a temporary one.
    QStringList args = app.arguments();
    QString server;
    if (const qsizetype at = args.indexOf(QStringLiteral("--server")); at > 0 && at + 1 < args.size()) {
        server = args.at(at + 1);
        args.remove(at, 2);
    }
    const int kMembers = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = QFile::exists(path);
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    auto tables = std::make_unique<MemberTables>(**db);
    std::printf("FTS5: %s\n", tables->list().hasFullTextSearch() ? "yes" : "no (LIKE fallback)");

    QRandomGenerator rng(20260123);
    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        Transaction tx((*db)->connection());
        if (auto begun = tables->bulkWrite().begin(); !begun)
            return 1;
        for (int i = 0; i < kMembers; ++i) {
            if (auto id = tables->records().insert(generate(i, rng)); !id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.error().toString()));
                return 1;
            }
        }
        const qint64 rowsMs = timer.elapsed();
        if (auto ended = tables->bulkWrite().end(); !ended)
            return 1;
        if (auto done = tx.commit(); !done)
            return 1;
        std::printf("generated %d members in bulk mode: %.2f s (rows %.2f s, index rebuild %.2f s)\n\n",
                    kMembers, double(timer.elapsed()) / 1000.0, double(rowsMs) / 1000.0,
                    double(timer.elapsed() - rowsMs) / 1000.0);
    }

    {
        QSqlQuery events((*db)->connection());
        if (events.exec(QStringLiteral("SELECT count(*) FROM events")) && events.next() &&
            events.value(0).toInt() == 0 && !addEvents((*db)->connection())) {
            std::fprintf(stderr, "could not add the events\n");
            return 1;
        }
    }

    // On a team database: the file is pushed there, and the figures below are taken on the server.
    std::unique_ptr<Database> team;
    if (!server.isEmpty()) {
        const auto address = ServerAddress::parse(server);
        if (!address) {
            std::fprintf(stderr, "%s\n", qPrintable(address.error().toString()));
            return 1;
        }
        auto opened = Database::openServer(*address, QString());
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        team = std::move(opened).value();
        QSqlQuery present(team->connection());
        if (present.exec(QStringLiteral("SELECT count(*) FROM members")) && present.next() &&
            present.value(0).toInt() > 0) {
            // A team database pushed by an earlier run: measured as it is (no push figure).
            std::printf("team database %s already holds %d members: not pushed again\n\n",
                        qPrintable(address->toDisplayString()), present.value(0).toInt());
        } else {
            timer.restart();
            const auto pushed = TeamTransfer::push(**db, *team);
            if (!pushed) {
                std::fprintf(stderr, "%s\n", qPrintable(pushed.error().toString()));
                return 1;
            }
            const double seconds = double(timer.elapsed()) / 1000.0;
            std::printf("team push of %d members (%lld rows in all) to %s: %.2f s (%.0f rows/s)\n\n",
                        kMembers, qlonglong(pushed->totalRows()), qPrintable(address->toDisplayString()),
                        seconds, double(pushed->totalRows()) / seconds);
        }
        present.finish();
        tables = std::make_unique<MemberTables>(*team);
    }
    MemberTables &store = *tables;
    QSqlDatabase connection = team ? team->connection() : (*db)->connection();

    struct Case
    {
        const char *label;
        QString term;
    };
    const Case cases[] = {
        {"1-char Japanese", QStringLiteral("東")},       {"2-char Japanese", QStringLiteral("佐藤")},
        {"4-char Japanese", QStringLiteral("東京商事")}, {"kana (katakana)", QStringLiteral("サトウ")},
        {"Latin word", QStringLiteral("smith")},         {"Latin prefix", QStringLiteral("jo")},
        {"job title", QStringLiteral("エンジニア")},     {"2-char region", QStringLiteral("大阪")},
        {"occupation name", QStringLiteral("founder")},  {"second email", QStringLiteral("m4240.private")},
        {"service user", QStringLiteral("user_4242")},   {"no search", QString()},
    };
    MemberTableModel model(store);
    std::printf("One search keystroke on %d members (median of %d runs; model = setQuery + first page of "
                "data(), %d rows x %d columns)\n",
                kMembers, kRuns, int(MemberTableModel::kPageSize), int(MemberTableModel::ColumnCount));
    std::printf("%-18s %-12s %9s %10s %10s %7s %9s\n", "case", "term", "matches", "bare ms", "model ms",
                "ratio", "then exact count ms");
    for (const Case &c : cases) {
        MemberQuery query;
        query.search = c.term;
        QList<double> bare, viaModel, settled;
        int matches = 0;
        int modelMatches = 0;
        for (int run = 0; run < kRuns; ++run) {
            bare.append(bareSql(store, connection, query, &matches));
            double settleMs = 0;
            viaModel.append(throughModel(store, model, query, &modelMatches, &settleMs));
            settled.append(settleMs);
        }
        const double b = median(bare), m = median(viaModel);
        // The first count stops at the share that decides the plan; the exact number follows.
        const bool capped = matches < modelMatches;
        std::printf("%-18s %-12s %9d %10.2f %10.2f %6.2fx %9s\n", c.label,
                    c.term.isEmpty() ? "(none)" : qPrintable(c.term), modelMatches, b, m, b > 0 ? m / b : 0.0,
                    capped ? qPrintable(QString::number(median(settled), 'f', 2)) : "-");
    }

    // Sorting and filtering by the engagement columns (MemberEngagement), over every member.
    struct EngagementCase
    {
        const char *label;
        MemberQuery::Sort sort;
        Qt::SortOrder order;
        int notSeenMonths;
    };
    const EngagementCase engagementCases[] = {
        {"last attended, newest first", MemberQuery::Sort::LastAttended, Qt::DescendingOrder, 0},
        {"last attended, oldest first", MemberQuery::Sort::LastAttended, Qt::AscendingOrder, 0},
        {"events attended, most first", MemberQuery::Sort::Attended, Qt::DescendingOrder, 0},
        {"not seen for 12 months", MemberQuery::Sort::Reading, Qt::AscendingOrder, 12},
    };
    std::printf("\nSorting and filtering by engagement on %d members (median of %d runs, model)\n", kMembers,
                kEngagementRuns);
    std::printf("%-30s %9s %10s\n", "case", "rows", "model ms");
    for (const EngagementCase &c : engagementCases) {
        MemberQuery query;
        query.sort = c.sort;
        query.order = c.order;
        query.notSeenMonths = c.notSeenMonths;
        QList<double> times;
        int rows = 0;
        for (int run = 0; run < kEngagementRuns; ++run)
            times.append(engagementQuery(model, query, &rows));
        std::printf("%-30s %9d %10.2f\n", c.label, rows, median(times));
    }

    // Opening the members page: a fresh model and what a view shows first (40 visible rows).
    const long rssBefore = procStatusKb("VmRSS:");
    const bool reset = resetPeakRss();
    timer.restart();
    {
        MemberTableModel page(store);
        for (int row = 0; row < 40; ++row) {
            for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
                (void)page.data(page.index(row, column));
        }
        const double openMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("\nOpening the members page on %d members\n", kMembers);
        std::printf("  rows in the model       %d\n", page.rowCount());
        std::printf("  rows actually loaded    %d\n", page.loadedRowCount());
        std::printf("  time to first rows      %.2f ms\n", openMs);
        std::printf("  RSS before opening      %ld kB\n", rssBefore);
        std::printf("  peak RSS (VmHWM)        %ld kB%s\n", procStatusKb("VmHWM:"),
                    reset ? " (peak reset before opening)" : " (process peak, includes generation)");
    }
    if (team) {
        // A change on this connection, seen by another client's feed (LISTEN/NOTIFY), as a second
        // organizer's window sees it: from the start of the write to the arrival of the notice.
        const auto address = ServerAddress::parse(server);
        auto other = Database::openServer(*address, QString());
        if (!other) {
            std::fprintf(stderr, "%s\n", qPrintable(other.error().toString()));
            return 1;
        }
        ChangeFeed feed((*other)->connection());
        if (!feed.start()) {
            std::fprintf(stderr, "the second connection cannot listen\n");
            return 1;
        }
        QList<double> seen;
        for (int run = 0; run < 20; ++run) {
            auto member = store.records().get(1 + run);
            if (!member)
                return 1;
            member->notes = QStringLiteral("変更 %1").arg(run);
            QEventLoop loop;
            QObject::connect(&feed, &ChangeFeed::rowsChanged, &loop, &QEventLoop::quit);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            timer.restart();
            if (auto updated = store.records().update(*member); !updated) {
                std::fprintf(stderr, "%s\n", qPrintable(updated.error().toString()));
                return 1;
            }
            loop.exec();
            seen.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf(
            "\nA member's change seen by a second client (median of 20): %.1f ms (write + notice; the "
            "feed gathers notices for %d ms)\n",
            median(seen), ChangeFeed::kGatherMs);
    }
    g_prepared.clear();
    return 0;
}
