// iCalendar export and import: 10,000 events exported to .ics (CalendarExporter) and imported back into a
// fresh database (IcsReader + CalendarImporter, one transaction), against writing and reading the same
// bytes with QFile; and 20 series expanded over 10 years through SeriesStore::expand (libical).
// Usage: bench_ical [events]   (default 10000)

#include "ical/IcsReader.h"
#include "records/Event.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/SeriesStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "workflows/CalendarExporter.h"
#include "workflows/CalendarImporter.h"

#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace offkai;

namespace {
std::unique_ptr<Workspace> open(const QString &path)
{
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        std::exit(1);
    }
    return std::make_unique<Workspace>(std::move(db).value());
}

void fail(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    std::exit(1);
}

double ms(QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));

    auto source = open(dir.filePath(QStringLiteral("source.sqlite")));
    {
        Transaction transaction(source->database().connection());
        QList<qint64> venues;
        for (int v = 0; v < 50; ++v) {
            Venue venue;
            venue.name = QStringLiteral("会場%1 ワインバー").arg(v);
            venue.address = QStringLiteral("東京都中央区銀座%1丁目%2-5").arg(v % 8 + 1).arg(v);
            venues.append(*source->venues().insert(venue));
        }
        for (int i = 0; i < count; ++i) {
            Event e;
            e.title = QStringLiteral("第%1回 異業種交流会＠銀座").arg(i + 1);
            e.start = QDateTime(QDate(2020, 1, 1).addDays(i / 3), QTime(19, 30), tokyo);
            e.end = e.start.addSecs(3 * 3600);
            e.venueId = venues.at(i % venues.size());
            e.capacity = 14;
            e.fee = 4000;
            e.description =
                QStringLiteral("乾杯は19:45です。途中参加・途中退出も歓迎します。\n参加費は当日、受付で"
                               "お支払いください（ワンドリンク付き）。");
            if (!source->events().insert(e))
                return 1;
        }
        if (!transaction.commit())
            return 1;
    }

    QElapsedTimer timer;
    timer.start();
    auto exported = CalendarExporter(*source).exportRange({}, {});
    if (!exported)
        fail(exported.error());
    const double exportMs = ms(timer);
    const QString path = dir.filePath(QStringLiteral("events.ics"));
    timer.restart();
    if (!CalendarExporter::writeFile(path, exported->bytes))
        return 1;
    const double writeMs = ms(timer);

    auto target = open(dir.filePath(QStringLiteral("target.sqlite")));
    timer.restart();
    auto calendar = IcsReader::readFile(path);
    if (!calendar)
        fail(calendar.error());
    const double parseMs = ms(timer);
    timer.restart();
    CalendarImporter importer(*target);
    auto plan = importer.preview(*calendar);
    if (!plan)
        fail(plan.error());
    const double previewMs = ms(timer);
    timer.restart();
    auto counts = importer.apply(*plan);
    if (!counts)
        fail(counts.error());
    const double applyMs = ms(timer);

    // The same bytes through QFile alone.
    timer.restart();
    {
        QFile file(dir.filePath(QStringLiteral("plain.ics")));
        if (!file.open(QIODevice::WriteOnly) || file.write(exported->bytes) != exported->bytes.size())
            return 1;
    }
    const double plainWriteMs = ms(timer);
    timer.restart();
    qsizetype readBytes = 0;
    {
        QFile file(dir.filePath(QStringLiteral("plain.ics")));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        readBytes = file.readAll().size();
    }
    const double plainReadMs = ms(timer);

    std::printf("events: %d, file: %.1f MB (%lld bytes read back)\n", count,
                exported->bytes.size() / 1048576.0, qlonglong(readBytes));
    std::printf("export: %.0f ms (build %.0f + write %.0f)   QFile write: %.1f ms   ratio %.0fx\n",
                exportMs + writeMs, exportMs, writeMs, plainWriteMs, (exportMs + writeMs) / plainWriteMs);
    const double importMs = parseMs + previewMs + applyMs;
    std::printf(
        "import: %.0f ms (read+parse %.0f, preview %.0f, write in one transaction %.0f), created %d   "
        "QFile read: %.1f ms   ratio %.0fx\n",
        importMs, parseMs, previewMs, applyMs, counts->created, plainReadMs, importMs / plainReadMs);

    // 20 series over 10 years.
    const QStringList rules{QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"),
                            QStringLiteral("FREQ=MONTHLY;BYDAY=3TH"), QStringLiteral("FREQ=WEEKLY;BYDAY=WE"),
                            QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
                            QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR")};
    QList<Series> series;
    for (int i = 0; i < 20; ++i) {
        Series s;
        s.title = QStringLiteral("シリーズ%1").arg(i);
        s.rrule = rules.at(i % rules.size());
        s.firstStart = QDateTime(QDate(2026, 1, 5 + i % 7), QTime(20, 0), tokyo);
        s.durationMinutes = 90;
        s.holidayPolicy = Series::HolidayPolicy(i % 3);
        auto id = target->series().insert(s);
        if (!id)
            fail(id.error());
        series.append(*target->series().get(*id));
    }
    timer.restart();
    qsizetype occurrences = 0;
    for (const Series &s : std::as_const(series)) {
        auto expanded = target->series().expand(s, QDate(2026, 1, 1), QDate(2035, 12, 31), true);
        if (!expanded)
            fail(expanded.error());
        occurrences += expanded->size();
    }
    std::printf("expand 20 series over 10 years: %lld occurrences in %.1f ms\n", qlonglong(occurrences),
                ms(timer));
    timer.restart();
    qsizetype seriesBytes = 0;
    for (const Series &s : std::as_const(series)) {
        auto one = CalendarExporter(*target).exportSeries(s.id);
        if (!one)
            fail(one.error());
        seriesBytes += one->bytes.size();
    }
    std::printf("export those 20 series one by one with their holiday changes: %.1f ms, %.1f KB\n", ms(timer),
                seriesBytes / 1024.0);
    return 0;
}
