#pragma once

#include "core/Error.h"
#include "records/Venue.h"

#include <QAbstractTableModel>
#include <QCollator>

namespace offkai {

class VenueStore;

/// The venues list: a search filter applied in SQL, a locale-aware sort, and row-level updates as the
/// store announces changes (so selection and scroll position survive edits).
///
/// A community has tens of venues, not thousands, so the matching rows are held in memory; tables that
/// grow large (members) page through SQL instead.
class VenueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StationColumn,
        AddressColumn,
        CapacityColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit VenueTableModel(VenueStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    /// Re-reads everything from the store.
    void reload();

    const Venue &venueAt(int row) const { return m_rows.at(row); }
    /// The row of venue `id`, or -1.
    int rowOf(qint64 id) const;
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);

private:
    void onInserted(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    bool lessThan(const Venue &a, const Venue &b) const;
    int insertionRow(const Venue &venue) const;
    void report(const Error &error);

    VenueStore &m_store;
    QList<Venue> m_rows;
    QString m_search;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;
    Error m_lastError;
};

} // namespace offkai
