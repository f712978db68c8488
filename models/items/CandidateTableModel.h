#pragma once

#include "core/Error.h"
#include "stores/SeriesSlotStore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>

namespace offkai {

class EventStore;
class SeriesStore;

/// The next candidate dates of one series (SeriesSlotStore::candidates): when, the speaker slotted there,
/// the date's state (free, slotted, skipped for a public holiday or confirmed as an event) in a column of
/// its own, and the speaker's topic.
/// Read-only; it follows the series store's seriesChanged and seriesRemoved signals, and the event store's (a
/// confirmed event deleted or brought back) when given one.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        SpeakerColumn, ///< the speaker's name, empty when none
        StateColumn,   ///< "Free", "Slotted", "Confirmed as an event", "Skipped: 文化の日"
        TopicColumn,
        ColumnCount
    };
    enum Role
    {
        OccurrenceDateRole = Qt::UserRole + 1, ///< QDate: the date the rule gives (the slot's key)
        StartRole,                             ///< QDateTime: when it is held (after moves)
        MemberIdRole,                          ///< qint64: the slotted speaker, 0 when none
        EventIdRole,                           ///< qint64: the event it was confirmed as, 0 when none
        StateRole                              ///< CandidateTableModel::State as int
    };
    enum class State
    {
        Free,
        Speaker,
        HolidaySkipped,
        Confirmed
    };

    CandidateTableModel(SeriesStore &series, SeriesSlotStore &slots, EventStore *events = nullptr,
                        QObject *parent = nullptr);

    /// Shows the next `count` candidates of series `seriesId` (0: none) on or after from().
    void setSeries(qint64 seriesId);
    qint64 seriesId() const { return m_seriesId; }
    void setCount(int count);
    int count() const { return m_count; }
    /// The first day listed; today unless set (tests pin it).
    void setFrom(const QDate &from);
    QDate from() const;
    void setLocale(const QLocale &locale);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Candidate &candidateAt(int row) const { return m_rows.at(row); }
    /// The row of the candidate whose rule date is `occurrenceDate`, or -1.
    int rowOf(const QDate &occurrenceDate) const;
    static State stateOf(const Candidate &candidate);
    /// "Tue, Feb 10, 2026 20:00" / "2026年2月10日(火) 20:00".
    static QString whenText(const QDateTime &start, const QLocale &locale);
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);

private:
    QString stateText(const Candidate &candidate) const;

    SeriesSlotStore &m_slots;
    qint64 m_seriesId = 0;
    int m_count = 8;
    QDate m_from;
    QLocale m_locale;
    QList<Candidate> m_rows;
    Error m_lastError;
};

} // namespace offkai
