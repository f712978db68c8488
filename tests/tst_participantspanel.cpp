#include "events/participants/BillSplitDialog.h"
#include "events/participants/MemberPicker.h"
#include "events/participants/ParticipantsPanel.h"
#include "items/ParticipantTableModel.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Check-in at the door, walk-ins, attendance and undo, driven through the panel's widgets.
class TestParticipantsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ParticipantsPanel> m_panel;
    qint64 m_event = 0;
    QHash<QString, qint64> m_ids;
    int m_file = 0;

    qint64 member(const QString &name, const QString &reading)
    {
        Member m;
        m.displayName = name;
        m.reading = reading;
        auto id = m_workspace->members().insert(m);
        return id.ok() ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    }
    void init()
    {
        m_panel.reset();
        m_undo.reset();
        m_workspace.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
        m_ids.clear();
        m_ids.insert(QStringLiteral("sasaki"),
                     member(QStringLiteral("佐々木 大輔"), QStringLiteral("ささき だいすけ")));
        m_ids.insert(QStringLiteral("sato"),
                     member(QStringLiteral("佐藤 一郎"), QStringLiteral("さとう いちろう")));
        m_ids.insert(QStringLiteral("yoshida"),
                     member(QStringLiteral("吉田 直人"), QStringLiteral("よしだ なおと")));
        Event e;
        e.title = QStringLiteral("第2回オフ会");
        e.start = QDateTime(QDate(2013, 8, 29), QTime(19, 30), e.timeZone);
        e.end = QDateTime(QDate(2013, 8, 29), QTime(22, 30), e.timeZone);
        e.capacity = 14;
        e.fee = 4000;
        m_event = *m_workspace->events().insert(e);
        QVERIFY(m_workspace->participations().add(m_event, m_ids.value(QStringLiteral("sasaki"))).ok());
        QVERIFY(m_workspace->participations().add(m_event, m_ids.value(QStringLiteral("sato"))).ok());
        m_undo = std::make_unique<QUndoStack>();
        m_panel = std::make_unique<ParticipantsPanel>(*m_workspace, m_undo.get());
        m_panel->resize(900, 600);
        m_panel->setEvent(m_event);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanupTestCase()
    {
        m_panel.reset();
        m_undo.reset();
        m_workspace.reset();
    }

    void columnsFitTheFirstRows()
    {
        // An event shown while empty, then filled at once (an import): the names are not cut to "…".
        Event empty;
        empty.title = QStringLiteral("ミニオフ会");
        empty.start = QDateTime(QDate(2013, 9, 26), QTime(19, 30), empty.timeZone);
        const qint64 event = *m_workspace->events().insert(empty);
        m_panel->setEvent(event);
        const int narrow = m_panel->table()->columnWidth(ParticipantTableModel::NameColumn);
        QList<Participation> rows;
        for (const qint64 id : m_ids) {
            Participation p;
            p.eventId = event;
            p.memberId = id;
            rows.append(p);
        }
        QVERIFY(m_workspace->participations().restore(rows).ok());
        QCOMPARE(m_panel->model()->rowCount(), 3);
        const QString name = m_panel->model()->index(0, ParticipantTableModel::NameColumn).data().toString();
        QVERIFY(m_panel->table()->columnWidth(ParticipantTableModel::NameColumn) > narrow);
        QVERIFY(m_panel->table()->columnWidth(ParticipantTableModel::NameColumn) >=
                m_panel->table()->fontMetrics().horizontalAdvance(name));
    }

    void modelPassesTheTester()
    {
        QAbstractItemModelTester tester(m_panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_panel->model()->rowCount(), 2);
        m_panel->checkIn(m_ids.value(QStringLiteral("sato")));
        m_panel->addMember(m_ids.value(QStringLiteral("yoshida")));
        QCOMPARE(m_panel->model()->rowCount(), 3);
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(m_panel->model()->rowCount(), 2);
    }

    void checkInFromTheKeyboardByReading()
    {
        QLineEdit *field = m_panel->checkInPicker()->lineEdit();
        m_panel->focusCheckIn();
        // Katakana typed, hiragana stored: folded. "サト" matches 佐藤 first (start of the reading).
        test::typeText(field, QStringLiteral("サト"));
        QListWidget *matches = m_panel->checkInPicker()->matchList();
        QVERIFY(matches->count() >= 1);
        QVERIFY(matches->item(0)->text().startsWith(QStringLiteral("佐藤 一郎")));
        QTest::keyClick(field, Qt::Key_Return);
        const ParticipantTableModel *model = m_panel->model();
        const int row = model->rowOf(m_ids.value(QStringLiteral("sato")));
        QVERIFY(model->rowAt(row).participation.attended);
        QVERIFY(model->rowAt(row).participation.checkedInAt.isValid());
        QVERIFY(field->text().isEmpty()); // ready for the next person
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QVERIFY(!model->rowAt(model->rowOf(m_ids.value(QStringLiteral("sato")))).participation.attended);
    }

    void aMemberNotRegisteredIsCheckedInAsAWalkIn()
    {
        QLineEdit *field = m_panel->checkInPicker()->lineEdit();
        m_panel->focusCheckIn();
        test::typeText(field, QStringLiteral("よしだ"));
        QListWidget *matches = m_panel->checkInPicker()->matchList();
        QCOMPARE(matches->count(), 1);
        QTest::keyClick(field, Qt::Key_Return);
        const int row = m_panel->model()->rowOf(m_ids.value(QStringLiteral("yoshida")));
        QVERIFY(row >= 0);
        QVERIFY(m_panel->model()->rowAt(row).participation.walkIn);
        QCOMPARE(m_workspace->participations().headcount(m_event)->walkIns, 1);
    }

    void aNewPersonIsAddedWithJustANameAndUndoneInOneStep()
    {
        const int before = *m_workspace->memberList().count();
        m_panel->addWalkIn(QStringLiteral("新井 さくら"));
        QCOMPARE(*m_workspace->memberList().count(), before + 1);
        QCOMPARE(m_panel->model()->rowCount(), 3);
        QCOMPARE(m_workspace->participations().headcount(m_event)->attended, 1);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(*m_workspace->memberList().count(), before);
        QCOMPARE(m_panel->model()->rowCount(), 2);
        m_undo->redo();
        QCOMPARE(m_panel->model()->rowCount(), 3);
    }

    void ticksAttendanceForTheSelection()
    {
        m_panel->table()->selectAll();
        m_panel->setAttended(m_panel->selectedMembers(), true);
        QCOMPARE(m_workspace->participations().headcount(m_event)->attended, 2);
        // Clicking the box of one row unticks it.
        const int row = m_panel->model()->rowOf(m_ids.value(QStringLiteral("sasaki")));
        const QRect box =
            m_panel->table()->visualRect(m_panel->model()->index(row, ParticipantTableModel::AttendedColumn));
        QTest::mouseClick(m_panel->table()->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(m_workspace->participations().headcount(m_event)->attended, 1);
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(m_workspace->participations().headcount(m_event)->attended, 0);
    }

    void billSplitDialogSharesAddUpAndRefusesNobody()
    {
        auto rows = *m_workspace->participations().participantsOf(m_event);
        BillSplitDialog dialog(rows);
        dialog.totalField()->setValue(10000);
        QCOMPARE(dialog.shares().size(), 2);
        QCOMPARE(dialog.shares().at(0).second + dialog.shares().at(1).second, 10000);
        for (int i = 0; i < dialog.peopleList()->count(); ++i)
            dialog.peopleList()->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.shares().isEmpty());
    }
};

QTEST_MAIN(TestParticipantsPanel)
#include "tst_participantspanel.moc"
