#include "ChangeLogModel.h"

#include <QLocale>

namespace offkai {

ChangeLogModel::ChangeLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ChangeLogModel::setEntries(QList<ChangeLogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ChangeLogEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case OrganizerColumn:
            return e.organizer;
        case KindColumn:
            return ChangeLogEntry::kindLabel(e.kind);
        case RecordColumn:
            return e.recordText();
        case ChangeColumn:
            return ChangeLogEntry::operationLabel(e.operation);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == WhenColumn)
        return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case OrganizerColumn:
        return tr("Organizer");
    case KindColumn:
        return tr("Kind");
    case RecordColumn:
        return tr("Record");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace offkai
