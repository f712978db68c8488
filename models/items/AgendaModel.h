#pragma once

#include "core/Error.h"
#include "stores/EventStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace offkai {

class ParticipationStore;

/// The agenda: events as a list, upcoming (soonest first), past (newest first) or all.
///
/// Events without a fixed day show their range and note; they count as upcoming until their range has
/// passed. Changes announced by the stores update just the rows they touch.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        TitleColumn,
        TypeColumn,
        VenueColumn,
        GoingColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< qint64
        StatusRole,                ///< int(Event::Status)
        TentativeRole,             ///< bool: no fixed day yet
        ColorRole,                 ///< QString "#rrggbb" of the event's type
        FirstDayRole,              ///< QDate
        PastRole,                  ///< bool: over before today
    };
    enum class Filter
    {
        Upcoming,
        Past,
        All
    };

    explicit AgendaModel(EventStore &store, ParticipationStore *participations = nullptr,
                         QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    /// The day that separates upcoming from past (tests pin it; default QDate::currentDate()).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const EventSummary &summaryAt(int row) const { return m_rows.at(row); }
    /// The row of event `id`, or -1.
    int rowOf(qint64 id) const;
    /// Re-reads every event (one query).
    void reload();
    const Error &lastError() const { return m_lastError; }

    /// "2013年9月23日(月)〜30日(月)", "September 2013", or one day: how the agenda writes when an event is.
    static QString dateRangeText(const QDate &from, const QDate &to, const QLocale &locale);
    /// "2013年8月29日(木)" (Event::dateText) in Japanese, "Thu, Aug 29, 2013" in English.
    static QString shortDateText(const QDate &date, const QLocale &locale);

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);

private:
    bool accepts(const EventSummary &event) const;
    bool lessThan(const EventSummary &a, const EventSummary &b) const;
    int insertionRow(const EventSummary &event) const;
    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    void loadTypes();
    void report(const Error &error);
    QString dateText(const EventSummary &event) const;
    QString timeText(const EventSummary &event) const;
    QString goingText(const EventSummary &event) const;

    EventStore &m_store;
    QList<EventSummary> m_rows;
    Filter m_filter = Filter::Upcoming;
    QLocale m_locale;
    QDate m_today;
    QHash<QString, EventType> m_types;
    Error m_lastError;
};

} // namespace offkai
