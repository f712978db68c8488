#include "events/EventHistoryView.h"
#include "items/MemberTableModel.h"
#include "members/DuplicatesDialog.h"
#include "members/MemberEditor.h"
#include "members/MemberEngagementView.h"
#include "members/MembersPage.h"
#include "shell/EmptyListNotice.h"
#include "storage/Database.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Drives the members page through its widgets, offscreen.
class TestMembersPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<MembersPage> m_page;
    int m_file = 0;

    MemberStore &store() { return m_workspace->members(); }

    qint64 add(const QString &name, const QString &reading, Member::Status status = Member::Status::Active,
               const QString &email = {})
    {
        Member m;
        m.displayName = name;
        m.reading = reading;
        m.status = status;
        if (!email.isEmpty())
            m.emails = {email};
        auto id = store().insert(m);
        return id ? *id : 0;
    }
    template<typename T> T *field(const char *name)
    {
        T *w = m_page->editor()->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void selectRows(const QList<qint64> &ids)
    {
        m_page->view()->clearSelection();
        for (qint64 id : ids) {
            const int row = m_page->rowOf(id);
            m_page->view()->selectionModel()->select(m_page->model()->index(row, 0),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    void rebuildPage()
    {
        m_page = std::make_unique<MembersPage>(*m_workspace, *m_undo);
        m_page->resize(1200, 760);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_page.reset();
        m_undo.reset();
        m_workspace.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
        m_undo = std::make_unique<QUndoStack>();
        rebuildPage();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_workspace.reset();
    }

    void addEditAndUndoAMember()
    {
        QTest::keySequence(m_page.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QCOMPARE(*m_workspace->memberList().count(), 1);
        auto *name = field<QLineEdit>("nameEdit");
        QTRY_VERIFY(name->hasFocus());
        test::typeText(name, QStringLiteral("井上 隆"));
        field<QLineEdit>("readingEdit")->setText(QStringLiteral("いのうえ たかし"));
        field<QPlainTextEdit>("emailsEdit")
            ->setPlainText(QStringLiteral("inoue@example.jp\ntakashi@example.com"));
        field<QLineEdit>("tagsEdit")->setText(QStringLiteral("経営者、常連"));
        QVERIFY(m_page->editor()->isDirty());
        QTest::keyClick(name, Qt::Key_Return);
        const qint64 id = m_page->currentMemberId();
        auto saved = store().get(id);
        QVERIFY(saved.ok());
        QCOMPARE(saved->displayName, QStringLiteral("井上 隆"));
        QCOMPARE(saved->emails,
                 (QStringList{QStringLiteral("inoue@example.jp"), QStringLiteral("takashi@example.com")}));
        QCOMPARE(saved->tags.size(), 2);
        m_undo->undo();
        QCOMPARE(store().get(id)->displayName, QStringLiteral("New member"));
        QCOMPARE(name->text(), QStringLiteral("New member"));
        m_undo->undo();
        QCOMPARE(*m_workspace->memberList().count(), 0);
    }

    void invalidEmailIsExplainedAndKept()
    {
        m_page->addMember();
        field<QPlainTextEdit>("emailsEdit")->setPlainText(QStringLiteral("not-an-address"));
        QVERIFY(!m_page->saveEditor());
        QVERIFY(field<QLabel>("messageLabel")->isVisible());
        QCOMPARE(field<QPlainTextEdit>("emailsEdit")->toPlainText(), QStringLiteral("not-an-address"));
        QVERIFY(store().get(m_page->currentMemberId())->emails.isEmpty());
    }

    void applicantsAreShownAndApprovedInBulk()
    {
        const qint64 a =
            add(QStringLiteral("申請 一郎"), QStringLiteral("しんせい いちろう"), Member::Status::Applicant);
        const qint64 b =
            add(QStringLiteral("申請 二郎"), QStringLiteral("しんせい じろう"), Member::Status::Applicant);
        add(QStringLiteral("会員 花子"), QStringLiteral("かいいん はなこ"));
        rebuildPage();
        auto *banner = m_page->findChild<QPushButton *>(QStringLiteral("applicantsBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1Char('2')));
        QTest::mouseClick(banner, Qt::LeftButton);
        QCOMPARE(m_page->model()->rowCount(), 2);
        selectRows({a, b});
        m_page->approveSelected();
        QCOMPARE(store().get(a)->status, Member::Status::Active);
        QVERIFY(store().get(b)->approvedAt.isValid());
        QVERIFY(!banner->isVisible());
        m_undo->undo();
        QCOMPARE(store().get(a)->status, Member::Status::Applicant);
        QVERIFY(!store().get(b)->approvedAt.isValid());
    }

    void searchFindsShortJapaneseTermsAndFolding()
    {
        add(QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"));
        add(QStringLiteral("東京 太郎"), QStringLiteral("とうきょう たろう"));
        add(QStringLiteral("Alice Smith"), QStringLiteral("ありす すみす"));
        rebuildPage();
        const auto searchFor = [this](const QString &text) {
            m_page->searchField()->setText(text);
            QTest::qWait(200); // the search waits for a pause in typing
            return m_page->model()->rowCount();
        };
        QCOMPARE(searchFor(QStringLiteral("佐藤")), 1);
        QCOMPARE(searchFor(QStringLiteral("東")), 1);
        QCOMPARE(searchFor(QStringLiteral("サトウ")), 1);
        QCOMPARE(searchFor(QStringLiteral("ALICE")), 1);
        QCOMPARE(searchFor(QString()), 3);
    }

    void searchCoversEveryFieldAndSaysWhenNothingMatches()
    {
        Member m;
        m.displayName = QStringLiteral("森 花子");
        m.reading = QStringLiteral("もり はなこ");
        m.jobTitle = QStringLiteral("営業部長");
        m.region = QStringLiteral("大阪府");
        m.emails = {QStringLiteral("hanako@example.com"), QStringLiteral("mori.home@example.jp")};
        m.accounts.insert(ServiceAccount::Service::Connpass, QStringLiteral("hanako_c"));
        const qint64 mori = *store().insert(m);
        const qint64 sato = add(QStringLiteral("佐藤 太郎"), QStringLiteral("さとう たろう"));
        add(QStringLiteral("Alice Smith"), QStringLiteral("ありす すみす"));
        rebuildPage();
        auto *notice = m_page->emptyNotice();
        MemberEditor *editor = m_page->editor();
        const auto searchFor = [this](const QString &text) {
            m_page->searchField()->setText(text);
            // The search runs after a pause in typing; -1 when it never ran.
            const bool ran = QTest::qWaitFor([&] { return m_page->model()->query().search == text; });
            return ran ? m_page->model()->rowCount() : -1;
        };

        m_page->selectMember(sato);
        QCOMPARE(editor->original().id, sato);
        QCOMPARE(searchFor(QStringLiteral("部長")), 1);
        QCOMPARE(m_page->model()->data(m_page->model()->index(0, 0), MemberTableModel::IdRole).toLongLong(),
                 mori);
        // 佐藤 is not in the list any more: the editor no longer shows him.
        QVERIFY(!editor->hasMember());
        QVERIFY(!editor->isEnabled());
        QVERIFY(!notice->isVisible());
        for (const QString &text : {QStringLiteral("大阪"), QStringLiteral("mori.home"),
                                    QStringLiteral("hanako_c"), QStringLiteral("阪")})
            QCOMPARE(searchFor(text), 1);

        QCOMPARE(searchFor(QStringLiteral("存在しない")), 0);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("No members match"));
        QVERIFY(notice->geometry().intersects(m_page->view()->viewport()->rect()));

        // Edits of a member that the search hides are saved, as when leaving the row, then the editor
        // empties.
        QCOMPARE(searchFor(QString()), 3);
        QVERIFY(!notice->isVisible());
        m_page->selectMember(mori);
        field<QPlainTextEdit>("notesEdit")->setPlainText(QStringLiteral("幹事を手伝ってくれる"));
        QVERIFY(editor->isDirty());
        QCOMPARE(searchFor(QStringLiteral("佐藤")), 1);
        QVERIFY(!editor->hasMember());
        QCOMPARE(store().get(mori)->notes, QStringLiteral("幹事を手伝ってくれる"));
        QCOMPARE(searchFor(QStringLiteral("手伝")), 1);

        // A filter that leaves nothing says so too; an empty directory needs no words.
        m_page->searchField()->clear();
        QCOMPARE(searchFor(QString()), 3);
        m_page->statusFilter()->setCurrentIndex(m_page->statusFilter()->findData(int(Member::Status::Left)));
        Q_EMIT m_page->statusFilter()->activated(m_page->statusFilter()->currentIndex());
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(notice->isVisible());
    }

    void bulkTagStatusAndBccList()
    {
        const qint64 a = add(QStringLiteral("A"), QStringLiteral("あ"), Member::Status::Active,
                             QStringLiteral("a@example.com"));
        const qint64 b = add(QStringLiteral("B"), QStringLiteral("い"), Member::Status::Active,
                             QStringLiteral("b@example.com"));
        rebuildPage();
        selectRows({a, b});
        m_page->copyEmailsOfSelected();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QLatin1String("a@example.com")));
        QVERIFY(copied.contains(QLatin1String("b@example.com")));
        m_page->setStatusOfSelected(int(Member::Status::Inactive));
        QCOMPARE(store().get(a)->status, Member::Status::Inactive);
        QCOMPARE(store().get(b)->status, Member::Status::Inactive);
        m_undo->undo();
        QCOMPARE(store().get(b)->status, Member::Status::Active);
    }

    void deletingIsUndoneWithTheEventHistory()
    {
        const qint64 a = add(QStringLiteral("参加 太郎"), QStringLiteral("さんか たろう"));
        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (id, title, starts_at) VALUES (7, '第2回オフ会', "
                                      "'2013-08-29T10:30:00Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO participations (event_id, member_id, attended, walk_in) "
                                      "VALUES (7, %1, 1, 1)")
                           .arg(a)));
        rebuildPage();
        selectRows({a});
        m_page->view()->setFocus();
        QTest::keyClick(m_page->view(), Qt::Key_Delete);
        QCOMPARE(*m_workspace->memberList().count(), 0);
        m_undo->undo();
        QCOMPARE(*m_workspace->memberList().count(), 1);
        auto history = m_workspace->participations().forMember(a);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY(history->constFirst().walkIn);
    }

    void eventsTabAndListShowTheSameEngagement()
    {
        const qint64 a = add(QStringLiteral("参加 太郎"), QStringLiteral("さんか たろう"));
        const qint64 b = add(QStringLiteral("欠席 花子"), QStringLiteral("けっせき はなこ"));
        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (id, title, starts_at, status) VALUES "
                                      "(7, '第2回オフ会', '2013-08-29T10:30:00Z', 'done'), "
                                      "(8, '第3回オフ会', '2013-09-29T10:30:00Z', 'done')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO participations (event_id, member_id, attended) VALUES "
                                      "(7, %1, 1), (8, %1, 0), (8, %2, 1)")
                           .arg(a)
                           .arg(b)));
        rebuildPage();
        m_page->selectMember(a);
        const MemberEngagementView *view = m_page->engagementView();
        const QLocale locale;
        const QString day = locale.toString(QDate(2013, 8, 29), QLocale::ShortFormat);
        QCOMPARE(view->firstAttendedText(), day);
        QCOMPARE(view->lastAttendedText(), day);
        QCOMPARE(view->attendedText(), QStringLiteral("1"));
        QCOMPARE(view->noShowsText(), QStringLiteral("1"));
        QCOMPARE(view->streakText(), QStringLiteral("0 event(s) in a row"));
        const int row = m_page->rowOf(a);
        QCOMPARE(m_page->model()->index(row, MemberTableModel::LastAttendedColumn).data().toString(), day);
        QCOMPARE(m_page->model()->index(row, MemberTableModel::AttendedColumn).data().toString(),
                 view->attendedText());
        // The history marks the no-show.
        const auto *history = m_page->findChild<EventHistoryView *>(QStringLiteral("memberHistory"));
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("No-show"));
        // Marked as attended after all: both the tab and the list follow.
        QVERIFY(m_workspace->participations().markAttended(8, {a}).ok());
        QCOMPARE(view->noShowsText(), QStringLiteral("0"));
        QCOMPARE(view->streakText(), QStringLiteral("2 event(s) in a row"));
        QCOMPARE(m_page->model()->index(m_page->rowOf(a), MemberTableModel::AttendedColumn).data().toString(),
                 QStringLiteral("2"));
        // Both were last seen in 2013: the filter for people to invite back shows them.
        QComboBox *seen = m_page->seenFilter();
        seen->setCurrentIndex(seen->findData(12));
        Q_EMIT seen->activated(seen->currentIndex());
        QCOMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(m_page->currentMemberId(), a);
    }

    void duplicatesAreMergedAndUnmerged()
    {
        const qint64 a = add(QStringLiteral("伊藤 健一"), QStringLiteral("いとう けんいち"),
                             Member::Status::Active, QStringLiteral("ito@example.jp"));
        const qint64 b = add(QStringLiteral("伊藤 健一"), QStringLiteral("イトウ ケンイチ"),
                             Member::Status::Active, QStringLiteral("ITO@example.jp"));
        DuplicatesDialog dialog(*m_workspace, *m_undo);
        QCOMPARE(dialog.table()->rowCount(), 1);
        dialog.mergeRow(0, 0);
        QCOMPARE(*m_workspace->memberList().count(), 1);
        QVERIFY(store().get(a).ok());
        QVERIFY(!store().get(b).ok());
        QCOMPARE(dialog.table()->rowCount(), 0);
        m_undo->undo();
        QCOMPARE(*m_workspace->memberList().count(), 2);
        QVERIFY(store().get(b).ok());
    }
};

QTEST_MAIN(TestMembersPage)
#include "tst_memberspage.moc"
