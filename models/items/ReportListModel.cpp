#include "ReportListModel.h"

#include "records/Event.h"

#include <QLocale>

namespace offkai {

ReportListModel::ReportListModel(ReportStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &ReportStore::reportInserted, this, &ReportListModel::reload);
    connect(&m_store, &ReportStore::reportRemoved, this, &ReportListModel::reload);
    connect(&m_store, &ReportStore::reportUpdated, this, &ReportListModel::refreshRow);
    connect(&m_store, &ReportStore::reportSaved, this, &ReportListModel::refreshRow);
    connect(&m_store, &ReportStore::publicationsChanged, this, &ReportListModel::refreshRow);
    reload();
}

bool ReportListModel::before(const ReportListRow &a, const ReportListRow &b)
{
    // Newest event first; reports of events without a day after the dated ones; then newest report.
    if (a.eventStart.isValid() != b.eventStart.isValid())
        return a.eventStart.isValid();
    if (a.eventStart != b.eventStart)
        return a.eventStart > b.eventStart;
    return a.id > b.id;
}

void ReportListModel::reload()
{
    auto rows = m_store.list();
    beginResetModel();
    m_rows.clear();
    if (rows) {
        m_rows = *rows;
        std::stable_sort(m_rows.begin(), m_rows.end(), before);
        m_lastError = {};
    } else {
        m_lastError = rows.error();
    }
    endResetModel();
    if (!rows)
        Q_EMIT errorOccurred(rows.error());
}

void ReportListModel::refreshRow(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        reload();
        return;
    }
    auto rows = m_store.list(id);
    if (!rows) {
        m_lastError = rows.error();
        Q_EMIT errorOccurred(rows.error());
        return;
    }
    if (rows->isEmpty()) {
        reload();
        return;
    }
    m_rows[row] = rows->constFirst();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ReportListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportListRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == EventIdRole)
        return r.eventId;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && r.publications > 0)
        return tr("Published to %n blog(s)", nullptr, r.publications);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return r.title.isEmpty() ? tr("(untitled)") : r.title;
    case EventColumn:
        return r.eventTitle;
    case DateColumn:
        return r.eventStart.isValid() ? Event::dateText(r.eventStart.date(), QLocale()) : QString();
    case AuthorColumn:
        return r.authorName;
    case StatusColumn:
        return Report::statusLabel(r.status);
    default:
        return {};
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case EventColumn:
        return tr("Event");
    case DateColumn:
        return tr("Date");
    case AuthorColumn:
        return tr("Author");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace offkai
