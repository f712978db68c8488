#pragma once

#include "core/Error.h"
#include "records/MemberQuery.h"
#include "records/MemberRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class QTimer;

namespace offkai {

class MemberTables;

/// The members list over 100,000 members without loading them: rowCount() is a COUNT in SQL and rows
/// are read in pages of kPageSize when the view asks for them, into a small window of pages (the least
/// recently used page is dropped beyond kMaxPages). Search, filters and sorting are the MemberQuery,
/// applied in SQL; changing it re-runs the count and drops the window.
///
/// A search that matches many members (MemberList::firstCount) is counted only that far at first, which
/// is all the first page needs; the exact count follows as soon as the first page is shown (the rest of
/// the rows are inserted then, and countSettled() says so). Typing on in between counts only the last
/// term.
///
/// An edit of a loaded member refreshes its row in place; inserts, deletes and bulk changes reset the
/// model (a count and one page: cheap at any size).
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ReadingColumn,
        StatusColumn,
        OccupationColumn,
        AffiliationColumn,
        EmailColumn,
        JoinedColumn,
        LastAttendedColumn, ///< MemberEngagement's last attendance
        AttendedColumn,     ///< MemberEngagement's events attended
        TagsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,        ///< Member::Status as int
        OccupationKeyRole, ///< the catalogue key
        JoinedOnRole,      ///< QDate
        LastAttendedRole,  ///< QDate, invalid for a member who never came
        AttendedRole,      ///< int
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 6;

    explicit MemberTableModel(MemberTables &members, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts in SQL. The tags column has no order of its own and is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const MemberQuery &query() const { return m_query; }
    void setQuery(const MemberQuery &query);
    void setSearchText(const QString &text);
    /// Re-counts and drops the loaded rows.
    void reload();
    /// Re-reads the engagement columns after attendance or events changed (they are not members'
    /// records, so the stores of the member tables do not signal it); reloads when they order or filter.
    void refreshEngagement();

    /// The member id of `row` (loading its page if needed), or 0.
    qint64 idAt(int row) const;
    /// The row of member `id` among the loaded rows, or -1 (the model does not search unloaded pages).
    int loadedRowOf(qint64 id) const;
    /// How many rows are held in memory now.
    int loadedRowCount() const;
    /// False while rowCount() is a lower bound: the exact count of a search matching many follows.
    bool countIsExact() const { return m_countExact; }
    const Error &lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const offkai::Error &error);
    /// rowCount() became exact (after a first count that stopped early).
    void countSettled();

private:
    /// Counts the rows of the query exactly, after a first count that stopped early.
    void settleCount();
    const MemberRow *rowAt(int row) const;
    void onUpdated(qint64 id);
    void report(const Error &error) const;

    MemberTables &m_members;
    MemberQuery m_query;
    int m_count = 0;
    bool m_countExact = true;
    QTimer *m_settleTimer;
    mutable QHash<int, QList<MemberRow>> m_pages; ///< page number → rows
    mutable QList<int> m_recent;                  ///< page numbers, most recently used last
    mutable Error m_lastError;
};

} // namespace offkai
