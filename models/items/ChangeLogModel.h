#pragma once

#include "records/ChangeLogEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace offkai {

/// A team database's change log as a table: when, who, what kind of record, which one, and how it changed
/// (ChangeLog::latest), newest first. Times in the locale's format and the computer's time zone.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        OrganizerColumn,
        KindColumn,
        RecordColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit ChangeLogModel(QObject *parent = nullptr);

    void setEntries(QList<ChangeLogEntry> entries);
    const QList<ChangeLogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChangeLogEntry> m_entries;
};

} // namespace offkai
