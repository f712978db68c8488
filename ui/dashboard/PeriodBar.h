#pragma once

#include "records/StatsFigures.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace offkai {

class Workspace;

/// Chooses what the dashboard counts: a period (this year, the last 12 months, all time or custom days)
/// and optionally one series or one event type.
class PeriodBar : public QWidget
{
    Q_OBJECT
public:
    enum Preset
    {
        ThisYear,
        Last12Months,
        AllTime,
        Custom
    };

    PeriodBar(Workspace &workspace, QWidget *parent = nullptr);

    StatsPeriod period() const;
    /// The day the presets count back from (today; tests set it).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    void setPreset(Preset preset);
    Preset preset() const;
    void setCustomRange(QDate from, QDate to);
    /// Shows the days a preset stands for (for all time: from the first record).
    void showResolved(const StatsPeriod &resolved);
    /// Reloads the series and event types offered by the filter, keeping the choice when it still exists.
    void reloadFilters();
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *filterBox() const { return m_filter; }

Q_SIGNALS:
    void periodChanged();

private:
    void presetChosen();
    void showRange();

    Workspace &m_workspace;
    QDate m_today;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_filter = nullptr;
    bool m_updating = false;
};

} // namespace offkai
