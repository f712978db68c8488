// The dashboard page over the demo database: every card's table is its chart's model, the tiles show the
// figures CommunityStats computes (as the CLI prints them), switching the period recomputes everything,
// and each card saves a PNG, an SVG and its CSV.
#include "TestSupport.h"

#include "dashboard/ChartCard.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/PeriodBar.h"
#include "items/FigureTableModel.h"
#include "stores/CommunityStats.h"
#include "stores/Workspace.h"
#include "workflows/DemoDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;
using Table = DashboardTables::Table;

class TestDashboardPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    const QDate m_today = QDate(2026, 11, 23);

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), m_today);
        QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().message()));
        m_path = *path;
    }

    void everyTableIsAGoodModel()
    {
        auto workspace = test::openWorkspace(m_path);
        DashboardTables figures(*workspace);
        for (int i = 0; i < DashboardTables::TableCount; ++i)
            QAbstractItemModelTester tester(figures.table(Table(i)),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Testers watch the resets of a reload too.
        QList<QAbstractItemModelTester *> testers;
        for (int i = 0; i < DashboardTables::TableCount; ++i)
            testers.append(new QAbstractItemModelTester(
                figures.table(Table(i)), QAbstractItemModelTester::FailureReportingMode::QtTest, &figures));
        QVERIFY(figures.reload(StatsPeriod::allTime(), m_today).ok());
        QVERIFY(figures.table(Table::Members)->rowCount() > 0);
        QVERIFY(figures.reload(StatsPeriod::thisYear(m_today), m_today).ok());
    }

    void tablesHoldWhatTheStatsCompute()
    {
        auto workspace = test::openWorkspace(m_path);
        DashboardTables figures(*workspace);
        const StatsPeriod period = StatsPeriod::last12Months(m_today);
        QVERIFY(figures.reload(period, m_today).ok());
        const auto growth = workspace->stats().growth(period, m_today);
        QVERIFY(growth.ok());
        FigureTableModel *members = figures.table(Table::Members);
        QCOMPARE(members->rowCount(), growth->months.size());
        for (int row = 0; row < members->rowCount(); ++row) {
            QCOMPARE(members->value(row, 0).toDate(), growth->months.at(row).month);
            QCOMPARE(members->value(row, 1).toInt(), growth->months.at(row).joined);
            QCOMPARE(members->value(row, 2).toInt(), growth->months.at(row).left);
            QCOMPARE(members->value(row, 3).toInt(), growth->months.at(row).activeTotal);
        }
        const auto attendance = workspace->stats().attendance(period, m_today);
        QVERIFY(attendance.ok());
        FigureTableModel *events = figures.table(Table::Attendance);
        QCOMPARE(events->rowCount(), attendance->size());
        for (int row = 0; row < events->rowCount(); ++row) {
            const EventAttendance &e = attendance->at(row);
            QCOMPARE(events->value(row, DashboardTables::AttEvent).toString(), e.title);
            QCOMPARE(events->value(row, DashboardTables::AttCame).toInt(), e.came);
            QCOMPARE(events->value(row, DashboardTables::AttNoShows).toInt(), e.noShows);
            QCOMPARE(events->value(row, DashboardTables::AttRegistered).toInt(), e.registered);
        }
    }

    void displayFollowsTheLocale()
    {
        FigureTableModel model;
        model.setColumns({{QStringLiteral("Month"), FigureTableModel::Kind::Month},
                          {QStringLiteral("Count"), FigureTableModel::Kind::Count},
                          {QStringLiteral("Share"), FigureTableModel::Kind::Percent}});
        model.setRows({{QDate(2026, 5, 1), 12345, 0.4256}, {QDate(2026, 6, 1), 0, QVariant()}});
        QCOMPARE(model.text(0, 1), QStringLiteral("12,345"));
        QCOMPARE(model.text(0, 2), QStringLiteral("42.6%"));
        QCOMPARE(model.text(1, 2), QString());
        QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        const QList<QStringList> plain = model.plainRows();
        QCOMPARE(plain.size(), 3);
        QCOMPARE(plain.at(1),
                 (QStringList{QStringLiteral("2026-05"), QStringLiteral("12345"), QStringLiteral("42.6")}));
        QCOMPARE(plain.at(2).at(2), QString());
    }

    void chartsKeepEveryRowEvenOnTheSameDay()
    {
        FigureTableModel model;
        model.setColumns({{QStringLiteral("Date"), FigureTableModel::Kind::Day},
                          {QStringLiteral("Came"), FigureTableModel::Kind::Count}});
        model.setRows({{QDate(2026, 11, 19), 9}, {QDate(2026, 11, 19), 8}, {QDate(2026, 11, 26), 11}});
        DashboardCharts::Bars spec;
        spec.valueColumns = {1};
        std::unique_ptr<QChart> chart(DashboardCharts::bars(model, spec));
        const auto axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
        QVERIFY(categories);
        QCOMPARE(categories->count(), 3);
        QCOMPARE(categories->at(0), QStringLiteral("11/19"));
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QCOMPARE(bars->barSets().first()->count(), 3);
        QCOMPARE(bars->barSets().first()->at(1), 8.0);
    }

    void tilesAgreeWithTheStatsAndTheCommandLine()
    {
        CommunityTotals totals;
        {
            auto workspace = test::openWorkspace(m_path);
            QUndoStack undo;
            DashboardPage page(*workspace, undo);
            page.periodBar()->setToday(m_today);
            page.periodBar()->setPreset(PeriodBar::AllTime);
            page.refresh();
            const auto computed = workspace->stats().totals(StatsPeriod::allTime(), m_today);
            QVERIFY(computed.ok());
            totals = *computed;
            const QLocale locale;
            QCOMPARE(page.tileText(QStringLiteral("activeMembers")), locale.toString(totals.activeMembers));
            QCOMPARE(page.tileText(QStringLiteral("joined")), locale.toString(totals.joined));
            QCOMPARE(page.tileText(QStringLiteral("events")), locale.toString(totals.events));
            QCOMPARE(page.tileText(QStringLiteral("attendance")), locale.toString(totals.attendance));
            QVERIFY(totals.events > 20); // the demo's two years of history
        }                                // the command below needs the file closed

        // The command line prints the same totals for the same period.
        const test::CommandRun run = test::runOffkai({QStringLiteral("--db"), m_path, QStringLiteral("stats"),
                                                      QStringLiteral("--to"), m_today.toString(Qt::ISODate),
                                                      QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QVERIFY2(byId.contains(QStringLiteral("events.held")), run.out.constData());
        const auto valueOf = [&byId](const char *id) {
            return byId.value(QLatin1String(id)).value(QStringLiteral("value")).toInt();
        };
        QCOMPARE(valueOf("events.held"), totals.events);
        QCOMPARE(valueOf("events.attendance"), totals.attendance);
        QCOMPARE(valueOf("members.active"), totals.activeMembers);
        QCOMPARE(valueOf("members.joined"), totals.joined);
    }

    void switchingThePeriodRecomputes()
    {
        auto workspace = test::openWorkspace(m_path);
        QUndoStack undo;
        DashboardPage page(*workspace, undo);
        page.periodBar()->setToday(m_today);
        page.periodBar()->setPreset(PeriodBar::AllTime);
        page.refresh();
        const int allTime = page.figures().table(Table::EventsPerMonth)->rowCount();
        page.periodBar()->setPreset(PeriodBar::ThisYear);
        QCOMPARE(page.figures().period().from, QDate(2026, 1, 1));
        const int thisYear = page.figures().table(Table::EventsPerMonth)->rowCount();
        QVERIFY2(thisYear <= 12, qPrintable(QString::number(thisYear)));
        QVERIFY(allTime >= thisYear);
        // A custom range with no events shows empty tables and zero tiles, not an error.
        page.periodBar()->setCustomRange(QDate(2001, 1, 1), QDate(2001, 1, 31));
        QCOMPARE(page.figures().table(Table::Attendance)->rowCount(), 0);
        QCOMPARE(page.tileText(QStringLiteral("events")), QStringLiteral("0"));
        // The filter offers the demo's series and event types.
        QVERIFY(page.periodBar()->filterBox()->count() > 2);
    }

    void cardsSavePngSvgAndCsv()
    {
        auto workspace = test::openWorkspace(m_path);
        QUndoStack undo;
        DashboardPage page(*workspace, undo);
        page.resize(1180, 900);
        page.periodBar()->setToday(m_today);
        page.periodBar()->setPreset(PeriodBar::AllTime);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ChartCard *card = page.card(Table::Members);
        // The figures arrive just after the first paint.
        QTRY_VERIFY(card->model()->rowCount() > 0);
        QVERIFY(card->hasChart());
        QVERIFY(!card->showsTable());
        QVERIFY(card->chartView()->chart()->series().size() >= 2);

        const QString png = m_dir.filePath(QStringLiteral("members.png"));
        QVERIFY(card->savePng(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
        const QString svg = m_dir.filePath(QStringLiteral("members.svg"));
        QVERIFY(card->saveSvg(svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QVERIFY(!card->savePng(m_dir.filePath(QStringLiteral("missing-folder/members.png"))));

        card->copyCsv();
        const QStringList lines =
            QApplication::clipboard()->text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), card->model()->rowCount() + 1);
        QCOMPARE(lines.first(), QStringLiteral("Month,Joined,Left,Members"));

        // The table is one click away and shows the same model.
        card->setShowsTable(true);
        QVERIFY(card->showsTable());
        QCOMPARE(card->tableView()->model(), card->model());
        // A table-only card has no chart toggle.
        QVERIFY(!page.card(Table::Cohorts)->hasChart());
        QVERIFY(page.card(Table::Cohorts)->showsTable());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
