#include "VenueTableModel.h"

#include "stores/VenueStore.h"

#include <algorithm>
#include <QLocale>

namespace offkai {

VenueTableModel::VenueTableModel(VenueStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    connect(&m_store, &VenueStore::venueInserted, this, &VenueTableModel::onInserted);
    connect(&m_store, &VenueStore::venueUpdated, this, &VenueTableModel::onUpdated);
    connect(&m_store, &VenueStore::venueRemoved, this, &VenueTableModel::onRemoved);
    reload();
}

int VenueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VenueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VenueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Venue &v = m_rows.at(index.row());
    if (role == IdRole)
        return v.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return v.name;
        case KindColumn:
            return Venue::kindLabel(v.kind);
        case StationColumn:
            return v.nearestStationText();
        case AddressColumn:
            return role == Qt::ToolTipRole ? v.address : v.address.simplified();
        case CapacityColumn:
            if (role == SortRole)
                return v.capacity.value_or(-1);
            return v.capacity ? QLocale().toString(*v.capacity) : QString();
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == CapacityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VenueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StationColumn:
        return tr("Nearest station");
    case AddressColumn:
        return tr("Address");
    case CapacityColumn:
        return tr("Capacity");
    default:
        return {};
    }
}

bool VenueTableModel::lessThan(const Venue &a, const Venue &b) const
{
    int cmp = 0;
    switch (m_sortColumn) {
    case KindColumn:
        cmp = m_collator.compare(Venue::kindLabel(a.kind), Venue::kindLabel(b.kind));
        break;
    case StationColumn:
        cmp = m_collator.compare(a.nearestStationText(), b.nearestStationText());
        break;
    case AddressColumn:
        cmp = m_collator.compare(a.address, b.address);
        break;
    case CapacityColumn:
        cmp = a.capacity.value_or(-1) - b.capacity.value_or(-1);
        break;
    default:
        break;
    }
    if (cmp == 0)
        cmp = m_collator.compare(a.name, b.name);
    if (cmp == 0)
        cmp = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
}

void VenueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_collator.setLocale(QLocale());
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const Venue &a, const Venue &b) { return lessThan(a, b); });
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void VenueTableModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reload();
}

void VenueTableModel::reload()
{
    auto venues = m_store.list(m_search);
    beginResetModel();
    if (venues) {
        m_rows = std::move(venues).value();
        m_collator.setLocale(QLocale());
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const Venue &a, const Venue &b) { return lessThan(a, b); });
    } else {
        m_rows.clear();
    }
    endResetModel();
    if (!venues)
        report(venues.error());
}

int VenueTableModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int VenueTableModel::insertionRow(const Venue &venue) const
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), venue,
                                     [this](const Venue &a, const Venue &b) { return lessThan(a, b); });
    return int(it - m_rows.cbegin());
}

void VenueTableModel::onInserted(qint64 id)
{
    auto match = m_store.matches(id, m_search);
    if (!match)
        return report(match.error());
    if (!*match || rowOf(id) >= 0)
        return;
    auto venue = m_store.get(id);
    if (!venue)
        return report(venue.error());
    const int row = insertionRow(*venue);
    beginInsertRows({}, row, row);
    m_rows.insert(row, *venue);
    endInsertRows();
}

void VenueTableModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    auto match = m_store.matches(id, m_search);
    if (!match)
        return report(match.error());
    if (!*match) {
        if (row >= 0)
            onRemoved(id);
        return;
    }
    if (row < 0)
        return onInserted(id);
    auto venue = m_store.get(id);
    if (!venue)
        return report(venue.error());
    // Take the row out of the ordering, find where the edited venue belongs, and move it there.
    const Venue old = m_rows.takeAt(row);
    const int target = insertionRow(*venue);
    m_rows.insert(row, old);
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = *venue;
    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void VenueTableModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void VenueTableModel::report(const Error &error)
{
    m_lastError = error;
    Q_EMIT errorOccurred(error);
}

} // namespace offkai
