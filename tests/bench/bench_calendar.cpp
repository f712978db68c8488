// The calendar with 10,000 events and 200,000 participations: switching months (the month model and the
// whole Calendar page) and opening the participant list of a 500-person event (the model and the whole
// participants panel), each against the bare SQL queries they need. Prints a table; target: one frame
// (16 ms) for each.

#include "events/CalendarPage.h"
#include "events/participants/ParticipantsPanel.h"
#include "items/MonthModel.h"
#include "items/ParticipantTableModel.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace offkai;

namespace {

constexpr int kEvents = 10'000;
constexpr int kMembers = 20'000;
constexpr int kParticipations = 200'000;
constexpr int kBigEvent = 500;
constexpr int kRuns = 30;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

template<typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

bool generate(Database &db, qint64 &bigEvent)
{
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    QSqlQuery q(c);
    QRandomGenerator rng(20131029);
    q.exec(QStringLiteral("INSERT INTO venues (name) VALUES ('Venue A'), ('Venue B'), ('Venue C')"));
    q.prepare(
        QStringLiteral("INSERT INTO members (id, display_name, reading, affiliation) VALUES (?, ?, ?, ?)"));
    for (int i = 1; i <= kMembers; ++i) {
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("会員 %1").arg(i));
        q.addBindValue(QStringLiteral("かいいん %1").arg(i));
        q.addBindValue(QStringLiteral("会社 %1").arg(i % 500));
        if (!q.exec())
            return false;
    }
    // Ten years of events, about 2.7 a day, in Tokyo.
    const QStringList kinds = {QStringLiteral("offline_meetup"), QStringLiteral("online_meetup"),
                               QStringLiteral("lunch"), QStringLiteral("talk"), QStringLiteral("mokumoku")};
    q.prepare(QStringLiteral(
        "INSERT INTO events (id, title, kind, status, starts_at, ends_at, time_zone, venue_id, "
        "capacity) VALUES (?, ?, ?, 'scheduled', ?, ?, 'Asia/Tokyo', ?, ?)"));
    const QDateTime origin(QDate(2020, 1, 1), QTime(10, 0), QTimeZone::utc());
    for (int i = 1; i <= kEvents; ++i) {
        const QDateTime start = origin.addSecs(qint64(i) * 3650 * 86400 / kEvents);
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("イベント %1").arg(i));
        q.addBindValue(kinds.at(int(rng.bounded(kinds.size()))));
        q.addBindValue(start.toString(Qt::ISODate));
        q.addBindValue(start.addSecs(7200).toString(Qt::ISODate));
        q.addBindValue(1 + int(rng.bounded(3)));
        q.addBindValue(i == kEvents / 2 ? 600 : 30);
        if (!q.exec())
            return false;
    }
    bigEvent = kEvents / 2;
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO participations (event_id, member_id, role, rsvp, attended) "
                       "VALUES (?, ?, 'attendee', 'going', ?)"));
    int written = 0;
    for (int m = 1; m <= kBigEvent; ++m, ++written) {
        q.addBindValue(bigEvent);
        q.addBindValue(m * 37 % kMembers + 1);
        q.addBindValue(m % 3 == 0 ? 1 : 0);
        q.exec();
    }
    while (written < kParticipations) {
        q.addBindValue(1 + int(rng.bounded(kEvents)));
        q.addBindValue(1 + int(rng.bounded(kMembers)));
        q.addBindValue(int(rng.bounded(2)));
        if (!q.exec())
            return false;
        ++written;
    }
    return tx.commit().ok();
}

/// The bare SQL behind one month: the events overlapping the 6-week grid, with the places taken.
int bareMonthQuery(QSqlDatabase c, const QDate &from, const QDate &to)
{
    QSqlQuery q(c);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.title, e.kind, e.starts_at, e.ends_at, (SELECT count(*) FROM participations p "
        "WHERE p.event_id = e.id AND p.rsvp = 'going') FROM events e WHERE e.starts_at < ? AND e.ends_at >= "
        "?"));
    q.addBindValue(QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate));
    q.addBindValue(QDateTime(from, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate));
    q.exec();
    int n = 0;
    while (q.next())
        n += q.value(5).toInt() >= 0;
    return n;
}

int bareParticipants(QSqlDatabase c, qint64 eventId)
{
    QSqlQuery q(c);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.member_id, p.role, p.rsvp, p.attended, m.display_name, m.reading, "
                             "m.affiliation FROM participations p JOIN members m ON m.id = p.member_id "
                             "WHERE p.event_id = ? ORDER BY m.reading"));
    q.addBindValue(eventId);
    q.exec();
    int n = 0;
    while (q.next())
        n += !q.value(4).toString().isEmpty();
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Database::Options options;
    options.dailyBackup = false;
    auto opened = Database::open(dir.filePath(QStringLiteral("calendar.sqlite")), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Workspace workspace(std::move(opened).value());
    qint64 bigEvent = 0;
    QElapsedTimer gen;
    gen.start();
    if (!generate(workspace.database(), bigEvent)) {
        std::fprintf(stderr, "could not generate the data\n");
        return 1;
    }
    std::printf("Generated %d events, %d members, %d participations in %.1f s\n\n", kEvents, kMembers,
                kParticipations, double(gen.elapsed()) / 1000.0);
    QSqlDatabase c = workspace.database().connection();

    // Month switching: 30 consecutive months in the middle of the data.
    QList<double> bareMonth, modelMonth, pageMonth;
    MonthModel model(workspace.events());
    QUndoStack undo;
    CalendarPage page(workspace, undo);
    page.resize(1280, 800);
    page.show();
    QCoreApplication::processEvents();
    for (int i = 0; i < kRuns; ++i) {
        const QDate first(2024, 1, 1);
        const QDate month = first.addMonths(i);
        const QDate gridFrom = month.addDays(-7);
        const QDate gridTo = month.addDays(42);
        bareMonth << timeMs([&] { bareMonthQuery(c, gridFrom, gridTo); });
        modelMonth << timeMs([&] { model.setMonth(month.year(), month.month()); });
        pageMonth << timeMs([&] {
            page.showMonth(month.year(), month.month());
            page.repaint(); // layout and paint of the grid, as the user sees it
        });
    }

    QList<double> bareList, modelList, panelList;
    ParticipantTableModel participants(workspace.participations());
    ParticipantsPanel panel(workspace, &undo);
    panel.resize(900, 700);
    panel.show();
    QCoreApplication::processEvents();
    for (int i = 0; i < kRuns; ++i) {
        bareList << timeMs([&] { bareParticipants(c, bigEvent); });
        modelList << timeMs([&] { participants.setEvent(bigEvent); });
        panel.setEvent(0);
        panelList << timeMs([&] {
            panel.setEvent(bigEvent);
            panel.repaint();
        });
    }

    const double bm = median(bareMonth), mm = median(modelMonth), pm = median(pageMonth);
    const double bl = median(bareList), ml = median(modelList), pl = median(panelList);
    std::printf("Median of %d runs                      time      ratio to bare SQL\n", kRuns);
    std::printf("Month switch, bare SQL               %7.2f ms\n", bm);
    std::printf("Month switch, MonthModel             %7.2f ms   %5.2fx\n", mm, mm / bm);
    std::printf("Month switch, Calendar page + paint  %7.2f ms   %5.2fx\n", pm, pm / bm);
    std::printf("500 participants, bare SQL           %7.2f ms\n", bl);
    std::printf("500 participants, model              %7.2f ms   %5.2fx\n", ml, ml / bl);
    std::printf("500 participants, panel + paint      %7.2f ms   %5.2fx\n", pl, pl / bl);
    std::printf("\nTarget: under 16 ms (one frame) for the model and the page.\n");
    return 0;
}
