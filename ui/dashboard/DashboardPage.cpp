#include "DashboardPage.h"
#include "ChartCard.h"
#include "DashboardCharts.h"
#include "PeriodBar.h"

#include "items/FigureTableModel.h"
#include "shell/Icons.h"
#include "stores/EventStore.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace offkai {

using Table = DashboardTables::Table;

namespace {

ChartCard::ChartBuilder barsOf(DashboardCharts::Bars spec)
{
    return [spec](const FigureTableModel &model) {
        return DashboardCharts::bars(model, spec);
    };
}

DashboardCharts::Bars ranked(int maxRows = 10)
{
    DashboardCharts::Bars spec;
    spec.valueColumns = {1};
    spec.horizontal = true;
    spec.maxRows = maxRows;
    return spec;
}

DashboardCharts::Bars rates()
{
    DashboardCharts::Bars spec;
    spec.valueColumns = {3};
    spec.percent = true;
    return spec;
}

} // namespace

DashboardPage::DashboardPage(Workspace &workspace, QUndoStack &, QWidget *parent)
    : Page(parent)
    , m_figures(workspace)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_periodBar = new PeriodBar(workspace, this);
    connect(m_periodBar, &PeriodBar::periodChanged, this, &DashboardPage::refresh);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();

    auto *content = new QWidget;
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(10);
    m_grid->addWidget(createTiles(), 0, 0, 1, 2);

    DashboardCharts::Bars members;
    members.valueColumns = {1, 2};
    members.lineColumn = 3;
    members.lineOwnAxis = true;
    addCard(tr("Members over time"), Table::Members, 1, 0, barsOf(members));
    DashboardCharts::Bars perMonth;
    perMonth.valueColumns = {1};
    perMonth.lineColumn = 2;
    perMonth.lineOwnAxis = true;
    addCard(tr("Events and attendance per month"), Table::EventsPerMonth, 1, 1, barsOf(perMonth));
    DashboardCharts::Bars attendance;
    attendance.categoryColumn = DashboardTables::AttDate;
    attendance.valueColumns = {DashboardTables::AttCame, DashboardTables::AttNoShows};
    attendance.stacked = true;
    attendance.lineColumn = DashboardTables::AttCapacity;
    addCard(tr("Attendance per event"), Table::Attendance, 2, 0, barsOf(attendance));
    addCard(tr("Who keeps coming: new members who came to an event"), Table::Cohorts, 2, 1);
    addCard(tr("No-show rate by event type"), Table::NoShowsByType, 3, 0, barsOf(rates()));
    addCard(tr("No-show rate by how far ahead people registered"), Table::NoShowsByLead, 3, 1,
            barsOf(rates()));

    m_mixCard = addCard(tr("Who attends"), Table::Occupations, 4, 0, barsOf(ranked(12)));
    m_mixField = new QComboBox(m_mixCard);
    m_mixField->setAccessibleName(tr("Attendees by"));
    m_mixField->addItem(tr("By occupation"), int(Table::Occupations));
    m_mixField->addItem(tr("By industry"), int(Table::Industries));
    m_mixField->addItem(tr("By region"), int(Table::Regions));
    m_mixCard->addHeaderWidget(m_mixField);
    connect(m_mixField, &QComboBox::currentIndexChanged, this, &DashboardPage::showMix);
    addCard(tr("Where new members came from"), Table::Referrers, 4, 1, barsOf(ranked()));
    addCard(tr("Talks per speaker"), Table::Speakers, 5, 0, barsOf(ranked()));
    addCard(tr("Next talks of each series"), Table::UpcomingTalks, 5, 1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_periodBar);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);

    m_refreshAction = new QAction(Icons::get(QStringLiteral("view-refresh")), tr("&Refresh Figures"), this);
    ReadOnlyLock::markReading(m_refreshAction);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &DashboardPage::refresh);

    // Any change elsewhere makes the figures stale; they are recomputed when the page is next shown.
    connect(&workspace.participations(), &ParticipationStore::changed, this, &DashboardPage::markStale);
    connect(&workspace.events(), &EventStore::eventInserted, this, &DashboardPage::markStale);
    connect(&workspace.events(), &EventStore::eventUpdated, this, &DashboardPage::markStale);
    connect(&workspace.events(), &EventStore::eventRemoved, this, &DashboardPage::markStale);
    connect(&workspace.events(), &EventStore::typesChanged, this, &DashboardPage::markStale);
    connect(&workspace.members(), &MemberStore::memberInserted, this, &DashboardPage::markStale);
    connect(&workspace.members(), &MemberStore::memberUpdated, this, &DashboardPage::markStale);
    connect(&workspace.members(), &MemberStore::memberRemoved, this, &DashboardPage::markStale);
    connect(&workspace.memberBulkWrite(), &MemberBulkWrite::membersReset, this, &DashboardPage::markStale);
    connect(&workspace.series(), &SeriesStore::seriesChanged, this, &DashboardPage::markStale);
    connect(&workspace.series(), &SeriesStore::seriesRemoved, this, &DashboardPage::markStale);
    connect(&workspace.seriesSlots(), &SeriesSlotStore::slotsChanged, this, &DashboardPage::markStale);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::pageTitle()
{
    return tr("Dashboard");
}

QIcon DashboardPage::pageIcon()
{
    return Icons::get(QStringLiteral("office-chart-bar"));
}

QList<QAction *> DashboardPage::pageActions() const
{
    return {m_refreshAction};
}

ChartCard *DashboardPage::card(Table table) const
{
    if (table == Table::Industries || table == Table::Regions)
        return m_mixCard;
    return m_cardOf.value(int(table));
}

ChartCard *DashboardPage::addCard(const QString &title, Table table, int row, int column,
                                  ChartCard::ChartBuilder builder)
{
    auto *card = new ChartCard(title, m_grid->parentWidget());
    card->setObjectName(QStringLiteral("card%1").arg(int(table)));
    card->setModel(m_figures.table(table), std::move(builder));
    card->setMinimumHeight(300);
    connect(card, &ChartCard::statusMessage, this, &Page::statusMessage);
    m_grid->addWidget(card, row, column);
    m_cards.append(card);
    m_cardOf.insert(int(table), card);
    return card;
}

QWidget *DashboardPage::createTiles()
{
    auto *tiles = new QWidget;
    auto *layout = new QHBoxLayout(tiles);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QString, QString>> names = {
        {QStringLiteral("activeMembers"), tr("Members")},
        {QStringLiteral("joined"), tr("New members")},
        {QStringLiteral("left"), tr("Left")},
        {QStringLiteral("applicants"), tr("Applicants waiting")},
        {QStringLiteral("events"), tr("Events held")},
        {QStringLiteral("attendance"), tr("Attendance")},
        {QStringLiteral("repeatRate"), tr("Came twice or more")},
    };
    for (const auto &[name, caption] : names) {
        auto *frame = new QFrame(tiles);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        auto *value = new QLabel(frame);
        value->setObjectName(name);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        auto *label = new QLabel(caption, frame);
        value->setAccessibleDescription(caption);
        v->addWidget(value);
        v->addWidget(label);
        layout->addWidget(frame, 1);
        m_tiles.insert(name, value);
    }
    return tiles;
}

void DashboardPage::setTile(const QString &name, const QString &value, const QString &toolTip)
{
    QLabel *label = m_tiles.value(name);
    label->setText(value);
    label->setAccessibleName(value);
    label->parentWidget()->setToolTip(toolTip);
}

QString DashboardPage::tileText(const QString &name) const
{
    const QLabel *label = m_tiles.value(name);
    return label ? label->text() : QString();
}

void DashboardPage::showMix()
{
    const auto table = Table(m_mixField->currentData().toInt());
    m_mixCard->setModel(m_figures.table(table), barsOf(ranked(12)));
}

void DashboardPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

bool DashboardPage::event(QEvent *event)
{
    // The figures are computed just after the page is first painted, so that opening the window (the
    // dashboard is the first page) is not held up by the queries.
    if (event->type() == QEvent::Paint && m_stale && !m_refreshQueued) {
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_refreshQueued = false;
            if (m_stale)
                refresh();
        });
    }
    return Page::event(event);
}

void DashboardPage::refresh()
{
    m_stale = false;
    const QDate today = m_periodBar->today();
    const StatsPeriod period = m_periodBar->period();
    if (auto loaded = m_figures.reload(period, today); !loaded) {
        m_error->setText(loaded.error().message());
        m_error->show();
        return;
    }
    m_error->hide();
    m_periodBar->showResolved(m_figures.period());
    const QLocale locale;
    const CommunityTotals &t = m_figures.totals();
    const MemberGrowth &g = m_figures.growth();
    const RepeatRate &r = m_figures.repeatRate();
    setTile(QStringLiteral("activeMembers"), locale.toString(t.activeMembers),
            g.withoutJoinDate > 0 ? tr("%n member(s) without a join date are counted here but not by month.",
                                       nullptr, g.withoutJoinDate)
                                  : QString());
    setTile(QStringLiteral("joined"), locale.toString(t.joined));
    setTile(QStringLiteral("left"), locale.toString(t.left));
    setTile(QStringLiteral("applicants"), locale.toString(g.applicantsWaiting));
    setTile(QStringLiteral("events"), locale.toString(t.events));
    setTile(QStringLiteral("attendance"), locale.toString(t.attendance),
            tr("%n different member(s) came.", nullptr, t.distinctAttendees));
    setTile(QStringLiteral("repeatRate"),
            r.attendees > 0 ? locale.toString(r.rate() * 100.0, 'f', 1) + locale.percent() : tr("—"),
            tr("%1 of %n attendee(s) came to two or more events.", nullptr, r.attendees)
                .arg(locale.toString(r.repeaters)));
    if (ChartCard *referrers = card(Table::Referrers))
        referrers->setNote(g.joined > 0
                               ? tr("%1 of %n new member(s) were brought by a member.", nullptr, g.joined)
                                     .arg(locale.toString(g.referredJoined))
                               : QString());
}

} // namespace offkai
