// iCalendar export and import: 10,000 events exported to .ics (CalendarExporter) against writing the same
// bytes with QFile, and imported back into a fresh database each time (IcsReader + CalendarImporter:
// preview, then one transaction) against libical's bare parse of the same file; 20 series expanded over 10
// years through SeriesStore::expand (libical) and exported one by one. Every measurement is the median of
// kRuns runs, alternating with its baseline.
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

#include <algorithm>
#include <cstdio>
#include <libical/ical.h>
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

constexpr int kRuns = 5;

double ms(QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
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

    // Each measurement runs kRuns times, alternating with its baseline, and the medians are compared.
    QList<double> exportRuns, plainWriteRuns, parseRuns, previewRuns, applyRuns, importRuns, libicalRuns;
    QByteArray bytes;
    const QString path = dir.filePath(QStringLiteral("events.ics"));
    const QString plainPath = dir.filePath(QStringLiteral("plain.ics"));
    QElapsedTimer timer;
    for (int run = 0; run < kRuns; ++run) {
        timer.start();
        auto exported = CalendarExporter(*source).exportRange({}, {});
        if (!exported)
            fail(exported.error());
        if (auto written = CalendarExporter::writeFile(path, exported->bytes); !written)
            fail(written.error());
        exportRuns.append(ms(timer));
        bytes = exported->bytes;

        // The same bytes through QFile alone.
        timer.restart();
        {
            QFile file(plainPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return 1;
        }
        plainWriteRuns.append(ms(timer));
    }

    int created = 0;
    std::unique_ptr<Workspace> target; // the last import's database, where the series are added below
    for (int run = 0; run < kRuns; ++run) {
        // libical alone: read the same file and parse it whole into components, then free them.
        timer.start();
        {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray text = file.readAll();
            icalcomponent *root = icalparser_parse_string(text.constData());
            if (!root)
                return 1;
            icalcomponent_free(root);
        }
        libicalRuns.append(ms(timer));

        target = open(dir.filePath(QStringLiteral("target%1.sqlite").arg(run)));
        timer.restart();
        auto calendar = IcsReader::readFile(path);
        if (!calendar)
            fail(calendar.error());
        parseRuns.append(ms(timer));
        timer.restart();
        CalendarImporter importer(*target);
        auto plan = importer.preview(*calendar);
        if (!plan)
            fail(plan.error());
        previewRuns.append(ms(timer));
        timer.restart();
        auto counts = importer.apply(*plan);
        if (!counts)
            fail(counts.error());
        applyRuns.append(ms(timer));
        importRuns.append(parseRuns.last() + previewRuns.last() + applyRuns.last());
        created = counts->created;
    }

    const double exportMs = median(exportRuns);
    const double plainWriteMs = median(plainWriteRuns);
    const double importMs = median(importRuns);
    const double libicalMs = median(libicalRuns);
    std::printf("events: %d, file: %.1f MB; medians of %d alternating runs\n", count,
                bytes.size() / 1048576.0, kRuns);
    std::printf("export: %.0f ms (build and write)   QFile write: %.1f ms   ratio %.0fx\n", exportMs,
                plainWriteMs, exportMs / plainWriteMs);
    std::printf(
        "import: %.0f ms (read+parse %.0f, preview %.0f, write in one transaction %.0f), created %d   "
        "libical parse: %.0f ms   ratio %.2fx\n",
        importMs, median(parseRuns), median(previewRuns), median(applyRuns), created, libicalMs,
        importMs / libicalMs);
    std::printf("goal export <= 200 ms: %s\n", exportMs <= 200 ? "met" : "NOT met");
    std::printf("goal import <= 400 ms: %s; <= 2.5x libical: %s\n", importMs <= 400 ? "met" : "NOT met",
                importMs <= 2.5 * libicalMs ? "met" : "NOT met");

    // 20 series over 10 years, in the database of the last import.
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
    QList<double> seriesRuns;
    qsizetype seriesBytes = 0;
    for (int run = 0; run < kRuns; ++run) {
        timer.restart();
        seriesBytes = 0;
        for (const Series &s : std::as_const(series)) {
            auto one = CalendarExporter(*target).exportSeries(s.id);
            if (!one)
                fail(one.error());
            seriesBytes += one->bytes.size();
        }
        seriesRuns.append(ms(timer));
    }
    std::printf("export those 20 series one by one with their holiday changes: %.1f ms, %.1f KB\n",
                median(seriesRuns), seriesBytes / 1024.0);
    return 0;
}
