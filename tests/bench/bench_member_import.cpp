// Importing a member CSV through MemberImporter (read, decode, parse, import, search index filled) versus
// the sqlite3 command-line shell doing `.import` of the same file into a table with the file's columns and
// building an FTS5 index over it with 'rebuild'. Two files of 100,000 rows each:
//   - "tagged": name, reading, email, company, tags, notes (notes on four rows in five);
//   - "plain": name, reading, email, affiliation, occupation, join date, notes (notes on one row in ten),
//     the shape of the member list most communities keep in a spreadsheet.
// Prints both times and the ratio for each file (target <= 1.5x). Usage:
//   bench_member_import [rows] [runs] [tagged|plain]   (default 100000 rows, 5 runs of each, both files;
//   needs `sqlite3` on PATH)
//
// The baseline indexes exactly the text that Offkai makes searchable, no more: the columns behind
// member_profiles.search_name, search_reading, search_affiliation, search_tags and search_notes
// (MemberSearchIndex), that is the name, reading, affiliation, tags and notes. Email, occupation and the
// join date are stored but not indexed, by Offkai and by the baseline alike. What the shell cannot do is
// Offkai's normalization (TextNormalizer::indexText: NFKC, case folding, katakana → hiragana, one token per
// CJK or kana character, Latin words whole): it indexes the raw text with FTS5's 'trigram' tokenizer,
// the shell's own way of making Japanese text searchable by substring. That gives about as many tokens per
// CJK character as Offkai's one-character tokens (one trigram per character, less two per value), and
// more per Latin word; the normalization work itself is Offkai's alone.
#include "exchange/CsvReader.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/TextDecoding.h"
#include "records/MemberQuery.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "workflows/MemberImporter.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <sys/resource.h>

using namespace offkai;

namespace {

const char16_t *const kSurnames[][2] = {
    {u"佐藤", u"さとう"},   {u"鈴木", u"すずき"},     {u"高橋", u"たかはし"}, {u"田中", u"たなか"},
    {u"伊藤", u"いとう"},   {u"渡辺", u"わたなべ"},   {u"山本", u"やまもと"}, {u"中村", u"なかむら"},
    {u"小林", u"こばやし"}, {u"加藤", u"かとう"},     {u"吉田", u"よしだ"},   {u"山田", u"やまだ"},
    {u"佐々木", u"ささき"}, {u"山口", u"やまぐち"},   {u"松本", u"まつもと"}, {u"井上", u"いのうえ"},
    {u"髙橋", u"たかはし"}, {u"長谷川", u"はせがわ"}, {u"東", u"あずま"},     {u"斎藤", u"さいとう"},
};
const char16_t *const kGiven[][2] = {
    {u"太郎", u"たろう"},   {u"花子", u"はなこ"}, {u"翔太", u"しょうた"}, {u"美咲", u"みさき"},
    {u"大輔", u"だいすけ"}, {u"由紀", u"ゆき"},   {u"健一", u"けんいち"}, {u"恵", u"めぐみ"},
    {u"拓也", u"たくや"},   {u"彩", u"あや"},     {u"誠", u"まこと"},     {u"さくら", u"さくら"},
};
const char16_t *const kLatinSurnames[] = {u"Smith",  u"Johnson", u"Brown", u"Garcia",
                                          u"Müller", u"Dubois",  u"Kim"};
const char16_t *const kLatinGiven[] = {u"John", u"Emily", u"Michael", u"Sarah", u"Chloé", u"Lucas"};
const char16_t *const kCompanies[] = {u"株式会社東京商事", u"大阪システムズ", u"横浜広告社",   u"名古屋電機",
                                      u"Acme Corp",        u"Globex, Inc.",   u"フリーランス", u"京都大学"};
const char16_t *const kTags[] = {u"幹事",       u"ブロガー", u"起業準備", u"常連",
                                 u"Zoomホスト", u"経営者",   u"学生"};
const char16_t *const kNotes[] = {u"第2回オフ会に参加。東京駅近くで働いている。",
                                  u"紹介で参加。ワインが好き。",
                                  u"Met at the Tokyo meetup; interested in \"startups\".",
                                  u"**要フォロー** 名刺交換済み\n次回はLT希望", u""};

/// CPU seconds of this process, and of its waited-for children: on a shared machine the ratio of CPU
/// times is steadier than the ratio of wall times.
double cpuSelf()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + t.tv_nsec / 1e9;
}

double cpuChildren()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double g_ourCpu = 0;
double g_baselineCpu = 0;

template<typename T, std::size_t N> const T &pick(const T (&items)[N], QRandomGenerator &rng)
{
    return items[rng.bounded(int(N))];
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
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

/// A realistic member list: Japanese and Latin names with readings, unique emails, companies, tags, notes.
bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(20240401);
    QString text = QStringLiteral("氏名,ふりがな,メールアドレス,会社名,タグ,備考\r\n");
    for (int i = 0; i < rows; ++i) {
        QString name, reading;
        if (rng.bounded(5) == 0) {
            name = str(pick(kLatinGiven, rng)) + QLatin1Char(' ') + str(pick(kLatinSurnames, rng));
        } else {
            const auto &family = pick(kSurnames, rng);
            const auto &given = pick(kGiven, rng);
            name = str(family[0]) + QLatin1Char(' ') + str(given[0]);
            reading = str(family[1]) + QLatin1Char(' ') + str(given[1]);
        }
        const QString email = QStringLiteral("member%1@example%2.jp").arg(i).arg(rng.bounded(50));
        const QString tags = str(pick(kTags, rng)) + QStringLiteral("、") + str(pick(kTags, rng));
        text += quoted(name) + QLatin1Char(',') + quoted(reading) + QLatin1Char(',') + email +
                QLatin1Char(',') + quoted(str(pick(kCompanies, rng))) + QLatin1Char(',') + quoted(tags) +
                QLatin1Char(',') + quoted(str(pick(kNotes, rng))) + QStringLiteral("\r\n");
    }
    return file.write(text.toUtf8()) > 0;
}

const char16_t *const kOccupations[] = {u"employee", u"freelancer", u"executive",   u"founder",
                                        u"student",  u"creator",    u"advertising", u"other"};
const char16_t *const kPlainNotes[] = {u"紹介で参加。", u"次回は幹事を手伝ってくれる。", u"Prefers English.",
                                       u"会費未納"};

/// A plain member list: name, reading, email, affiliation, occupation, join date, notes; one row in ten
/// has a note.
bool writePlainCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(20240402);
    QString text = QStringLiteral("氏名,ふりがな,メールアドレス,所属,職業,入会日,備考\r\n");
    const QDate firstDay(2015, 1, 1);
    for (int i = 0; i < rows; ++i) {
        QString name, reading;
        if (rng.bounded(10) == 0) {
            name = str(pick(kLatinGiven, rng)) + QLatin1Char(' ') + str(pick(kLatinSurnames, rng));
        } else {
            const auto &family = pick(kSurnames, rng);
            const auto &given = pick(kGiven, rng);
            name = str(family[0]) + QLatin1Char(' ') + str(given[0]);
            reading = str(family[1]) + QLatin1Char(' ') + str(given[1]);
        }
        const QString email = QStringLiteral("user%1@mail%2.example.com").arg(i).arg(rng.bounded(20));
        const QString joined = firstDay.addDays(rng.bounded(3650)).toString(Qt::ISODate);
        const QString notes = rng.bounded(10) == 0 ? str(pick(kPlainNotes, rng)) : QString();
        text += quoted(name) + QLatin1Char(',') + quoted(reading) + QLatin1Char(',') + email +
                QLatin1Char(',') + quoted(str(pick(kCompanies, rng))) + QLatin1Char(',') +
                str(pick(kOccupations, rng)) + QLatin1Char(',') + joined + QLatin1Char(',') + quoted(notes) +
                QStringLiteral("\r\n");
    }
    return file.write(text.toUtf8()) > 0;
}

/// A benchmark file and what the baseline makes of it.
struct BenchFile
{
    const char *label;
    QString csv;
    /// The baseline's table: the file's columns, in its order.
    QString columns;
    /// The columns the baseline indexes: those whose text Offkai makes searchable.
    QString indexed;
};

double ourImport(const QString &csv, const QString &dbPath, int rows)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(dbPath, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return -1;
    }
    MemberTables store(**db);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSelf();
    auto bytes = MemberImporter::readFile(csv);
    auto decoded = TextDecoding::decode(*bytes);
    const qint64 decodeMs = timer.elapsed();
    auto table = CsvReader::read(decoded->text);
    const qint64 parseMs = timer.elapsed() - decodeMs;
    MemberImporter importer(**db, store);
    qint64 rowsDoneMs = 0;
    importer.setProgressCallback([&](int done, int total) {
        if (done == total)
            rowsDoneMs = timer.elapsed();
    });
    MemberImporter::Options importOptions;
    importOptions.duplicates = MemberImporter::DuplicatePolicy::Skip;
    const auto summary =
        importer.run(*table, MemberCsvMapping::guess(table->records.constFirst().fields), importOptions);
    const double seconds = timer.nsecsElapsed() / 1e9;
    g_ourCpu = cpuSelf() - cpuStart;
    if (!summary || summary->created != rows) {
        std::fprintf(stderr, "import failed: %s\n",
                     summary ? "wrong count" : qPrintable(summary.error().toString()));
        return -1;
    }
    MemberQuery query;
    query.search = QStringLiteral("東京");
    const int found = store.list().count(query).value();
    const qint64 totalMs = timer.elapsed();
    std::printf(
        "  offkai: read+decode %lld ms, parse %lld ms, rows through MemberStore %lld ms, search index "
        "and commit %lld ms; search 東京 finds %d\n",
        static_cast<long long>(decodeMs), static_cast<long long>(parseMs),
        static_cast<long long>(rowsDoneMs - decodeMs - parseMs), static_cast<long long>(totalMs - rowsDoneMs),
        found);
    return seconds;
}

/// The floor under the importer: the same members, already parsed, inserted by MemberStore in one
/// transaction in bulk mode, with no duplicate checks.
double storeOnly(const QString &csv, const QString &dbPath)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(dbPath, options);
    if (!db)
        return -1;
    MemberTables store(**db);
    auto table = CsvReader::read(TextDecoding::decode(*MemberImporter::readFile(csv))->text);
    const MemberCsvMapping mapping = MemberCsvMapping::guess(table->records.constFirst().fields);
    QList<Member> members;
    for (qsizetype i = 1; i < table->records.size(); ++i)
        members.append(*MemberImporter::memberFromRow(table->records.at(i).fields, mapping,
                                                      MemberImporter::InvalidEmailPolicy::RejectRow));
    QElapsedTimer timer;
    timer.start();
    Transaction transaction((*db)->connection());
    (void)store.bulkWrite().begin();
    for (const Member &m : std::as_const(members)) {
        if (!store.records().insert(m))
            return -1;
    }
    const double rows = timer.nsecsElapsed() / 1e9;
    (void)store.bulkWrite().end();
    if (!transaction.commit())
        return -1;
    std::printf("  MemberStore::insert x %lld alone: rows %.3f s, with index and commit %.3f s\n",
                static_cast<long long>(members.size()), rows, timer.nsecsElapsed() / 1e9);
    return timer.nsecsElapsed() / 1e9;
}

double sqliteShell(const BenchFile &file, const QString &dbPath, bool withIndex)
{
    QString script = QStringLiteral("CREATE TABLE members (") + file.columns +
                     QStringLiteral(");\n.mode csv\n.import --skip 1 '") + file.csv +
                     QStringLiteral("' members\n");
    if (withIndex)
        script += QStringLiteral("CREATE VIRTUAL TABLE member_search USING fts5(") + file.indexed +
                  QStringLiteral(", content='members', tokenize='trigram');\n"
                                 "INSERT INTO member_search (member_search) VALUES ('rebuild');\n");
    script += QStringLiteral("SELECT count(*) FROM members;\n");
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuChildren();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), dbPath});
    if (!sqlite.waitForStarted())
        return -1;
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (withIndex)
        g_baselineCpu = cpuChildren() - cpuStart;
    if (sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return -1;
    }
    return seconds;
}

/// Deletes a database file and its journals, so that the runs do not fill the disk.
void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// The medians of one file's alternating runs.
struct FileResult
{
    double baseline = 0;
    double ours = 0;
    double ratio = 0;
    double cpuRatio = 0;
};

std::optional<FileResult> benchFile(const BenchFile &file, const QTemporaryDir &dir, int rows, int runs)
{
    std::printf("%s file: %d rows (%.1f MB), %d runs of each, taken in turn\n", file.label, rows,
                QFile(file.csv).size() / 1e6, runs);
    const QString importDb = dir.filePath(QStringLiteral("shell-import.sqlite"));
    removeDatabase(importDb);
    const double importOnly = sqliteShell(file, importDb, false);
    removeDatabase(importDb);
    if (importOnly < 0)
        return std::nullopt;
    // On a shared machine one run of each says little: the load changes by tens of percent from one second
    // to the next. The runs alternate, each ratio compares neighbours, and the medians are reported.
    QList<double> baselines, ours, ratios, cpuRatios;
    const QString label = QString::fromLatin1(file.label).toLower();
    const QString shellDb = dir.filePath(QStringLiteral("shell-%1.sqlite").arg(label));
    const QString ourDb = dir.filePath(QStringLiteral("offkai-%1.sqlite").arg(label));
    for (int run = 0; run < runs; ++run) {
        removeDatabase(shellDb);
        removeDatabase(ourDb);
        const double baseline = sqliteShell(file, shellDb, true);
        const double mine = ourImport(file.csv, ourDb, rows);
        if (baseline < 0 || mine < 0)
            return std::nullopt;
        baselines.append(baseline);
        ours.append(mine);
        ratios.append(mine / baseline);
        cpuRatios.append(g_ourCpu / g_baselineCpu);
        std::printf("  run %d: baseline %.3f s, MemberImporter %.3f s, ratio %.2fx (CPU %.2fx)\n", run + 1,
                    baseline, mine, mine / baseline, g_ourCpu / g_baselineCpu);
    }
    if (dir.autoRemove()) {
        removeDatabase(shellDb);
        removeDatabase(ourDb);
    }
    FileResult result{median(baselines), median(ours), median(ratios), median(cpuRatios)};
    std::printf("  sqlite3 .import alone:                 %7.3f s\n", importOnly);
    std::printf("  sqlite3 .import + FTS5 'rebuild':      %7.3f s  (baseline, median; indexes %s)\n",
                result.baseline, qPrintable(file.indexed));
    std::printf("  MemberImporter (searchable on return): %7.3f s  (median)\n", result.ours);
    std::printf("  ratio: %.2fx median, %.2f–%.2fx range (target <= 1.5x); CPU ratio %.2fx median\n",
                result.ratio, *std::min_element(ratios.cbegin(), ratios.cend()),
                *std::max_element(ratios.cbegin(), ratios.cend()), result.cpuRatio);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 5;
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        std::fprintf(stderr, "sqlite3 is not on PATH\n");
        return 1;
    }
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("OFFKAI_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("keeping %s\n", qPrintable(dir.path()));
    }
    const BenchFile files[] = {
        {"Tagged", dir.filePath(QStringLiteral("members.csv")),
         QStringLiteral(
             "display_name TEXT, reading TEXT, email TEXT, affiliation TEXT, tags TEXT, notes TEXT"),
         QStringLiteral("display_name, reading, affiliation, tags, notes")},
        {"Plain", dir.filePath(QStringLiteral("plain.csv")),
         QStringLiteral("display_name TEXT, reading TEXT, email TEXT, affiliation TEXT, occupation TEXT, "
                        "joined_on TEXT, notes TEXT"),
         QStringLiteral("display_name, reading, affiliation, notes")},
    };
    if (!writeCsv(files[0].csv, rows) || !writePlainCsv(files[1].csv, rows)) {
        std::fprintf(stderr, "cannot write the CSV files in %s\n", qPrintable(dir.path()));
        return 1;
    }
    const QString only = argc > 3 ? QString::fromLocal8Bit(argv[3]).toLower() : QString();
    QList<FileResult> results;
    QStringList labels;
    for (const BenchFile &file : files) {
        if (!only.isEmpty() && QString::fromLatin1(file.label).toLower() != only)
            continue;
        const auto result = benchFile(file, dir, rows, runs);
        if (!result)
            return 1;
        results.append(*result);
        labels.append(QString::fromLatin1(file.label));
    }
    if (only.isEmpty() && storeOnly(files[0].csv, dir.filePath(QStringLiteral("store.sqlite"))) < 0)
        return 1;
    std::printf("Summary (medians):\n");
    for (qsizetype i = 0; i < results.size(); ++i) {
        const FileResult &r = results.at(i);
        std::printf(
            "  %-7s baseline %.3f s, MemberImporter %.3f s, ratio %.2fx (target <= 1.5x), CPU %.2fx\n",
            qPrintable(labels.at(i)), r.baseline, r.ours, r.ratio, r.cpuRatio);
    }
    return 0;
}
