#pragma once

#include "core/Error.h"
#include "stores/ReportStore.h"

#include <QAbstractTableModel>

namespace offkai {

/// The reports list, newest event first. A community writes a few reports a month, so the rows are held
/// in memory and refreshed row by row as the store announces changes (selection survives autosaves).
class ReportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        EventColumn,
        DateColumn,
        AuthorColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EventIdRole
    };

    explicit ReportListModel(ReportStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const { return m_rows.at(row).id; }
    const ReportListRow &rowAt(int row) const { return m_rows.at(row); }
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);

private:
    void refreshRow(qint64 id);
    static bool before(const ReportListRow &a, const ReportListRow &b);

    ReportStore &m_store;
    QList<ReportListRow> m_rows;
    Error m_lastError;
};

} // namespace offkai
