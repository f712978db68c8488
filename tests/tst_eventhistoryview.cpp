#include "events/EventHistoryView.h"
#include "reports/HeadcountText.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The member's and the venue's event histories, over the demo database.
class TestEventHistoryView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_workspace->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        auto path = DemoDatabase::create(m_dir.path(), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        auto db = Database::open(*path);
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void memberHistoryShowsEventsRolesAndAttendance()
    {
        const qint64 yoshida =
            scalar(QStringLiteral("SELECT id FROM members WHERE display_name = '吉田 直人'"));
        auto rows = m_workspace->participations().historyOf(yoshida);
        QVERIFY(rows.ok());
        EventHistoryView view;
        view.showMemberHistory(*rows);
        QCOMPARE(view.topLevelItemCount(), int(rows->size()));
        QCOMPARE(view.summaryText(), QStringLiteral("2 event(s), came to 1."));
        // Newest first: the upcoming mini-off, then the 2nd meetup he walked in to.
        const QTreeWidgetItem *last = view.topLevelItem(view.topLevelItemCount() - 1);
        QCOMPARE(last->text(0), QStringLiteral("2013年8月29日(木)"));
        QCOMPARE(last->text(1), QStringLiteral("第2回オフ会"));
        QVERIFY(last->text(3).contains(QStringLiteral("walk-in")));
    }

    void venueHistoryListsTheEventsHeldThere()
    {
        const qint64 ginza = scalar(QStringLiteral("SELECT id FROM venues WHERE name LIKE '%銀座%'"));
        auto rows = m_workspace->events().atVenue(ginza);
        QVERIFY(rows.ok());
        EventHistoryView view;
        view.showVenueHistory(*rows);
        QCOMPARE(view.topLevelItemCount(), 2);
        QCOMPARE(view.topLevelItem(0)->text(1), QStringLiteral("第2回オフ会"));
        // Who came (nine, one of them a walk-in), as every screen words it.
        const qint64 second = view.topLevelItem(0)->data(0, Qt::UserRole).toLongLong();
        auto count = m_workspace->participations().headcount(second);
        QVERIFY(count.ok());
        QCOMPARE(count->attended, 9);
        QCOMPARE(count->walkIns, 1);
        QVERIFY(count->held);
        QCOMPARE(view.topLevelItem(0)->text(2), HeadcountText::text(*count));
        QVERIFY(view.topLevelItem(0)->text(2).startsWith(QStringLiteral("9名（うち当日参加1名）")));
        QCOMPARE(view.topLevelItem(1)->text(1), QStringLiteral("第1回オフ会"));
    }
};

QTEST_MAIN(TestEventHistoryView)
#include "tst_eventhistoryview.moc"
