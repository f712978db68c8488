#include "events/CalendarPage.h"
#include "events/EventChipDelegate.h"
#include "events/EventSummaryView.h"
#include "events/MonthView.h"
#include "events/SeriesCalendarActions.h"
#include "items/MonthModel.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Series on the calendar page: holidays and planned occurrences on the month grid, a click on a planned
/// chip, and the occurrence menu's confirm and skip, each undone.
class TestCalendarSeries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CalendarPage> m_page;
    qint64 m_talks = 0;
    qint64 m_speaker = 0;

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

    QList<MonthChip> chipsOn(const QDate &day) const { return m_page->monthModel()->chipsOn(day); }

    QAction *menuAction(QMenu *menu, const char *name) const
    {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String(name))
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("cs.sqlite")), options);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
        Series talks;
        talks.title = QStringLiteral("OB・OG トーク");
        talks.format = Event::Format::Online;
        talks.firstStart = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo());
        talks.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        m_talks = *m_workspace->series().insert(talks);
        Member speaker;
        speaker.displayName = QStringLiteral("佐藤 花子");
        m_speaker = *m_workspace->members().insert(speaker);
        QVERIFY(m_workspace->seriesSlots()
                    .slotSpeaker(m_talks, m_speaker, QStringLiteral("起業"), QDate(2027, 1, 1))
                    .ok());
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<CalendarPage>(*m_workspace, *m_undo);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->showAgenda(false);
        m_page->showMonth(2027, 1);
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_undo.reset();
        m_workspace.reset();
    }

    void showsHolidaysAndPlannedOccurrences()
    {
        MonthModel *model = m_page->monthModel();
        QCOMPARE(model->indexOf(QDate(2027, 1, 1)).data(MonthModel::HolidayRole).toString(),
                 QStringLiteral("New Year's Day"));
        QCOMPARE(model->indexOf(QDate(2027, 1, 11)).data(MonthModel::HolidayRole).toString(),
                 QStringLiteral("Coming of Age Day"));
        const auto chips = chipsOn(QDate(2027, 1, 12));
        QCOMPARE(chips.size(), 1);
        QVERIFY(chips.at(0).event.planned);
        QCOMPARE(chips.at(0).event.seriesId, m_talks);
        QCOMPARE(chips.at(0).event.start, QDateTime(QDate(2027, 1, 12), QTime(20, 0), tokyo()));
        // A planned occurrence is not an event: the day lists no event id.
        QVERIFY(
            model->indexOf(QDate(2027, 1, 12)).data(MonthModel::EventsRole).value<QList<qint64>>().isEmpty());
        QVERIFY(model->indexOf(QDate(2027, 1, 12))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not confirmed yet")));
    }

    void clickingAPlannedChipAsksWhatToDo()
    {
        MonthView *view = m_page->monthView();
        QSignalSpy occurrence(view, &MonthView::occurrenceClicked);
        QSignalSpy event(view, &MonthView::eventClicked);
        const QDate day(2027, 1, 12);
        const QModelIndex index = m_page->monthModel()->indexOf(day);
        const auto chipSlots = view->chipDelegate()->layout(view->visualRect(index), index, view->font());
        QCOMPARE(chipSlots.size(), 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, chipSlots.at(0).rect.center());
        QCOMPARE(occurrence.size(), 1);
        QCOMPARE(occurrence.at(0).at(0).toLongLong(), m_talks);
        QCOMPARE(occurrence.at(0).at(1).toDate(), day);
        QVERIFY(event.isEmpty());
        // Close the menu the click opened.
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    }

    void confirmFromTheMenuAndUndo()
    {
        SeriesCalendarActions *actions = m_page->seriesActions();
        std::unique_ptr<QMenu> menu(actions->occurrenceMenu(m_talks, QDate(2027, 1, 12), m_page.get()));
        QAction *confirm = menuAction(menu.get(), "confirm");
        QVERIFY(confirm);
        confirm->trigger();
        const qint64 id = *m_workspace->events().idForOccurrence(m_talks, QDate(2027, 1, 12));
        QVERIFY(id > 0);
        QCOMPARE(m_page->currentEventId(), id);
        // Now an event with its speaker; the grid shows the event, not the plan.
        const auto chips = chipsOn(QDate(2027, 1, 12));
        QCOMPARE(chips.size(), 1);
        QVERIFY(!chips.at(0).event.planned);
        QCOMPARE(chips.at(0).event.id, id);
        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral(
                           "SELECT member_id FROM participations WHERE event_id = %1 AND role = 'speaker'")
                           .arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), m_speaker);

        m_undo->undo();
        QCOMPARE(*m_workspace->events().idForOccurrence(m_talks, QDate(2027, 1, 12)), 0);
        QVERIFY(chipsOn(QDate(2027, 1, 12)).at(0).event.planned);
        m_undo->redo();
        QCOMPARE(*m_workspace->events().idForOccurrence(m_talks, QDate(2027, 1, 12)), id);
        m_undo->undo();
    }

    void skipFromTheMenuAndUndo()
    {
        SeriesCalendarActions *actions = m_page->seriesActions();
        std::unique_ptr<QMenu> menu(actions->occurrenceMenu(m_talks, QDate(2027, 1, 12), m_page.get()));
        QAction *skip = menuAction(menu.get(), "skip");
        QVERIFY(skip);
        skip->trigger();
        QVERIFY(chipsOn(QDate(2027, 1, 12)).isEmpty());
        QCOMPARE(m_workspace->series().get(m_talks)->exceptions.size(), 1);
        m_undo->undo();
        QCOMPARE(chipsOn(QDate(2027, 1, 12)).size(), 1);
        QVERIFY(m_workspace->series().get(m_talks)->exceptions.isEmpty());
    }

    /// A viewer's calendar (a team database's viewer role): the occurrence menu only exports, and the hint
    /// beside an empty selection says nothing of adding events.
    void aViewersMenuOnlyReads()
    {
        m_page->enterReadOnly();
        std::unique_ptr<QMenu> menu(
            m_page->seriesActions()->occurrenceMenu(m_talks, QDate(2027, 2, 9), m_page.get()));
        for (const char *name : {"confirm", "move", "skip", "edit", "pipeline", "delete"})
            QVERIFY2(!menuAction(menu.get(), name)->isEnabled(), name);
        QVERIFY(menuAction(menu.get(), "export")->isEnabled());
        m_page->summaryView()->setEvent(0);
        QVERIFY(!m_page->summaryView()->plainText().contains(QStringLiteral("Double-click")));
    }

    void menuOffersEveryChange()
    {
        std::unique_ptr<QMenu> menu(
            m_page->seriesActions()->occurrenceMenu(m_talks, QDate(2027, 2, 9), m_page.get()));
        for (const char *name : {"confirm", "move", "skip", "edit", "pipeline", "export", "delete"})
            QVERIFY2(menuAction(menu.get(), name), name);
        QVERIFY(m_page->pageActions().contains(m_page->seriesActions()->newSeriesAction()));
        QVERIFY(m_page->pageActions().contains(m_page->seriesActions()->importAction()));
        QVERIFY(m_page->pageActions().contains(m_page->seriesActions()->exportAction()));
    }
};

QTEST_MAIN(TestCalendarSeries)
#include "tst_calendarseries.moc"
