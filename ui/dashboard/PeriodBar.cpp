#include "PeriodBar.h"

#include "records/Event.h"
#include "records/Series.h"
#include "stores/EventStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace offkai {

namespace {

constexpr int KindRole = Qt::UserRole + 1; // 0: everything, 1: a series id, 2: an event type key
constexpr int ValueRole = Qt::UserRole + 2;

} // namespace

PeriodBar::PeriodBar(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_today(QDate::currentDate())
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItem(tr("This year"));
    m_preset->addItem(tr("Last 12 months"));
    m_preset->addItem(tr("All time"));
    m_preset->addItem(tr("Custom"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("periodFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto *filterLabel = new QLabel(tr("E&vents:"), this);
    filterLabel->setBuddy(m_filter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filter);
    layout->addStretch(1);

    reloadFilters();
    m_preset->setCurrentIndex(Last12Months);
    showRange();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodBar::presetChosen);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT periodChanged();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            if (preset() != Custom) {
                const QSignalBlocker blocker(m_preset);
                m_preset->setCurrentIndex(Custom);
            }
            Q_EMIT periodChanged();
        });
    }
}

void PeriodBar::reloadFilters()
{
    m_updating = true;
    const QVariant kind = m_filter->currentData(KindRole);
    const QVariant value = m_filter->currentData(ValueRole);
    m_filter->clear();
    m_filter->addItem(tr("All events"));
    m_filter->setItemData(0, 0, KindRole);
    if (const auto series = m_workspace.series().all(); series) {
        for (const Series &s : *series) {
            m_filter->addItem(tr("Series: %1").arg(s.title));
            m_filter->setItemData(m_filter->count() - 1, 1, KindRole);
            m_filter->setItemData(m_filter->count() - 1, s.id, ValueRole);
        }
    }
    if (const auto types = m_workspace.events().types(); types) {
        for (const EventType &t : *types) {
            m_filter->addItem(tr("Type: %1").arg(t.displayName()));
            m_filter->setItemData(m_filter->count() - 1, 2, KindRole);
            m_filter->setItemData(m_filter->count() - 1, t.key, ValueRole);
        }
    }
    int keep = 0;
    for (int i = 0; i < m_filter->count(); ++i) {
        if (m_filter->itemData(i, KindRole) == kind && m_filter->itemData(i, ValueRole) == value)
            keep = i;
    }
    m_filter->setCurrentIndex(keep);
    m_updating = false;
}

void PeriodBar::setToday(QDate today)
{
    m_today = today;
    showRange();
}

void PeriodBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(preset);
}

PeriodBar::Preset PeriodBar::preset() const
{
    return Preset(m_preset->currentIndex());
}

void PeriodBar::setCustomRange(QDate from, QDate to)
{
    m_updating = true;
    m_preset->blockSignals(true);
    m_preset->setCurrentIndex(Custom);
    m_preset->blockSignals(false);
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    Q_EMIT periodChanged();
}

void PeriodBar::showResolved(const StatsPeriod &resolved)
{
    if (preset() == Custom)
        return;
    m_updating = true;
    m_from->setDate(resolved.from);
    m_to->setDate(resolved.to);
    m_updating = false;
}

void PeriodBar::presetChosen()
{
    showRange();
    Q_EMIT periodChanged();
}

void PeriodBar::showRange()
{
    StatsPeriod shown;
    switch (preset()) {
    case ThisYear:
        shown = StatsPeriod::thisYear(m_today);
        break;
    case Last12Months:
        shown = StatsPeriod::last12Months(m_today);
        break;
    case AllTime:
    case Custom:
        return; // all time shows no dates; custom keeps what the user typed
    }
    m_updating = true;
    m_from->setDate(shown.from);
    m_to->setDate(shown.to.isValid() ? shown.to : m_today);
    m_updating = false;
}

StatsPeriod PeriodBar::period() const
{
    StatsPeriod p;
    switch (preset()) {
    case ThisYear:
        p = StatsPeriod::thisYear(m_today);
        break;
    case Last12Months:
        p = StatsPeriod::last12Months(m_today);
        break;
    case AllTime:
        p = StatsPeriod::allTime();
        break;
    case Custom:
        p.from = m_from->date();
        p.to = m_to->date();
        break;
    }
    const int kind = m_filter->currentData(KindRole).toInt();
    if (kind == 1)
        p.seriesId = m_filter->currentData(ValueRole).toLongLong();
    else if (kind == 2)
        p.eventType = m_filter->currentData(ValueRole).toString();
    return p;
}

} // namespace offkai
