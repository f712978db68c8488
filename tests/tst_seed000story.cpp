#include "events/AgendaView.h"
#include "events/CalendarPage.h"
#include "events/EventEditorDialog.h"
#include "events/EventSummaryView.h"
#include "events/participants/MemberPicker.h"
#include "events/participants/ParticipantsPanel.h"
#include "items/AgendaModel.h"
#include "reports/HeadcountText.h"
#include "reports/NewReportDialog.h"
#include "reports/ReportEditor.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportsPage.h"
#include "shell/MainWindow.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace offkai;

/// Seed 000's day in the real window, as its organizer lives it: find the 2nd meetup on the calendar,
/// check in a walk-in nobody expected, put the next meetup on the calendar without a day, write the
/// report and export it.
class TestSeed000Story : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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

    static QAction *actionNamed(QWidget *page, const QString &text)
    {
        for (QAction *action : page->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void theSecondMeetupFromCalendarToExportedReport()
    {
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(*path));
        Workspace &workspace = *window.workspace();

        // Find the 2nd meetup in the agenda of past events and pick it with the mouse.
        auto *calendar = window.page<CalendarPage>();
        QVERIFY(calendar);
        window.showPage(window.pageIndex(calendar));
        calendar->showAgenda(true);
        calendar->setAgendaFilter(AgendaModel::Filter::Past);
        AgendaView *agenda = calendar->agendaView();
        int row = -1;
        for (int r = 0; r < agenda->model()->rowCount(); ++r) {
            if (agenda->model()->index(r, AgendaModel::TitleColumn).data().toString() ==
                QStringLiteral("第2回オフ会"))
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex title = agenda->model()->index(row, AgendaModel::TitleColumn);
        agenda->scrollTo(title);
        QTest::mouseClick(agenda->viewport(), Qt::LeftButton, {}, agenda->visualRect(title).center());
        const qint64 second = calendar->currentEventId();
        QVERIFY(second > 0);
        QCOMPARE(workspace.events().get(second)->title, QStringLiteral("第2回オフ会"));
        const QString before = HeadcountText::text(*workspace.participations().headcount(second));
        QCOMPARE(before, QStringLiteral("9 people (1 walk-in) / capacity 14"));
        QVERIFY(calendar->summaryView()->plainText().contains(before));

        // Ctrl+I, the name of someone who is in no list, Enter: asked, then added and checked in.
        calendar->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(calendar->agendaView(), Qt::Key_I, Qt::ControlModifier);
        QLineEdit *checkIn = calendar->participantsPanel()->checkInPicker()->lineEdit();
        QCOMPARE(QApplication::focusWidget(), checkIn);
        test::typeText(checkIn, QStringLiteral("新井 ゆき"));
        bool asked = false;
        whenModal([&asked](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("新井 ゆき")));
            asked = true;
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(checkIn, Qt::Key_Return);
        QTRY_VERIFY(asked);
        auto count = workspace.participations().headcount(second);
        QVERIFY(count.ok());
        QCOMPARE(count->attended, 10);
        QCOMPARE(count->walkIns, 2);
        const QString after = HeadcountText::text(*count);
        QCOMPARE(after, QStringLiteral("10 people (2 walk-ins) / capacity 14"));
        // Every screen moved with it.
        auto *panelCount = calendar->participantsPanel()->findChild<QLabel *>(QStringLiteral("headcount"));
        QVERIFY(panelCount->text().startsWith(after));
        QCOMPARE(calendar->agendaModel()
                     ->index(calendar->agendaModel()->rowOf(second), AgendaModel::GoingColumn)
                     .data()
                     .toString(),
                 after);
        QTRY_VERIFY(calendar->summaryView()->plainText().contains(after));

        // The meetup after the next one: some day in October, not fixed yet.
        bool created = false;
        whenModal([&created](QWidget *modal) {
            auto *editor = qobject_cast<EventEditorDialog *>(modal);
            QVERIFY(editor);
            test::typeText(editor->findChild<QLineEdit *>(QStringLiteral("title")),
                           QStringLiteral("第4回オフ会"));
            editor->findChild<QCheckBox *>(QStringLiteral("noDay"))->setChecked(true);
            editor->findChild<QDateEdit *>(QStringLiteral("tentativeFrom"))->setDate(QDate(2013, 10, 1));
            editor->findChild<QDateEdit *>(QStringLiteral("tentativeTo"))->setDate(QDate(2013, 10, 31));
            test::typeText(editor->findChild<QLineEdit *>(QStringLiteral("tentativeNote")),
                           QStringLiteral("金曜日の夜"));
            test::typeText(editor->findChild<QLineEdit *>(QStringLiteral("howToApply")),
                           QStringLiteral("Facebookグループのイベントページから"));
            editor->findChild<QDateEdit *>(QStringLiteral("applyBy"))->setDate(QDate(2013, 9, 27));
            created = true;
            editor->accept();
        });
        calendar->newAction()->trigger();
        QVERIFY(created);
        auto all = workspace.events().all();
        QVERIFY(all.ok());
        qint64 next = 0;
        for (const EventSummary &e : std::as_const(*all)) {
            if (e.title == QStringLiteral("第4回オフ会"))
                next = e.id;
        }
        QVERIFY(next > 0);
        auto nextEvent = workspace.events().get(next);
        QVERIFY(!nextEvent->hasDay());
        QCOMPARE(nextEvent->status, Event::Status::Tentative);
        QCOMPARE(nextEvent->howToApply, QStringLiteral("Facebookグループのイベントページから"));
        QCOMPARE(nextEvent->applyBy, QDate(2013, 9, 27));
        // Nowhere a made-up day: the summary tells the range it may be in.
        calendar->selectEvent(next);
        QVERIFY(calendar->summaryView()->plainText().contains(
            QStringLiteral("Sometime in October 2013, date to be decided (金曜日の夜)")));
        QVERIFY(!calendar->summaryView()->plainText().contains(QStringLiteral("October 1, 2013")));

        // Write the report from the 2nd meetup: the calendar hands over to the reports page.
        calendar->selectEvent(second);
        QAction *write = actionNamed(calendar, CalendarPage::tr("Write &Report…"));
        QVERIFY(write);
        QVERIFY(write->isEnabled());
        bool chosen = false;
        whenModal([&chosen, second](QWidget *modal) {
            auto *dialog = qobject_cast<NewReportDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->eventId(), second);
            chosen = true;
            dialog->accept();
        });
        write->trigger();
        QVERIFY(chosen);
        auto *reports = window.page<ReportsPage>();
        QCOMPARE(window.currentPage(), reports);
        const qint64 reportId = reports->editor()->reportId();
        QVERIFY(reportId > 0);
        auto report = workspace.reports().get(reportId);
        QVERIFY(report.ok());
        QCOMPARE(report->eventId, second);
        // The report counts as every screen does, and its "next time" knows the new meetup.
        const QString reportHeadcount =
            HeadcountText::text(*workspace.participations().headcount(second), QLocale(report->language));
        QCOMPARE(report->language, QStringLiteral("en")); // the window's language
        QVERIFY2(report->body.contains(reportHeadcount), qPrintable(report->body));
        QVERIFY(report->body.contains(QStringLiteral("第4回オフ会")));

        // The author writes a line, then exports.
        QPlainTextEdit *text = reports->editor()->textEdit();
        text->moveCursor(QTextCursor::End);
        test::typeText(text, QStringLiteral("\n次回もお楽しみに。\n"));
        QTemporaryDir out;
        bool exported = false;
        QString exportedPath;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ReportExportDialog *>(modal);
            QVERIFY(dialog);
            dialog->folderEdit()->setText(out.path());
            dialog->accept();
            exportedPath = dialog->exportedPath();
            exported = true;
        });
        QAction *exportAction = actionNamed(reports, ReportsPage::tr("&Export…"));
        QVERIFY(exportAction);
        exportAction->trigger();
        QVERIFY(exported);
        QFile md(exportedPath);
        QVERIFY2(md.open(QIODevice::ReadOnly), qPrintable(exportedPath));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY(markdown.contains(QStringLiteral("次回もお楽しみに。")));
        QVERIFY(markdown.contains(QStringLiteral("第4回オフ会")));
        QVERIFY(!markdown.contains(QStringLiteral("<!--")));
        QVERIFY(markdown.contains(QStringLiteral("10 people (2 walk-ins) / capacity 14")));
    }
};

QTEST_MAIN(TestSeed000Story)
#include "tst_seed000story.moc"
