#include "MemberList.h"

#include "MemberEngagement.h"
#include "MemberSearchIndex.h"
#include "MemberStatements.h"
#include "records/Member.h"
#include "records/Occupation.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "text/TextNormalizer.h"

#include <algorithm>
#include <QSqlQuery>

namespace offkai {

namespace {

/// The row MemberListQuery::rowColumns selects.
MemberRow rowOf(const QSqlQuery &query)
{
    MemberRow r;
    r.id = query.value(0).toLongLong();
    r.displayName = query.value(1).toString();
    r.reading = query.value(2).toString();
    r.primaryEmail = query.value(3).toString();
    r.affiliation = query.value(4).toString();
    r.occupation = query.value(5).toString();
    r.status = Member::statusFromKey(query.value(6).toString()).value_or(Member::Status::Active);
    r.joinedOn = SqlValues::toDate(query.value(7));
    r.tags = query.value(8).toString();
    r.lastAttended = MemberEngagement::dayOf(query.value(9));
    r.attended = query.value(10).toInt();
    return r;
}

} // namespace

MemberList::MemberList(MemberStatements &statements, const MemberSearchIndex &search)
    : m_statements(statements)
    , m_search(search)
{}

bool MemberList::hasFullTextSearch() const
{
    return m_search.hasFullTextSearch();
}

MemberListQuery MemberList::listQuery() const
{
    // The occupations by the names the organizer sees (the catalogue's label or the built-in name in the
    // current language) and, for built-in ones, by their key. On a team database they are read once and
    // remembered until the catalogue changes (here, or by another organizer: its notice says so), which
    // saves a round trip before each statement. A file is read each time: another window on the same
    // file gets no notice, and the read costs nothing there. A failed read is not remembered.
    QList<MemberListQuery::OccupationName> occupations;
    if (m_occupations) {
        occupations = *m_occupations;
    } else {
        QSqlQuery &query = m_statements.cached(QStringLiteral("SELECT key, label FROM occupations"));
        if (query.exec()) {
            while (query.next()) {
                Occupation o;
                o.key = query.value(0).toString();
                o.label = query.value(1).toString();
                QStringList names{o.displayLabel()};
                if (!o.key.startsWith(QLatin1String("custom_")))
                    names.append(o.key);
                for (const QString &name : std::as_const(names)) {
                    QStringList tokens;
                    for (const QStringList &term : TextNormalizer::queryTerms(name))
                        tokens += term;
                    if (!tokens.isEmpty())
                        occupations.append({o.key, tokens});
                }
            }
            if (m_statements.dialect().isPostgreSql())
                m_occupations = occupations;
        }
        query.finish();
    }
    MemberListQuery list(
        m_search.hasFullTextSearch(),
        [this](const QString &key, const QString &sql, const QVariant &value) {
            return m_search.estimate(key, sql, value);
        },
        occupations, m_statements.dialect());
    list.setStatistics(m_search.statistics());
    return list;
}

MemberList::Statement MemberList::fetchStatement(const MemberQuery &q, int offset, int limit) const
{
    return listQuery().fetchStatement(q, offset, limit);
}

MemberList::Statement MemberList::countStatement(const MemberQuery &q) const
{
    return listQuery().countStatement(q);
}

MemberList::Statement MemberList::firstCountStatement(const MemberQuery &q) const
{
    const MemberListQuery list = listQuery();
    if (list.countIsRemembered(q) && !q.search.trimmed().isEmpty()) {
        if (const int cap = list.firstCountCap(q); cap > 0)
            return list.cappedCountStatement(q, cap);
    }
    return list.countStatement(q);
}

Result<MemberList::FirstCount> MemberList::firstCount(const MemberQuery &q) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const MemberListQuery list = listQuery();
    if (list.countIsRemembered(q) && !q.search.trimmed().isEmpty()) {
        // A search: the exact count if remembered, else counted up to firstCountCap: the share that
        // decides the plan of the first page (fetchStatement reads the same remembered count), or, where
        // the statistics decide it, a few screens.
        const Statement exact = list.countStatement(q);
        const QString exactKey = MemberListQuery::rememberedKey(exact);
        if (const int n = m_search.remembered(exactKey); n >= 0)
            return FirstCount{n, true};
        if (const int cap = list.firstCountCap(q); cap > 0) {
            const Statement capped = list.cappedCountStatement(q, cap);
            const int n =
                m_search.estimate(MemberListQuery::rememberedKey(capped), capped.sql, capped.values.value(0));
            if (n >= 0 && n < cap) {
                m_search.remember(exactKey, n);
                return FirstCount{n, true};
            }
            if (n >= 0)
                return FirstCount{n, false};
        }
    }
    // A filter or no search: counted exactly, with the occupations already read above.
    auto n = countWith(list, q);
    if (!n)
        return n.error();
    return FirstCount{*n, true};
}

bool MemberList::countIsRemembered(const MemberQuery &q) const
{
    return listQuery().countIsRemembered(q);
}

Result<QList<MemberRow>> MemberList::fetch(const MemberQuery &q, int offset, int limit) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const Statement s = fetchStatement(q, std::max(0, offset), std::max(0, limit));
    QSqlQuery &query = m_statements.cached(s.sql);
    for (const QVariant &value : s.values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the members."));
    QList<MemberRow> rows;
    rows.reserve(limit);
    while (query.next())
        rows.append(rowOf(query));
    query.finish();
    return rows;
}

Result<int> MemberList::count(const MemberQuery &q) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    return countWith(listQuery(), q);
}

Result<int> MemberList::countWith(const MemberListQuery &list, const MemberQuery &q) const
{
    const Statement s = list.countStatement(q);
    if (list.countIsRemembered(q) && s.values.size() <= 1) {
        if (const int n = m_search.estimate(MemberListQuery::rememberedKey(s), s.sql, s.values.value(0));
            n >= 0)
            return n;
    }
    QSqlQuery &query = m_statements.cached(s.sql);
    for (const QVariant &value : s.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not count the members."));
    const int n = query.value(0).toInt();
    query.finish();
    return n;
}

Result<int> MemberList::position(const MemberQuery &q, qint64 id) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const Statement s = listQuery().positionStatement(q, id);
    QSqlQuery &query = m_statements.cached(s.sql);
    for (const QVariant &value : s.values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the members."));
    const int row = query.next() ? query.value(0).toInt() : -1;
    query.finish();
    return row;
}

Result<std::optional<MemberRow>> MemberList::fetchRow(const MemberQuery &q, qint64 id) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    Statement s;
    bool needsProfile = true;
    QString where = listQuery().whereClause(q, s.values, needsProfile);
    where +=
        (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("m.id = ?");
    s.values.append(id);
    QSqlQuery query(m_statements.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + MemberListQuery::rowColumns(m_statements.dialect()) +
                  QStringLiteral(" FROM members m JOIN member_profiles p ON p.member_id = m.id") + where);
    for (const QVariant &value : std::as_const(s.values))
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the members."));
    if (!query.next())
        return std::optional<MemberRow>();
    return std::optional<MemberRow>(rowOf(query));
}

} // namespace offkai
