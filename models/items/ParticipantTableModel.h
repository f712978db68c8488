#pragma once

#include "core/Error.h"
#include "records/ParticipantRow.h"

#include <optional>
#include <QAbstractTableModel>
#include <QTimeZone>

namespace offkai {

class ParticipationStore;

/// The people of one event, as ParticipationStore::participantsOf orders them (role, then reading).
/// Read-only: the page turns clicks and menu choices into undoable store calls, and the model follows the
/// store's `changed` signal (row-level when the same people remain, so selection survives).
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        // What the door needs first: who, whether they came, when; then the rest.
        NameColumn,
        AttendedColumn,
        CheckedInColumn,
        RsvpColumn,
        RoleColumn,
        DueColumn,
        PaidColumn,
        ReadingColumn,
        AffiliationColumn,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        RsvpRole,  ///< Participation::Rsvp as int
        SearchRole ///< normalized name and reading, for the check-in field
    };

    explicit ParticipantTableModel(ParticipationStore &store, QObject *parent = nullptr);

    /// Shows event `eventId` (0: none); times are shown in `zone`, an empty due amount as `fee`.
    void setEvent(qint64 eventId, const QTimeZone &zone = {}, std::optional<int> fee = std::nullopt);
    qint64 eventId() const { return m_eventId; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const ParticipantRow &rowAt(int row) const { return m_rows.at(row); }
    /// The row of member `memberId`, or -1.
    int rowOf(qint64 memberId) const;
    /// Rows whose name or reading contains `text` (normalized: width, case and kana folded), best first:
    /// matches at the start of the name or reading before the others.
    QList<int> match(const QString &text) const;
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);

private:
    void onChanged(qint64 eventId);

    ParticipationStore &m_store;
    qint64 m_eventId = 0;
    QTimeZone m_zone;
    std::optional<int> m_fee;
    QList<ParticipantRow> m_rows;
    const QList<QString> &keys() const;
    mutable QList<QString> m_keys; ///< normalized "name\nreading" per row, made on first use
    Error m_lastError;
};

} // namespace offkai
