#include "MemberTableModel.h"

#include "stores/MemberBulkActions.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberDuplicates.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/OccupationCatalog.h"

#include <QLocale>
#include <QTimer>

namespace offkai {

MemberTableModel::MemberTableModel(MemberTables &members, QObject *parent)
    : QAbstractTableModel(parent)
    , m_members(members)
    , m_settleTimer(new QTimer(this))
{
    // Right after the first page is shown (the view paints on the events already queued).
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(0);
    connect(m_settleTimer, &QTimer::timeout, this, &MemberTableModel::settleCount);
    const MemberStore &records = m_members.records();
    connect(&records, &MemberStore::memberInserted, this, &MemberTableModel::reload);
    connect(&records, &MemberStore::memberRemoved, this, &MemberTableModel::reload);
    connect(&records, &MemberStore::memberUpdated, this, &MemberTableModel::onUpdated);
    connect(&m_members.bulkWrite(), &MemberBulkWrite::membersReset, this, &MemberTableModel::reload);
    connect(&m_members.actions(), &MemberBulkActions::membersReset, this, &MemberTableModel::reload);
    connect(&m_members.duplicates(), &MemberDuplicates::membersReset, this, &MemberTableModel::reload);
    connect(&m_members.occupations(), &OccupationCatalog::occupationsChanged, this, [this] {
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, OccupationColumn), index(m_count - 1, OccupationColumn));
    });
    reload();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MemberRow *MemberTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = m_members.list().fetch(m_query, page * kPageSize, kPageSize);
        if (!rows) {
            report(rows.error());
            return nullptr;
        }
        while (m_recent.size() >= kMaxPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, std::move(rows).value());
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const int offset = row % kPageSize;
    // The table changed under us (another connection): the count is stale until the next reload.
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == AttendedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != StatusRole &&
        role != OccupationKeyRole && role != JoinedOnRole && role != LastAttendedRole && role != AttendedRole)
        return {};
    const MemberRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case StatusRole:
        return int(r->status);
    case OccupationKeyRole:
        return r->occupation;
    case JoinedOnRole:
        return r->joinedOn;
    case LastAttendedRole:
        return r->lastAttended;
    case AttendedRole:
        return r->attended;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        return r->displayName;
    case ReadingColumn:
        return r->reading;
    case StatusColumn:
        return Member::statusLabel(r->status);
    case OccupationColumn:
        return m_members.occupations().label(r->occupation);
    case AffiliationColumn:
        return r->affiliation;
    case EmailColumn:
        return r->primaryEmail;
    case JoinedColumn:
        return r->joinedOn.isValid() ? QLocale().toString(r->joinedOn, QLocale::ShortFormat) : QString();
    case LastAttendedColumn:
        return r->lastAttended.isValid() ? QLocale().toString(r->lastAttended, QLocale::ShortFormat)
                                         : QString();
    case AttendedColumn:
        return QLocale().toString(r->attended);
    case TagsColumn:
        return r->tags;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == LastAttendedColumn)
            return tr("The day of the latest event the member came to (cancelled events and events "
                      "without a day are not counted)");
        if (section == AttendedColumn)
            return tr("How many events the member came to (cancelled events and events without a day "
                      "are not counted)");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case StatusColumn:
        return tr("Status");
    case OccupationColumn:
        return tr("Occupation");
    case AffiliationColumn:
        return tr("Affiliation");
    case EmailColumn:
        return tr("Email");
    case JoinedColumn:
        return tr("Joined");
    case LastAttendedColumn:
        return tr("Last Attended");
    case AttendedColumn:
        return tr("Events Attended");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    MemberQuery query = m_query;
    switch (column) {
    case NameColumn:
        query.sort = MemberQuery::Sort::Name;
        break;
    case ReadingColumn:
        query.sort = MemberQuery::Sort::Reading;
        break;
    case StatusColumn:
        query.sort = MemberQuery::Sort::Status;
        break;
    case OccupationColumn:
        query.sort = MemberQuery::Sort::Occupation;
        break;
    case AffiliationColumn:
        query.sort = MemberQuery::Sort::Affiliation;
        break;
    case EmailColumn:
        query.sort = MemberQuery::Sort::Email;
        break;
    case JoinedColumn:
        query.sort = MemberQuery::Sort::JoinedOn;
        break;
    case LastAttendedColumn:
        query.sort = MemberQuery::Sort::LastAttended;
        break;
    case AttendedColumn:
        query.sort = MemberQuery::Sort::Attended;
        break;
    default:
        return;
    }
    query.order = order;
    setQuery(query);
}

void MemberTableModel::setQuery(const MemberQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void MemberTableModel::setSearchText(const QString &text)
{
    MemberQuery query = m_query;
    query.search = text;
    setQuery(query);
}

void MemberTableModel::reload()
{
    auto count = m_members.list().firstCount(m_query);
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = count ? count->rows : 0;
    m_countExact = !count || count->exact;
    endResetModel();
    if (!count)
        report(count.error());
    if (m_countExact)
        m_settleTimer->stop();
    else
        m_settleTimer->start();
}

void MemberTableModel::settleCount()
{
    if (m_countExact)
        return;
    auto count = m_members.list().count(m_query);
    if (!count)
        return report(count.error());
    m_countExact = true;
    // The first count stopped early: the rest of the rows come after the ones shown.
    if (*count > m_count) {
        beginInsertRows({}, m_count, *count - 1);
        m_count = *count;
        endInsertRows();
    } else if (*count < m_count) {
        beginRemoveRows({}, *count, m_count - 1);
        m_count = *count;
        endRemoveRows();
    }
    Q_EMIT countSettled();
}

void MemberTableModel::refreshEngagement()
{
    const bool ordersOrFilters = m_query.notSeenMonths > 0 ||
                                 m_query.sort == MemberQuery::Sort::LastAttended ||
                                 m_query.sort == MemberQuery::Sort::Attended;
    if (ordersOrFilters)
        return reload();
    // The rows and their order stay: only the loaded figures are stale.
    m_pages.clear();
    m_recent.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, LastAttendedColumn), index(m_count - 1, AttendedColumn));
}

qint64 MemberTableModel::idAt(int row) const
{
    const MemberRow *r = rowAt(row);
    return r ? r->id : 0;
}

int MemberTableModel::loadedRowOf(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * kPageSize + int(i);
        }
    }
    return -1;
}

int MemberTableModel::loadedRowCount() const
{
    qsizetype n = 0;
    for (const QList<MemberRow> &page : std::as_const(m_pages))
        n += page.size();
    return int(n);
}

void MemberTableModel::onUpdated(qint64 id)
{
    const int row = loadedRowOf(id);
    if (row < 0)
        return;
    auto fresh = m_members.list().fetchRow(m_query, id);
    if (!fresh)
        return report(fresh.error());
    if (!*fresh) {
        // It no longer matches the search or a filter.
        reload();
        return;
    }
    m_pages[row / kPageSize][row % kPageSize] = **fresh;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MemberTableModel::report(const Error &error) const
{
    m_lastError = error;
    Q_EMIT const_cast<MemberTableModel *>(this)->errorOccurred(error);
}

} // namespace offkai
