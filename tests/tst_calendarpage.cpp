#include "events/AgendaView.h"
#include "events/CalendarPage.h"
#include "events/EventChipDelegate.h"
#include "events/EventEditorDialog.h"
#include "events/EventSummaryView.h"
#include "events/MonthView.h"
#include "events/participants/ParticipantsPanel.h"
#include "items/AgendaModel.h"
#include "items/MonthModel.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Drives the calendar page with the mouse and keyboard: create on a day, drag to move, delete and undo.
class TestCalendarPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CalendarPage> m_page;
    int m_file = 0;

    EventStore &events() { return m_workspace->events(); }
    static QDateTime tokyo(const QDate &day, int h, int min)
    {
        return QDateTime(day, QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }
    qint64 addEvent(const QString &title, const QDate &day)
    {
        Event e;
        e.title = title;
        e.start = tokyo(day, 19, 30);
        e.end = tokyo(day, 22, 30);
        auto id = events().insert(e);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().toString()));
        return *id;
    }
    qint64 addMember(const QString &name)
    {
        Member m;
        m.displayName = name;
        auto id = m_workspace->members().insert(m);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().toString()));
        return *id;
    }
    /// Runs `handle` on the next modal dialog once it is shown (QDialog::exec() blocks the test).
    void whenModal(std::function<void(QWidget *)> handle)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, handle] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            handle(modal);
            // A failed check inside `handle` returns early: close the dialog so that the test can end.
            if (QTest::currentTestFailed() && modal->isVisible())
                modal->close();
        });
        timer->start();
    }
    QPoint emptySpotOf(const QDate &day) const
    {
        const QRect cell = m_page->monthView()->visualRect(m_page->monthModel()->indexOf(day));
        return cell.bottomRight() - QPoint(6, 4);
    }
    QList<qint64> idsOn(const QDate &day) const
    {
        return m_page->monthModel()->indexOf(day).data(MonthModel::EventsRole).value<QList<qint64>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        m_page.reset();
        m_undo.reset();
        m_workspace.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<CalendarPage>(*m_workspace, *m_undo);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showAgenda(false);
        m_page->showMonth(2013, 8);
    }
    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_workspace.reset();
    }

    void navigatesMonths()
    {
        QCOMPARE(m_page->monthTitle()->text(), QStringLiteral("August 2013"));
        QTest::keyClick(m_page->monthView(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_page->monthTitle()->text(), QStringLiteral("September 2013"));
        QTest::keyClick(m_page->monthView(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(m_page->monthView(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_page->monthTitle()->text(), QStringLiteral("July 2013"));
        // Plain Page Down turns the month while the grid has the focus.
        m_page->monthView()->setFocus();
        QTest::keyClick(m_page->monthView(), Qt::Key_PageDown);
        QCOMPARE(m_page->monthTitle()->text(), QStringLiteral("August 2013"));
        QTest::keyClick(m_page->monthView(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_page->monthModel()->month(), QDate::currentDate().month());
    }

    void doubleClickOnADayCreatesAnEventThere()
    {
        const QDate day(2013, 8, 29);
        bool checked = false;
        whenModal([&checked, day](QWidget *modal) {
            auto *editor = qobject_cast<EventEditorDialog *>(modal);
            QVERIFY(editor);
            auto *start = editor->findChild<QDateTimeEdit *>(QStringLiteral("start"));
            auto *end = editor->findChild<QDateTimeEdit *>(QStringLiteral("end"));
            QCOMPARE(start->date(), day);
            QCOMPARE(start->time(), QTime(19, 0));
            QCOMPARE(end->time(), QTime(21, 0));
            auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
            QCOMPARE(editor->focusWidget(), title);
            test::typeText(title, QStringLiteral("第2回オフ会"));

            // End before start: refused next to the buttons, and nothing typed is lost.
            end->setDateTime(QDateTime(day, QTime(18, 0), Qt::UTC));
            editor->accept();
            QVERIFY(editor->isVisible());
            QVERIFY(!editor->errorText().isEmpty());
            QCOMPARE(title->text(), QStringLiteral("第2回オフ会"));
            end->setDateTime(QDateTime(day, QTime(22, 30), Qt::UTC));
            checked = true;
            editor->accept();
        });
        QTest::mouseDClick(m_page->monthView()->viewport(), Qt::LeftButton, {}, emptySpotOf(day));
        QVERIFY(checked);

        auto found = events().between(day, day);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        const EventSummary &e = found->constFirst();
        QCOMPARE(e.title, QStringLiteral("第2回オフ会"));
        QCOMPARE(e.start, tokyo(day, 19, 0));
        QCOMPARE(e.end, tokyo(day, 22, 30));
        QCOMPARE(idsOn(day), QList<qint64>{e.id});
        QCOMPARE(m_page->currentEventId(), e.id);
        QVERIFY(m_page->summaryView()->plainText().contains(QStringLiteral("第2回オフ会")));

        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(*events().count(), 0);
        QCOMPARE(m_page->currentEventId(), 0);
        m_undo->redo();
        QCOMPARE(idsOn(day), QList<qint64>{e.id});
    }

    void cancellingTheEditorAddsNothing()
    {
        whenModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
        QTest::mouseDClick(m_page->monthView()->viewport(), Qt::LeftButton, {},
                           emptySpotOf(QDate(2013, 8, 5)));
        QCOMPARE(*events().count(), 0);
        QCOMPARE(m_undo->count(), 0);
    }

    void draggingAChipMovesTheEventAndUndoMovesItBack()
    {
        const QDate from(2013, 8, 29);
        const QDate to(2013, 8, 22);
        const qint64 id = addEvent(QStringLiteral("第2回オフ会"), from);
        MonthView *view = m_page->monthView();
        const QRect chip = view->chipRect(id, from);
        QVERIFY(!chip.isEmpty());
        QCOMPARE(view->eventAt(chip.center()), id);

        // A click on the chip selects the event.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, chip.center());
        QCOMPARE(m_page->currentEventId(), id);
        QCOMPARE(view->selectedEvent(), id);

        // QDrag runs its own event loop, which offscreen platforms cannot drive: deliver the drop itself.
        const QPoint target = view->visualRect(m_page->monthModel()->indexOf(to)).center();
        std::unique_ptr<QMimeData> mime(MonthView::mimeDataFor(id));
        QDragEnterEvent enter(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        Event moved = *events().get(id);
        QCOMPARE(moved.start, tokyo(to, 19, 30));
        QCOMPARE(moved.end, tokyo(to, 22, 30));
        QCOMPARE(idsOn(to), QList<qint64>{id});
        QCOMPARE(idsOn(from), QList<qint64>{});
        QCOMPARE(m_undo->count(), 1);
        QVERIFY(m_undo->undoText().contains(QStringLiteral("Move")));

        m_undo->undo();
        QCOMPARE(events().get(id)->start, tokyo(from, 19, 30));
        QCOMPARE(idsOn(from), QList<qint64>{id});
        m_undo->redo();
        QCOMPARE(events().get(id)->start, tokyo(to, 19, 30));

        // Dropping on the day it is already on changes nothing.
        QDropEvent again(view->visualRect(m_page->monthModel()->indexOf(to)).center(), Qt::MoveAction,
                         mime.get(), Qt::LeftButton, {});
        QCoreApplication::sendEvent(view->viewport(), &again);
        QCOMPARE(m_undo->count(), 1);
    }

    void draggingATentativeEventFixesItsDay()
    {
        Event e;
        e.title = QStringLiteral("第3回オフ会");
        e.status = Event::Status::Tentative;
        e.tentativeFrom = QDate(2013, 8, 26);
        e.tentativeTo = QDate(2013, 8, 30);
        e.tentativeNote = QStringLiteral("月末の平日");
        const qint64 id = *events().insert(e);
        QVERIFY(m_page->moveEvent(id, QDate(2013, 8, 29)));
        const Event fixed = *events().get(id);
        QVERIFY(fixed.hasDay());
        QCOMPARE(fixed.status, Event::Status::Scheduled);
        QCOMPARE(fixed.start, tokyo(QDate(2013, 8, 29), 19, 0));
        m_undo->undo();
        QVERIFY(!events().get(id)->hasDay());
        QCOMPARE(idsOn(QDate(2013, 8, 26)), QList<qint64>{id});
    }

    void deletingAnEventWithParticipantsAsksAndUndoRestoresThem()
    {
        const qint64 id = addEvent(QStringLiteral("第2回オフ会"), QDate(2013, 8, 29));
        const qint64 hanako = addMember(QStringLiteral("佐藤 花子"));
        const qint64 taro = addMember(QStringLiteral("田中 太郎"));
        QVERIFY(m_workspace->participations().add(id, hanako).ok());
        QVERIFY(m_workspace->participations().add(id, taro, Participation::Role::Organizer).ok());
        QVERIFY(m_workspace->participations().checkIn(id, hanako, tokyo(QDate(2013, 8, 29), 19, 25)).ok());
        const QList<Participation> before = *m_workspace->participations().forEvent(id);
        QCOMPARE(before.size(), 2);
        m_page->selectEvent(id);

        // Cancel keeps everything.
        QString question;
        whenModal([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        m_page->deleteAction()->trigger();
        QVERIFY(question.contains(QStringLiteral("2 participant")));
        QVERIFY(events().get(id).ok());

        // Delete, then undo: the same event with the same people, roles and check-in.
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        m_page->deleteAction()->trigger();
        QVERIFY(!events().get(id).ok());
        QVERIFY(m_workspace->participations().forEvent(id)->isEmpty());
        QCOMPARE(m_page->currentEventId(), 0);
        QCOMPARE(idsOn(QDate(2013, 8, 29)), QList<qint64>{});

        m_undo->undo();
        QVERIFY(events().get(id).ok());
        QCOMPARE(*m_workspace->participations().forEvent(id), before);
        QCOMPARE(idsOn(QDate(2013, 8, 29)), QList<qint64>{id});
        m_undo->redo();
        QVERIFY(!events().get(id).ok());
    }

    void aLargerCapacityPromotesFromTheWaitlistAndUndoesTogether()
    {
        Event e;
        e.title = QStringLiteral("ミニオフ会");
        e.start = tokyo(QDate(2013, 8, 22), 19, 0);
        e.end = tokyo(QDate(2013, 8, 22), 21, 0);
        e.capacity = 1;
        const qint64 id = *events().insert(e);
        const qint64 first = addMember(QStringLiteral("山本 翔太"));
        const qint64 waiting = addMember(QStringLiteral("橋本 亮"));
        QVERIFY(m_workspace->participations().add(id, first).ok());
        QCOMPARE(m_workspace->participations().add(id, waiting)->rsvp, Participation::Rsvp::Waitlisted);

        whenModal([](QWidget *modal) {
            auto *editor = qobject_cast<EventEditorDialog *>(modal);
            QVERIFY(editor);
            editor->findChild<QSpinBox *>(QStringLiteral("capacity"))->setValue(2);
            editor->accept();
        });
        m_page->editEvent(id);
        QCOMPARE(*events().get(id)->capacity, 2);
        QCOMPARE(m_workspace->participations().get(id, waiting)->rsvp, Participation::Rsvp::Going);
        // One step undoes both the edit and the promotion.
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(*events().get(id)->capacity, 1);
        QCOMPARE(m_workspace->participations().get(id, waiting)->rsvp, Participation::Rsvp::Waitlisted);
        m_undo->redo();
        QCOMPARE(m_workspace->participations().get(id, waiting)->rsvp, Participation::Rsvp::Going);
    }

    void deletingAnEventWithoutParticipantsDoesNotAsk()
    {
        const qint64 id = addEvent(QStringLiteral("Lunch"), QDate(2013, 8, 5));
        m_page->selectEvent(id);
        m_page->deleteAction()->trigger();
        QVERIFY(!events().get(id).ok());
        m_undo->undo();
        QVERIFY(events().get(id).ok());
    }

    void writeReportAsksForTheSelectedEvent()
    {
        const qint64 id = addEvent(QStringLiteral("第2回オフ会"), QDate(2013, 8, 29));
        m_page->selectEvent(id);
        QAction *write = nullptr;
        for (QAction *action : m_page->pageActions()) {
            if (action->text() == QStringLiteral("Write &Report…"))
                write = action;
        }
        QVERIFY(write);
        QVERIFY(write->isEnabled());
        QSignalSpy asked(m_page.get(), &CalendarPage::writeReportRequested);
        write->trigger();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.constFirst().constFirst().toLongLong(), id);
    }

    void checkInFocusesTheParticipantsPanel()
    {
        QVERIFY(!m_page->checkInAction()->isEnabled());
        const qint64 id = addEvent(QStringLiteral("第2回オフ会"), QDate(2013, 8, 29));
        m_page->selectEvent(id);
        QVERIFY(m_page->checkInAction()->isEnabled());
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClick(m_page->monthView(), Qt::Key_I, Qt::ControlModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(m_page->participantsPanel()->isAncestorOf(focus));
        QVERIFY(qobject_cast<QLineEdit *>(focus));
    }

    void aChipShowsItsTimeAndItsTooltipWhoRunsIt()
    {
        // An online talk: the room's host (not a participant), one speaker going and one who declined.
        Event e;
        e.title =
            QStringLiteral("A very long title for an alumni talk that cannot fit in one day of the grid");
        e.start = tokyo(QDate(2013, 8, 13), 20, 0);
        e.end = tokyo(QDate(2013, 8, 13), 21, 30);
        const qint64 host = addMember(QStringLiteral("佐藤 花子"));
        e.hostMemberId = host;
        const qint64 id = *events().insert(e);
        const qint64 speaker = addMember(QStringLiteral("鈴木 一郎"));
        const qint64 declined = addMember(QStringLiteral("高橋 次郎"));
        QVERIFY(m_workspace->participations().add(id, speaker, Participation::Role::Speaker).ok());
        QVERIFY(m_workspace->participations()
                    .add(id, declined, Participation::Role::Speaker, Participation::Rsvp::Declined)
                    .ok());
        const QList<MonthChip> chips = m_page->monthModel()
                                           ->indexOf(QDate(2013, 8, 13))
                                           .data(MonthModel::ChipsRole)
                                           .value<QList<MonthChip>>();
        QCOMPARE(chips.size(), 1);
        // The chip's text starts with the time even though the title is longer than the day is wide.
        QVERIFY(EventChipDelegate::chipText(chips.first(), QLocale()).startsWith(QStringLiteral("8:00")));
        const QStringList lines =
            m_page->monthView()->chipToolTip(chips.first().event).split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), e.title);
        QVERIFY2(lines.at(1).contains(QStringLiteral("8:00")) && lines.at(1).contains(QStringLiteral("9:30")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.contains(QStringLiteral("Host: 佐藤 花子")));
        QVERIFY(lines.contains(QStringLiteral("Speaker: 鈴木 一郎")));
        QVERIFY(!lines.join(QLatin1Char(' ')).contains(QStringLiteral("高橋")));
    }

    void theAgendaListsEventsAndShowsTheSelectedOne()
    {
        const qint64 past = addEvent(QStringLiteral("第1回オフ会"), QDate(2013, 7, 25));
        const qint64 next = addEvent(QStringLiteral("Next"), QDate::currentDate().addDays(3));
        m_page->showAgenda(true);
        m_page->setAgendaFilter(AgendaModel::Filter::Upcoming);
        QVERIFY(m_page->isAgendaShown());
        QTableView *agenda = m_page->agendaView();
        QCOMPARE(agenda->model()->rowCount(), 1); // upcoming only
        agenda->selectRow(0);
        QCOMPARE(m_page->currentEventId(), next);
        QVERIFY(m_page->summaryView()->plainText().contains(QStringLiteral("Next")));
        m_page->setAgendaFilter(AgendaModel::Filter::Past);
        QCOMPARE(m_page->agendaModel()->rowOf(past), 0);
        agenda->selectRow(0);
        QCOMPARE(m_page->currentEventId(), past);
        // Back on the grid, the month of the chosen event.
        m_page->showAgenda(false);
        QCOMPARE(m_page->monthModel()->month(), 7);
        QCOMPARE(m_page->monthView()->selectedEvent(), past);
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
