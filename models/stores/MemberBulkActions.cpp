#include "MemberBulkActions.h"

#include "MemberSearchIndex.h"
#include "MemberStatements.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace offkai {

MemberBulkActions::MemberBulkActions(MemberStatements &statements, MemberSearchIndex &search, QObject *parent)
    : QObject(parent)
    , m_statements(statements)
    , m_search(search)
{}

Result<void> MemberBulkActions::changeTag(const QList<qint64> &ids, const QString &tag, bool add)
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    if (add && tag.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A tag needs a name."));
    Transaction tx(m_statements.connection());
    if (!tx.isActive())
        return tx.error();
    auto tid = m_statements.tagId(tag, add);
    if (!tid)
        return tid.error();
    QSqlQuery &change = m_statements.cached(
        add ? m_statements.dialect().insertOrIgnore() +
                  QStringLiteral(" member_tags (member_id, tag_id) VALUES (?, ?)") +
                  m_statements.dialect().ignoreConflicts()
            : QStringLiteral("DELETE FROM member_tags WHERE member_id = ? AND tag_id = ?"));
    for (qint64 id : ids) {
        if (auto touched = m_statements.touch(id); !touched)
            return touched;
        if (*tid == 0)
            continue;
        change.addBindValue(id);
        change.addBindValue(*tid);
        if (!change.exec())
            return SqlErrors::fromQuery(change, tr("Could not save the member's tags."));
        if (change.numRowsAffected() == 0)
            continue;
        if (auto refreshed = m_search.refreshTags(id); !refreshed)
            return refreshed;
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

Result<void> MemberBulkActions::addTag(const QList<qint64> &ids, const QString &tag)
{
    return changeTag(ids, tag, true);
}

Result<void> MemberBulkActions::removeTag(const QList<qint64> &ids, const QString &tag)
{
    return changeTag(ids, tag, false);
}

Result<void> MemberBulkActions::setStatus(const QList<qint64> &ids, Member::Status status, const QDate &today)
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    Transaction tx(m_statements.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery &query =
        m_statements.cached(QStringLiteral("UPDATE members SET status = ?, left_on = CASE WHEN ? = 1 THEN "
                                           "coalesce(left_on, ?) ELSE left_on END, "
                                           "updated_at = ? WHERE id = ?"));
    const QString now = SqlValues::now();
    for (qint64 id : ids) {
        query.addBindValue(Member::statusKey(status));
        query.addBindValue(status == Member::Status::Left ? 1 : 0);
        query.addBindValue(today.toString(Qt::ISODate));
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not change the members' status."));
        if (query.numRowsAffected() != 1)
            return MemberStatements::notFound(id);
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

Result<void> MemberBulkActions::approve(const QList<qint64> &ids, const QDateTime &when)
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const QString what = tr("Could not approve the applicants.");
    Transaction tx(m_statements.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery &exists = m_statements.cached(QStringLiteral("SELECT status FROM members WHERE id = ?"));
    QSqlQuery &member = m_statements.cached(QStringLiteral(
        "UPDATE members SET status = 'active', joined_on = coalesce(joined_on, ?), updated_at = ? "
        "WHERE id = ? AND status = 'applicant'"));
    QSqlQuery &profile =
        m_statements.cached(QStringLiteral("UPDATE member_profiles SET approved_at = ? WHERE member_id = ?"));
    const QString approvedAt = when.toUTC().toString(Qt::ISODate);
    const QString joined = when.toLocalTime().date().toString(Qt::ISODate);
    for (qint64 id : ids) {
        exists.addBindValue(id);
        if (!exists.exec())
            return SqlErrors::fromQuery(exists, what);
        const bool found = exists.next();
        const bool applicant = found && exists.value(0).toString() == QLatin1String("applicant");
        exists.finish();
        if (!found)
            return MemberStatements::notFound(id);
        if (!applicant)
            continue;
        member.addBindValue(joined);
        member.addBindValue(SqlValues::now());
        member.addBindValue(id);
        if (!member.exec())
            return SqlErrors::fromQuery(member, what);
        profile.addBindValue(approvedAt);
        profile.addBindValue(id);
        if (!profile.exec())
            return SqlErrors::fromQuery(profile, what);
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

} // namespace offkai
