#include "events/EventCommandTraits.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "venues/VenueCommandTraits.h"

#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// The undoable add, edit and delete of a record, through a QUndoStack as the pages use it.
class TestRecordCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_workspace;
    QList<Error> m_errors;

    QByteArray dump() const { return test::contentDump(m_workspace->database().connection()); }
    std::function<void(const Error &)> onError()
    {
        return [this](const Error &e) {
            m_errors.append(e);
        };
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_workspace.reset();
        m_errors.clear();
        m_workspace = test::openWorkspace(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_file)));
        QVERIFY(m_workspace);
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void addUndoRedoKeepsTheId()
    {
        QUndoStack stack;
        Venue venue;
        venue.name = QStringLiteral("渋谷ラウンジ");
        const QByteArray empty = dump();
        auto *command = VenueCommand::add(m_workspace->venues(), venue, onError());
        QCOMPARE(command->text(), QStringLiteral("Add Venue “渋谷ラウンジ”"));
        stack.push(command);
        const qint64 id = command->recordId();
        QVERIFY(id > 0);
        const QByteArray added = dump();
        stack.undo();
        QCOMPARE(dump(), empty);
        stack.redo();
        QCOMPARE(dump(), added);
        QCOMPARE(m_workspace->venues().get(id)->name, venue.name);
        QVERIFY(m_errors.isEmpty());
    }

    void editWritesBeforeAndAfter()
    {
        QUndoStack stack;
        Venue venue;
        venue.name = QStringLiteral("会議室A");
        auto id = m_workspace->venues().insert(venue);
        QVERIFY(id.ok());
        const Venue before = *m_workspace->venues().get(*id);
        Venue after = before;
        after.name = QStringLiteral("会議室B");
        stack.push(VenueCommand::edit(m_workspace->venues(), before, after, onError()));
        QCOMPARE(stack.undoText(), QStringLiteral("Edit Venue “会議室B”"));
        QCOMPARE(m_workspace->venues().get(*id)->name, after.name);
        stack.undo();
        QCOMPARE(m_workspace->venues().get(*id)->name, before.name);
        stack.redo();
        QCOMPARE(m_workspace->venues().get(*id)->name, after.name);
    }

    void deletedEventComesBackWithItsParticipants()
    {
        Member member;
        member.displayName = QStringLiteral("田村 浩之");
        auto memberId = m_workspace->members().insert(member);
        QVERIFY(memberId.ok());
        Event event;
        event.title = QStringLiteral("忘年会");
        event.start = QDateTime(QDate(2026, 12, 18), QTime(19, 0), event.timeZone);
        auto eventId = m_workspace->events().insert(event);
        QVERIFY(eventId.ok());
        QVERIFY(m_workspace->participations().add(*eventId, *memberId).ok());
        const QByteArray original = dump();

        QUndoStack stack;
        auto snapshot = EventCommandTraits::snapshot(*m_workspace, *eventId);
        QVERIFY(snapshot.ok());
        stack.push(EventCommand::remove(*m_workspace, *snapshot, onError()));
        QCOMPARE(stack.undoText(), QStringLiteral("Delete Event “忘年会”"));
        QVERIFY(!m_workspace->events().get(*eventId).ok());
        stack.undo();
        QCOMPARE(dump(), original);
        stack.redo();
        const QByteArray deleted = dump();

        // A restore that fails half-way writes nothing, and the command leaves the history.
        QVERIFY(test::failWrites(m_workspace->database().connection(), QStringLiteral("INSERT"),
                                 QStringLiteral("participations"), QStringLiteral("1")));
        stack.undo();
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(dump(), deleted);
        QCOMPARE(stack.count(), 0);
    }

    void moveHasItsOwnText()
    {
        Event event;
        event.title = QStringLiteral("もくもく会");
        event.start = QDateTime(QDate(2026, 12, 3), QTime(19, 0), event.timeZone);
        auto id = m_workspace->events().insert(event);
        QVERIFY(id.ok());
        const Event before = *m_workspace->events().get(*id);
        Event after = before;
        after.moveToDay(QDate(2026, 12, 10));
        QUndoStack stack;
        stack.push(EventCommand::edit(*m_workspace, before, after, onError(), QStringLiteral("Move")));
        QCOMPARE(stack.undoText(), QStringLiteral("Move"));
        QCOMPARE(m_workspace->events().get(*id)->firstDay(), QDate(2026, 12, 10));
        stack.undo();
        QCOMPARE(m_workspace->events().get(*id)->firstDay(), QDate(2026, 12, 3));
    }

    void failedAddLeavesNoCommand()
    {
        QVERIFY(test::failWrites(m_workspace->database().connection(), QStringLiteral("INSERT"),
                                 QStringLiteral("venues"), QStringLiteral("1")));
        QUndoStack stack;
        Venue venue;
        venue.name = QStringLiteral("渋谷ラウンジ");
        stack.push(VenueCommand::add(m_workspace->venues(), venue, onError()));
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestRecordCommand)
#include "tst_recordcommand.moc"
