#include "members/MemberConflictDialog.h"
#include "members/MemberEditor.h"
#include "members/MemberSaver.h"
#include "members/MembersPage.h"
#include "records/MemberConflict.h"
#include "records/MemberFields.h"
#include "storage/Database.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Two windows (two connections, as two organizers on a team database) editing the same member: row
/// versions, the conflict and its dialog, and undo over a change made elsewhere. Runs on a file and, as
/// tst_sharedediting_pg, on the PostgreSQL test server.
class TestSharedEditing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_mine;
    std::unique_ptr<Workspace> m_other;

    /// The other organizer's workspace: a second connection on the team database. A file opens in one
    /// window only (its lock), so there the other's writes come through the same workspace, over records
    /// read before: the versions are checked the same way.
    Workspace &other() { return m_other ? *m_other : *m_mine; }

    qint64 addMember(const QString &name)
    {
        Member m;
        m.displayName = name;
        m.reading = QStringLiteral("すずき");
        m.phone = QStringLiteral("03-1111-2222");
        m.notes = QStringLiteral("初参加");
        auto id = m_mine->members().insert(m);
        return id ? *id : 0;
    }
    Member read(Workspace &w, qint64 id)
    {
        auto m = w.members().get(id);
        if (!m)
            qFatal("%s", qPrintable(m.error().toString()));
        return *m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // This window's workspace and, on a team database, another organizer's.
        const QString path = m_dir.filePath(QStringLiteral("team%1.offkai").arg(++m_file));
        m_mine = test::openWorkspace(path);
        QVERIFY(m_mine);
        if (test::onServer()) {
            m_other = test::openWorkspace(path);
            QVERIFY(m_other);
        }
    }

    void cleanup()
    {
        m_other.reset();
        m_mine.reset();
    }

    void versionsStartAtOneAndGoUpByOneWithEachWrite()
    {
        const qint64 id = addMember(QStringLiteral("鈴木花子"));
        QVERIFY(id > 0);
        Member m = read(*m_mine, id);
        QCOMPARE(m.version, 1);
        m.phone = QStringLiteral("090-0000-0000");
        QVERIFY(m_mine->members().update(m).ok());
        QCOMPARE(read(other(), id).version, 2);
        // Every other write of the row bumps it too: a bulk action, an import's write, plain SQL.
        QVERIFY(other().memberActions().addTag({id}, QStringLiteral("幹事")).ok());
        QCOMPARE(read(*m_mine, id).version, 3);
        QSqlQuery query(other().database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE members SET region = 'Tokyo' WHERE id = %1").arg(id)));
        QCOMPARE(read(*m_mine, id).version, 4);
    }

    void anEditOverAStaleVersionIsRefusedAndWritesNothing()
    {
        const qint64 id = addMember(QStringLiteral("鈴木花子"));
        const Member opened = read(*m_mine, id);
        Member theirs = read(other(), id);
        theirs.phone = QStringLiteral("080-2222-3333");
        QVERIFY(other().members().update(theirs).ok());

        const QByteArray before = test::contentDump(m_mine->database().connection());
        Member mine = opened;
        mine.notes = QStringLiteral("二次会も参加");
        const auto refused = m_mine->members().update(mine);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::Conflict);
        QVERIFY(refused.error().message().contains(QStringLiteral("鈴木花子")));
        QCOMPARE(test::contentDump(m_mine->database().connection()), before);
        const Member now = read(*m_mine, id);
        QCOMPARE(now.phone, QStringLiteral("080-2222-3333"));
        QCOMPARE(now.notes, QStringLiteral("初参加"));
        QCOMPARE(now.version, 2);
        // On a team database the change log names who saved it (the database user); a file has one organizer.
        QCOMPARE(now.updatedBy, test::onServer() ? m_other->database().serverUser() : QString());

        // Version 0 (a record not read from the database) is written without the check.
        mine.version = 0;
        QVERIFY(m_mine->members().update(mine).ok());
        QCOMPARE(read(other(), id).notes, QStringLiteral("二次会も参加"));
        // A deleted row is "not found", not a conflict.
        QVERIFY(other().members().remove(id).ok());
        mine = opened;
        QCOMPARE(m_mine->members().update(mine).error().code(), Error::Code::NotFound);
        mine.version = 0;
        QCOMPARE(m_mine->members().update(mine).error().code(), Error::Code::NotFound);
    }

    void theConflictListsTheFieldsThatDifferAndWhoseValueToKeep()
    {
        Member base;
        base.id = 7;
        base.displayName = QStringLiteral("鈴木花子");
        base.phone = QStringLiteral("03-1111-2222");
        base.notes = QStringLiteral("初参加");
        base.tags = {QStringLiteral("幹事")};
        base.version = 3;
        Member mine = base;
        mine.phone = QStringLiteral("090-1234-5678"); // both changed, differently
        mine.notes = QStringLiteral("二次会も参加");  // only mine
        Member theirs = base;
        theirs.phone = QStringLiteral("080-9999-0000");
        theirs.tags = {QStringLiteral("幹事"), QStringLiteral("講師")}; // only theirs
        theirs.version = 4;

        const MemberConflict conflict(base, mine, theirs);
        QStringList keys;
        for (const auto &row : conflict.rows())
            keys.append(row.key);
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("phone"), QStringLiteral("tags"), QStringLiteral("notes")}));
        QCOMPARE(conflict.disagreements(), 1);
        const auto &phone = conflict.rows().at(0);
        QVERIFY(phone.bothChanged);
        QVERIFY(phone.keepMineByDefault);
        QCOMPARE(phone.theirs, QStringLiteral("080-9999-0000"));
        QCOMPARE(phone.mine, QStringLiteral("090-1234-5678"));
        QVERIFY(!conflict.rows().at(1).keepMineByDefault); // their tag stays
        QCOMPARE(conflict.rows().at(1).theirs, QStringLiteral("幹事, 講師"));
        QVERIFY(conflict.rows().at(2).keepMineByDefault);

        const Member merged = conflict.mergedByDefault();
        QCOMPARE(merged.phone, mine.phone);
        QCOMPARE(merged.notes, mine.notes);
        QCOMPARE(merged.tags, theirs.tags);
        QCOMPARE(merged.version, 4); // written over their version
        const Member keepTheirPhone = conflict.merged({QStringLiteral("notes")});
        QCOMPARE(keepTheirPhone.phone, theirs.phone);
        QCOMPARE(keepTheirPhone.notes, mine.notes);
        // The editor's unsaved-changes check goes by the same fields.
        QCOMPARE(MemberFields::differing(base, mine),
                 (QStringList{QStringLiteral("phone"), QStringLiteral("notes")}));
    }

    void undoOverAChangeMadeElsewhereExplainsAndKeepsTheirs()
    {
        QUndoStack undo;
        QStringList errors;
        MemberSaver saver(*m_mine, undo, nullptr, [&](const Error &e) { errors.append(e.message()); });
        const qint64 id = addMember(QStringLiteral("鈴木花子"));
        MemberEditor editor;
        editor.setMember(read(*m_mine, id));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("差し入れ担当"));
        QVERIFY(saver.save(editor));
        QCOMPARE(read(other(), id).notes, QStringLiteral("差し入れ担当"));

        // Undo and redo of this window's own edit work while nobody else wrote the row.
        undo.undo();
        QCOMPARE(read(other(), id).notes, QStringLiteral("初参加"));
        undo.redo();
        QCOMPARE(read(other(), id).notes, QStringLiteral("差し入れ担当"));
        QVERIFY(errors.isEmpty());

        // Another organizer changes the member; undoing this window's edit would throw that away.
        Member theirs = read(other(), id);
        theirs.phone = QStringLiteral("080-2222-3333");
        QVERIFY(other().members().update(theirs).ok());
        undo.undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(QStringLiteral("cannot be undone")),
                 qPrintable(errors.constFirst()));
        QVERIFY(errors.constFirst().contains(QStringLiteral("Edit Member")));
        const Member now = read(*m_mine, id);
        QCOMPARE(now.phone, QStringLiteral("080-2222-3333"));
        QCOMPARE(now.notes, QStringLiteral("差し入れ担当"));
        QCOMPARE(undo.count(), 0); // the step is dropped, not left to fail again
    }

    void aConflictingSaveAsksAndSavesTheChosenValues()
    {
        QUndoStack undo;
        QStringList errors;
        MemberSaver saver(*m_mine, undo, nullptr, [&](const Error &e) { errors.append(e.message()); });
        const qint64 id = addMember(QStringLiteral("鈴木花子"));
        MemberEditor editor;
        editor.setMember(read(*m_mine, id));
        editor.findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(QStringLiteral("090-1234-5678"));
        editor.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
            ->setPlainText(QStringLiteral("二次会も参加"));

        Member theirs = read(other(), id);
        theirs.phone = QStringLiteral("080-9999-0000");
        theirs.region = QStringLiteral("横浜");
        QVERIFY(other().members().update(theirs).ok());

        // Keep editing: nothing is written, the form keeps what was typed.
        int asked = 0;
        saver.setConflictResolver([&](const MemberConflict &) -> std::optional<Member> {
            ++asked;
            return std::nullopt;
        });
        QVERIFY(!saver.save(editor));
        QCOMPARE(asked, 1);
        QVERIFY(editor.isDirty());
        QCOMPARE(editor.edited().phone, QStringLiteral("090-1234-5678"));
        QCOMPARE(editor.edited().notes, QStringLiteral("二次会も参加"));
        QCOMPARE(read(*m_mine, id).phone, QStringLiteral("080-9999-0000"));
        QCOMPARE(undo.count(), 0);

        // Saving again asks again; their phone is kept, my notes are taken, their region stays.
        saver.setConflictResolver([&](const MemberConflict &conflict) -> std::optional<Member> {
            ++asked;
            QStringList keys;
            for (const auto &row : conflict.rows())
                keys.append(row.key);
            [&] {
                QCOMPARE(keys, (QStringList{QStringLiteral("region"), QStringLiteral("phone"),
                                            QStringLiteral("notes")}));
            }();
            return conflict.merged({QStringLiteral("notes")});
        });
        QVERIFY(saver.save(editor));
        QCOMPARE(asked, 2);
        QVERIFY(errors.isEmpty());
        const Member saved = read(other(), id);
        QCOMPARE(saved.phone, QStringLiteral("080-9999-0000"));
        QCOMPARE(saved.notes, QStringLiteral("二次会も参加"));
        QCOMPARE(saved.region, QStringLiteral("横浜"));
        QCOMPARE(saved.version, 3);
        QVERIFY(!editor.isDirty());
        QCOMPARE(editor.original().version, 3);
        // Undo puts their version back, not the one the form was opened on.
        undo.undo();
        QCOMPARE(read(other(), id).notes, QStringLiteral("初参加"));
        QCOMPARE(read(other(), id).region, QStringLiteral("横浜"));
    }

    void theDialogShowsBothValuesAndSavesWhatIsChosen()
    {
        QUndoStack undo;
        MembersPage page(*m_mine, undo);
        page.resize(1200, 760);
        page.show();
        const qint64 id = addMember(QStringLiteral("鈴木花子"));
        page.selectMember(id);
        QCOMPARE(page.editor()->original().id, id);
        auto *phone = page.editor()->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("090-1234-5678"));
        auto *notes = page.editor()->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
        notes->setPlainText(QStringLiteral("二次会も参加"));

        Member theirs = read(other(), id);
        theirs.phone = QStringLiteral("080-9999-0000");
        QVERIFY(other().members().update(theirs).ok());

        QStringList shown;
        bool found = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<MemberConflictDialog *>(QApplication::activeModalWidget());
            found = dialog != nullptr;
            if (!dialog)
                return;
            for (auto *label : dialog->findChildren<QLabel *>())
                shown.append(label->text());
            QVERIFY(dialog->keepsMine(QStringLiteral("phone"))); // both changed: mine by default
            QVERIFY(dialog->keepsMine(QStringLiteral("notes")));
            dialog->choose(QStringLiteral("phone"), false);
            dialog->saveButton()->click();
        });
        QVERIFY(page.saveEditor());
        QVERIFY(found);
        QVERIFY(shown.contains(QStringLiteral("080-9999-0000")));
        QVERIFY(shown.contains(QStringLiteral("090-1234-5678")));
        const Member saved = read(other(), id);
        QCOMPARE(saved.phone, QStringLiteral("080-9999-0000"));
        QCOMPARE(saved.notes, QStringLiteral("二次会も参加"));
        QCOMPARE(page.editor()->original().version, saved.version);
        QVERIFY(!page.editor()->isDirty());
    }
};

QTEST_MAIN(TestSharedEditing)
#include "tst_sharedediting.moc"
