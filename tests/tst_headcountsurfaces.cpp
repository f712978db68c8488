#include "events/EventHistoryView.h"
#include "events/EventSummaryView.h"
#include "events/participants/ParticipantsPanel.h"
#include "exchange/AnnouncementWriter.h"
#include "items/AgendaModel.h"
#include "reports/HeadcountText.h"
#include "reports/ReportTemplate.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/AnnouncementLoader.h"
#include "workflows/DemoDatabase.h"
#include "workflows/ReportContextLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// One truth for headcounts: for every event of the demo database, the calendar's summary and
/// participant panel, the agenda, the venue's history, the announcement, the report and the command line
/// show the same numbers in the same words (HeadcountText over ParticipationStore::headcount).
class TestHeadcountSurfaces : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_copy;
    std::unique_ptr<Workspace> m_workspace;
    QList<EventSummary> m_events;

    Headcount headcountOf(qint64 id)
    {
        auto count = m_workspace->participations().headcount(id);
        if (!count)
            qFatal("headcount: %s", qPrintable(count.error().toString()));
        return *count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto path = DemoDatabase::create(m_dir.path(), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        m_path = *path;
        // The command line reads a copy: the workspace below holds the database's lock.
        m_copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(m_path, m_copy));
        m_workspace = test::openWorkspace(m_path);
        QVERIFY(m_workspace);
        auto events = m_workspace->events().all();
        QVERIFY(events.ok());
        m_events = *events;
        QVERIFY(m_events.size() > 10);
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void theSecondMeetupReadsAsTheBlogSaysIt()
    {
        // Nine people, one of them a walk-in, at a bar with fourteen places.
        const auto second = std::find_if(m_events.cbegin(), m_events.cend(), [](const EventSummary &e) {
            return e.title == QStringLiteral("第2回オフ会");
        });
        QVERIFY(second != m_events.cend());
        const Headcount count = headcountOf(second->id);
        QVERIFY(count.held);
        QCOMPARE(count.attended, 9);
        QCOMPARE(count.walkIns, 1);
        QCOMPARE(count.capacity, std::optional<int>(14));
        QCOMPARE(HeadcountText::text(count), QStringLiteral("9 people (1 walk-in) / capacity 14"));
        QCOMPARE(HeadcountText::text(count, QLocale(QLocale::Japanese, QLocale::Japan))
                     .left(QStringLiteral("9名（うち当日参加1名）").size()),
                 QStringLiteral("9名（うち当日参加1名）"));
        // The summary line of the calendar carries the same value as the single event's headcount.
        QCOMPARE(second->headcount.attended, count.attended);
        QCOMPARE(second->headcount.takingPlaces, count.takingPlaces);
    }

    void beforeAnEventItReadsAsRegisteredAndPlacesLeft()
    {
        Headcount h;
        h.capacity = 14;
        h.takingPlaces = 8;
        h.waitlisted = 2;
        h.staffNotCounted = 1;
        QCOMPARE(HeadcountText::text(h),
                 QStringLiteral("8 registered (+1 staff) / 6 of 14 places left · 2 waitlisted"));
        h.takingPlaces = 14;
        h.staffNotCounted = 0;
        h.waitlisted = 0;
        QCOMPARE(HeadcountText::text(h), QStringLiteral("14 registered / full (capacity 14)"));
        h.capacity.reset();
        QCOMPARE(HeadcountText::text(h), QStringLiteral("14 registered"));
    }

    void staffTakingPlacesIsAParameter()
    {
        // The event's own rule by default; the community's setting can override it either way.
        for (const EventSummary &e : std::as_const(m_events)) {
            const Headcount byEvent = headcountOf(e.id);
            auto counted = m_workspace->participations().headcount(e.id, true);
            auto notCounted = m_workspace->participations().headcount(e.id, false);
            QVERIFY(counted && notCounted);
            QCOMPARE(counted->takingPlaces, notCounted->takingPlaces + notCounted->staffNotCounted);
            QCOMPARE(counted->staffNotCounted, 0);
            QVERIFY(byEvent.takingPlaces == counted->takingPlaces ||
                    byEvent.takingPlaces == notCounted->takingPlaces);
            // Who came and who registered never depend on it.
            QCOMPARE(counted->attended, notCounted->attended);
            QCOMPARE(counted->going, notCounted->going);
        }
    }

    void everySurfaceShowsTheSameNumbers()
    {
        AgendaModel agenda(m_workspace->events(), &m_workspace->participations());
        agenda.setFilter(AgendaModel::Filter::All);
        agenda.setLocale(QLocale());
        QUndoStack undo;
        ParticipantsPanel panel(*m_workspace, &undo);
        EventSummaryView summary(*m_workspace);
        auto *panelLabel = panel.findChild<QLabel *>(QStringLiteral("headcount"));
        QVERIFY(panelLabel);
        const AnnouncementLoader announcements(*m_workspace);
        const ReportContextLoader reports(*m_workspace);

        // The command line, through the real binary.
        const test::CommandRun cli =
            test::runOffkai({QStringLiteral("--db"), m_copy, QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--format"),
                             QStringLiteral("json")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QHash<qint64, QJsonObject> listed;
        for (const QJsonValue &value : QJsonDocument::fromJson(cli.out).array())
            listed.insert(value.toObject().value(QStringLiteral("id")).toInteger(), value.toObject());

        int held = 0;
        int withVenue = 0;
        for (const EventSummary &e : std::as_const(m_events)) {
            const Headcount count = headcountOf(e.id);
            const QString expected = HeadcountText::text(count);
            const QByteArray what = e.title.toUtf8() + " #" + QByteArray::number(e.id);
            held += count.held ? 1 : 0;

            // The summary line (calendar and agenda) and the event's own headcount agree.
            QVERIFY2(HeadcountText::text(e.headcount) == expected, what);

            // The agenda.
            const int row = agenda.rowOf(e.id);
            QVERIFY2(row >= 0, what);
            QCOMPARE(agenda.index(row, AgendaModel::GoingColumn).data().toString(), expected);

            // The calendar's panels.
            panel.setEvent(e.id);
            QVERIFY2(panelLabel->text().startsWith(expected), qPrintable(panelLabel->text()));
            summary.setEvent(e.id);
            QVERIFY2(summary.plainText().contains(expected), what);

            // The venue's history.
            if (e.venueId > 0) {
                ++withVenue;
                auto atVenue = m_workspace->events().atVenue(e.venueId);
                QVERIFY(atVenue.ok());
                EventHistoryView history;
                history.showVenueHistory(*atVenue);
                bool found = false;
                for (int i = 0; i < history.topLevelItemCount(); ++i) {
                    if (history.topLevelItem(i)->data(0, Qt::UserRole).toLongLong() != e.id)
                        continue;
                    QCOMPARE(history.topLevelItem(i)->text(2), expected);
                    found = true;
                }
                QVERIFY2(found, what);
            }

            // The announcement: the places taken, and so the places left it prints.
            auto input = announcements.load(e.id);
            QVERIFY2(input.ok(), what);
            QCOMPARE(input->placesTaken, count.takingPlaces);
            if (count.capacity && count.takingPlaces > 0 && !count.isFull()) {
                const QString text = AnnouncementWriter::plainText(*input, QLocale());
                QVERIFY2(text.contains(QStringLiteral("(places left: %1)").arg(*count.placesLeft())), what);
            }

            // The report tells who came, in the same words as every screen once the event is held.
            auto context = reports.load(e.id, 0);
            QVERIFY2(context.ok(), what);
            if (count.held) {
                QCOMPARE(ReportTemplate::headcountText(*context, QStringLiteral("en")), expected);
                QCOMPARE(int(context->attendees.size()), count.attended);
            }

            // The command line.
            QVERIFY2(listed.contains(e.id), what);
            const QJsonObject line = listed.value(e.id);
            QCOMPARE(line.value(QStringLiteral("headcount")).toString(), expected);
            QCOMPARE(line.value(QStringLiteral("came")).toInt(), count.attended);
            QCOMPARE(line.value(QStringLiteral("walk_ins")).toInt(), count.walkIns);
            QCOMPARE(line.value(QStringLiteral("going")).toInt(), count.takingPlaces);
            QCOMPARE(line.value(QStringLiteral("waitlisted")).toInt(), count.waitlisted);
            if (count.capacity)
                QCOMPARE(line.value(QStringLiteral("places_left")).toInt(), *count.placesLeft());
            else
                QVERIFY(line.value(QStringLiteral("places_left")).isNull());
        }
        // The demo has both: events that were held and events still ahead, most of them at a venue.
        QVERIFY(held > 3);
        QVERIFY(held < m_events.size());
        QVERIFY(withVenue > 3);
    }

    void declinedPeopleAreNeverBilled()
    {
        for (const EventSummary &e : std::as_const(m_events)) {
            auto rows = m_workspace->participations().forEvent(e.id);
            QVERIFY(rows.ok());
            for (const Participation &p : std::as_const(*rows)) {
                if (p.rsvp == Participation::Rsvp::Declined && !p.attended) {
                    QVERIFY(!p.isBilled());
                    // A split that names them is refused, and nothing is written.
                    const auto before = m_workspace->participations().forEvent(e.id);
                    QVERIFY(!m_workspace->participations().setDue(e.id, {{p.memberId, 1000}}).ok());
                    QCOMPARE(*m_workspace->participations().forEvent(e.id), *before);
                    return;
                }
            }
        }
        QFAIL("the demo has nobody who declined");
    }
};

QTEST_MAIN(TestHeadcountSurfaces)
#include "tst_headcountsurfaces.moc"
