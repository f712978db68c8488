#include "events/series/DeleteSeriesCommand.h"
#include "events/series/SeriesChangeCommand.h"
#include "events/series/SplitSeriesCommand.h"
#include "SeriesTestSupport.h"
#include "stores/EventStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// The series' undo commands: skip and move one occurrence, "this and following", delete; each undone and
/// redone with the same ids.
class TestSeriesCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_file = 0;
    std::optional<Error> m_failure;

    SeriesStore &store() { return m_workspace->series(); }
    SeriesSlotStore &slots() { return m_workspace->seriesSlots(); }
    std::function<void(const Error &)> onError()
    {
        return [this](const Error &e) {
            m_failure = e;
        };
    }
    QList<QDate> datesOf(qint64 id, const QDate &from, const QDate &to)
    {
        QList<QDate> dates;
        const auto rows = store().occurrences(from, to, id); // held: a range-for over `*temporary` dangles
        for (const Occurrence &o : *rows)
            dates.append(o.start.date());
        return dates;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_failure.reset();
        m_workspace.reset();
        m_workspace =
            test::openWorkspaceWithoutHolidays(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_file)));
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void skipAndMoveOneOccurrence()
    {
        const qint64 id = test::addSeries(*m_workspace, test::seedTalks());
        QUndoStack undo;
        undo.push(SeriesChangeCommand::skipOccurrence(store(), slots(), id, QDate(2026, 2, 10), onError())
                      .release());
        QVERIFY(!m_failure);
        QCOMPARE(datesOf(id, QDate(2026, 1, 1), QDate(2026, 3, 31)),
                 (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 3, 10)}));
        const QDateTime start(QDate(2026, 3, 12), QTime(19, 30), test::tokyo());
        undo.push(SeriesChangeCommand::moveOccurrence(store(), slots(), id, QDate(2026, 3, 10), start,
                                                      start.addSecs(7200), onError())
                      .release());
        QVERIFY(!m_failure);
        QCOMPARE(datesOf(id, QDate(2026, 1, 1), QDate(2026, 3, 31)),
                 (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 3, 12)}));
        QCOMPARE(store().get(id)->exceptions.size(), 2);
        undo.undo();
        QCOMPARE(store().get(id)->exceptions.size(), 1);
        undo.undo();
        QCOMPARE(store().get(id)->exceptions.size(), 0);
        QCOMPARE(datesOf(id, QDate(2026, 1, 1), QDate(2026, 3, 31)).size(), 3);
        undo.redo();
        undo.redo();
        QCOMPARE(datesOf(id, QDate(2026, 1, 1), QDate(2026, 3, 31)),
                 (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 3, 12)}));
        // Moving it again replaces the exception instead of adding one.
        undo.push(SeriesChangeCommand::moveOccurrence(store(), slots(), id, QDate(2026, 3, 10),
                                                      start.addDays(1), {}, onError())
                      .release());
        QCOMPARE(store().get(id)->exceptions.size(), 2);
        QCOMPARE(store().get(id)->exceptionFor(QDate(2026, 3, 10))->movedStart, start.addDays(1));
    }

    void thisAndFollowing()
    {
        const qint64 id = test::addSeries(*m_workspace, test::seedTalks());
        const qint64 sato = test::addMember(*m_workspace, QStringLiteral("佐藤"));
        QVERIFY(slots().slotSpeaker(id, sato, QStringLiteral("late"), QDate(2026, 5, 1)).ok()); // 5/12
        Series tail = *store().get(id);
        tail.firstStart = QDateTime(QDate(2026, 4, 14), QTime(19, 0), test::tokyo());
        tail.durationMinutes = 120;
        QUndoStack undo;
        auto *command = new SplitSeriesCommand(store(), slots(), id, QDate(2026, 4, 14), tail, onError());
        undo.push(command);
        QVERIFY(!m_failure);
        const qint64 tailId = command->tailId();
        QVERIFY(tailId > 0 && tailId != id);
        QCOMPARE(datesOf(id, QDate(2026, 1, 1), QDate(2026, 12, 31)).size(), 3);
        QCOMPARE(store().get(tailId)->firstStart.time(), QTime(19, 0));
        QCOMPARE(slots().speakerSlots(tailId)->size(), 1);
        QCOMPARE(slots().speakerSlots(id)->size(), 0);

        undo.undo();
        QVERIFY(!m_failure);
        QVERIFY(!store().get(tailId).ok());
        QCOMPARE(store().get(id)->rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        QCOMPARE(slots().speakerSlots(id)->size(), 1);
        QCOMPARE(datesOf(id, QDate(2026, 1, 1), QDate(2026, 12, 31)).size(), 12);

        undo.redo();
        QVERIFY(!m_failure);
        QCOMPARE(store().get(tailId)->firstStart.time(), QTime(19, 0));
        QCOMPARE(slots().speakerSlots(tailId)->size(), 1);
        QCOMPARE(slots().speakerSlots(id)->size(), 0);
        QCOMPARE(datesOf(id, QDate(2026, 1, 1), QDate(2026, 12, 31)).size(), 3);
    }

    void deleteKeepsConfirmedEvents()
    {
        const qint64 id = test::addSeries(*m_workspace, test::seedTalks());
        const qint64 eventId = *slots().confirm(id, QDate(2026, 1, 13));
        const QString uid = store().get(id)->uid;
        QUndoStack undo;
        undo.push(new DeleteSeriesCommand(store(), slots(), id, onError()));
        QVERIFY(!m_failure);
        QVERIFY(!store().get(id).ok());
        QCOMPARE(m_workspace->events().get(eventId)->seriesId, qint64(0));
        undo.undo();
        QVERIFY(!m_failure);
        QCOMPARE(store().get(id)->uid, uid);
        QCOMPARE(m_workspace->events().get(eventId)->seriesId, id);
        undo.redo();
        QVERIFY(!store().get(id).ok());
    }

    void aFailedChangeIsDropped()
    {
        QUndoStack undo;
        undo.push(SeriesChangeCommand::skipOccurrence(store(), slots(), 999, QDate(2026, 1, 13), onError())
                      .release());
        QVERIFY(m_failure);
        QCOMPARE(undo.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesCommands)
#include "tst_seriescommands.moc"
