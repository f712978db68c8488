#pragma once

#include "core/Error.h"
#include "stores/EventStore.h"

#include <functional>
#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>

namespace offkai {

/// One event as it shows on one day of the month grid: what a chip draws.
struct MonthChip
{
    EventSummary event;
    QString color;                ///< the type's "#rrggbb" from the catalogue
    bool continuesBefore = false; ///< the event also shows on the day before, in the same week
    bool continuesAfter = false;  ///< … and on the day after, in the same week
    bool tentativeRange = false;  ///< an event without a fixed day, shown over its range
    int segmentDay = 0;           ///< the day's place in the chip's line through the week (0: first)
    int segmentDays = 1;          ///< how many days of the week the line covers

    /// True where the chip starts a line of the week (its text is drawn here).
    bool startsSegment() const { return !continuesBefore; }
};

/// The month grid of the calendar: 6 weeks of 7 days starting on the locale's first day of the week.
///
/// Each cell is a day. A month switch is one EventStore::between() query over the 42 days shown; the
/// store's change signals reload the same days, keeping the grid (and the view's selection) in place.
class MonthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        DateRole = Qt::UserRole + 1, ///< QDate of the cell
        EventsRole,                  ///< QList<qint64>: ids of the events shown on the day, in chip order
        ChipsRole,                   ///< QList<MonthChip>: the same events with what a chip draws
        InMonthRole,                 ///< bool: the day belongs to the month shown
        IsTodayRole,                 ///< bool
        HolidayRole,                 ///< QString: name of the public holiday, empty when none
        WeekendRole,                 ///< int: 0 weekday, 6 Saturday, 7 Sunday
    };
    static constexpr int Weeks = 6;
    static constexpr int DaysPerWeek = 7;

    explicit MonthModel(EventStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows `month` (1–12) of `year`: one query.
    void setMonth(int year, int month);
    int year() const { return m_year; }
    int month() const { return m_month; }
    /// The month after (`delta` > 0) or before the one shown.
    void stepMonth(int delta);
    /// The locale decides the first day of the week and the weekday names (default: QLocale()).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    /// The day highlighted as today (tests pin it; default QDate::currentDate()).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    /// Adds computed lines to the events of the days shown (the planned occurrences of series).
    using LineSource = std::function<Result<QList<EventSummary>>(const QDate &from, const QDate &to)>;
    void setPlannedSource(LineSource source);
    /// Names public holidays; called for each day shown.
    void setHolidayLookup(std::function<QString(const QDate &)> lookup);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(Weeks * DaysPerWeek - 1); }
    QDate dateAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QDate &date) const;
    /// The chips of `date` (empty outside the grid).
    QList<MonthChip> chipsOn(const QDate &date) const;
    /// Re-reads the days shown from the store (one query).
    void reload();
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);

private:
    void load();
    void loadTypes();
    void emitAllChanged();
    QString colorOf(const QString &type) const;

    EventStore &m_store;
    QLocale m_locale;
    QDate m_today;
    int m_year = 0;
    int m_month = 0;
    QDate m_first;
    QList<EventSummary> m_events;
    /// For each of the 42 days, indices into m_events in chip order.
    QList<QList<int>> m_days;
    QHash<QString, QString> m_colors;
    std::function<QString(const QDate &)> m_holidays;
    LineSource m_planned;
    Error m_lastError;
};

} // namespace offkai

Q_DECLARE_METATYPE(offkai::MonthChip)
