#include "MemberDuplicates.h"

#include "MemberSearchText.h"
#include "MemberStatements.h"
#include "MemberStore.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace offkai {

namespace {

int roleRank(const QString &role)
{
    static const QStringList order = {QStringLiteral("attendee"), QStringLiteral("staff"),
                                      QStringLiteral("speaker"), QStringLiteral("host"),
                                      QStringLiteral("organizer")};
    return int(order.indexOf(role));
}

int rsvpRank(const QString &rsvp)
{
    static const QStringList order = {QStringLiteral("declined"), QStringLiteral("waitlisted"),
                                      QStringLiteral("maybe"), QStringLiteral("going")};
    return int(order.indexOf(rsvp));
}

void fill(QString &target, const QString &source)
{
    if (target.trimmed().isEmpty())
        target = source;
}

} // namespace

MemberDuplicates::MemberDuplicates(MemberStatements &statements, MemberStore &store, QObject *parent)
    : QObject(parent)
    , m_statements(statements)
    , m_store(store)
{}

Result<QList<DuplicatePair>> MemberDuplicates::find() const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const QString what = tr("Could not look for duplicate members.");
    QMap<QPair<qint64, qint64>, DuplicatePair::Reasons> found;
    const struct
    {
        const char *sql;
        DuplicatePair::Reason reason;
    } checks[] = {
        {"SELECT DISTINCT a.member_id, b.member_id FROM member_emails a JOIN member_emails b "
         "ON b.email_key = a.email_key AND b.member_id > a.member_id",
         DuplicatePair::Reason::SameEmail},
        {"SELECT a.member_id, b.member_id FROM member_profiles a JOIN member_profiles b "
         "ON b.name_key = a.name_key AND b.member_id > a.member_id WHERE a.name_key <> ''",
         DuplicatePair::Reason::SameName},
        // A non-empty reading_key is also the row's sort_key, which member_profiles_sort indexes.
        {"SELECT a.member_id, b.member_id FROM member_profiles a JOIN member_profiles b "
         "ON b.sort_key = a.sort_key AND b.reading_key = a.reading_key AND b.member_id > a.member_id "
         "WHERE a.reading_key <> ''",
         DuplicatePair::Reason::SameReading},
    };
    QSqlQuery query(m_statements.connection());
    query.setForwardOnly(true);
    for (const auto &check : checks) {
        if (!query.exec(QString::fromLatin1(check.sql)))
            return SqlErrors::fromQuery(query, what);
        while (query.next())
            found[{query.value(0).toLongLong(), query.value(1).toLongLong()}] |= check.reason;
    }
    QList<DuplicatePair> pairs;
    pairs.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        pairs.append({it.key().first, it.key().second, it.value()});
    return pairs;
}

Result<QList<MergeSnapshot::Participation>> MemberDuplicates::participations(const QString &where,
                                                                             const QVariantList &values) const
{
    QSqlQuery query(m_statements.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT event_id, member_id, role, rsvp, attended, walk_in, checked_in_at, "
            "waitlist_order, fee_due, fee_paid, paid_at, note, registered_at FROM participations WHERE ") +
        where + QStringLiteral(" ORDER BY event_id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the member's participations."));
    QList<MergeSnapshot::Participation> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toInt() != 0, query.value(5).toInt() != 0,
                     query.value(6), query.value(7), query.value(8), query.value(9), query.value(10),
                     query.value(11).toString(), query.value(12)});
    }
    return rows;
}

Result<MergeSnapshot> MemberDuplicates::merge(qint64 keepId, qint64 mergeId)
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const QString what = tr("Could not merge the members.");
    if (keepId == mergeId)
        return Error(Error::Code::Invalid, tr("A member cannot be merged with themselves."));
    const QSqlDatabase db = m_statements.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto kept = m_store.get(keepId);
    if (!kept)
        return kept.error();
    auto merged = m_store.get(mergeId);
    if (!merged)
        return merged.error();
    MergeSnapshot snapshot;
    snapshot.kept = *kept;
    snapshot.merged = *merged;
    auto mergedRows = participations(QStringLiteral("member_id = ?"), {mergeId});
    if (!mergedRows)
        return mergedRows.error();
    snapshot.mergedParticipations = *mergedRows;
    auto keptRows = participations(QStringLiteral("member_id = ? AND event_id IN (SELECT event_id FROM "
                                                  "participations WHERE member_id = ?)"),
                                   {keepId, mergeId});
    if (!keptRows)
        return keptRows.error();
    snapshot.keptParticipations = *keptRows;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT member_id FROM member_profiles WHERE referred_by = ? AND member_id <> ? "
                       "ORDER BY member_id"));
    query.addBindValue(mergeId);
    query.addBindValue(keepId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    while (query.next())
        snapshot.referrals.append(query.value(0).toLongLong());
    query.prepare(QStringLiteral("SELECT id FROM reports WHERE author_id = ? ORDER BY id"));
    query.addBindValue(mergeId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    while (query.next())
        snapshot.authoredReports.append(query.value(0).toLongLong());

    // The kept member, with the merged one's details where it has none.
    Member combined = *kept;
    const Member &m = *merged;
    fill(combined.reading, m.reading);
    fill(combined.phone, m.phone);
    fill(combined.line, m.line);
    fill(combined.facebook, m.facebook);
    fill(combined.xHandle, m.xHandle);
    fill(combined.slack, m.slack);
    fill(combined.otherUrl, m.otherUrl);
    fill(combined.affiliation, m.affiliation);
    fill(combined.jobTitle, m.jobTitle);
    fill(combined.occupation, m.occupation);
    fill(combined.industry, m.industry);
    fill(combined.region, m.region);
    fill(combined.introduction, m.introduction);
    fill(combined.skills, m.skills);
    fill(combined.notes, m.notes);
    if (!combined.joinedOn.isValid() || (m.joinedOn.isValid() && m.joinedOn < combined.joinedOn))
        combined.joinedOn = m.joinedOn.isValid() ? m.joinedOn : combined.joinedOn;
    if (!combined.approvedAt.isValid() && combined.status != Member::Status::Applicant)
        combined.approvedAt = m.approvedAt;
    if (combined.referredBy == 0 || combined.referredBy == mergeId)
        combined.referredBy = m.referredBy == keepId ? 0 : m.referredBy;
    if (combined.createdAt.isValid() && m.createdAt.isValid() && m.createdAt < combined.createdAt)
        combined.createdAt = m.createdAt;
    QSet<QString> emailKeys;
    for (const QString &email : std::as_const(combined.emails))
        emailKeys.insert(MemberStore::emailKey(email));
    for (const QString &email : m.emails) {
        if (!emailKeys.contains(MemberStore::emailKey(email))) {
            emailKeys.insert(MemberStore::emailKey(email));
            combined.emails.append(email);
        }
    }
    for (const QString &tag : m.tags) {
        if (!combined.tags.contains(tag))
            combined.tags.append(tag);
    }
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it) {
        if (combined.answers.value(it.key()).trimmed().isEmpty())
            combined.answers.insert(it.key(), it.value());
    }
    for (auto it = m.accounts.cbegin(); it != m.accounts.cend(); ++it) {
        if (combined.accounts.value(it.key()).trimmed().isEmpty())
            combined.accounts.insert(it.key(), it.value());
    }

    // Participations: move the merged member's rows; where both took part, combine into the kept row.
    QSqlQuery move(db);
    move.prepare(
        QStringLiteral("UPDATE participations SET member_id = ? WHERE event_id = ? AND member_id = ?"));
    QSqlQuery combine(db);
    // What both paid is kept as one payment; unmerge puts each row back as it was.
    // PostgreSQL must be told the type of a value that is only tested for NULL.
    const bool pg = m_statements.dialect().isPostgreSql();
    combine.prepare(QStringLiteral("UPDATE participations SET role = ?, rsvp = ?, attended = ?, walk_in = ?, "
                                   "checked_in_at = ?, fee_paid = CASE WHEN fee_paid IS NULL AND ") +
                    (pg ? QStringLiteral("CAST(? AS integer)") : QStringLiteral("?")) +
                    QStringLiteral(" IS NULL THEN NULL ELSE coalesce(fee_paid, 0) + coalesce(?, 0) END "
                                   "WHERE event_id = ? AND member_id = ?"));
    for (const MergeSnapshot::Participation &p : std::as_const(snapshot.mergedParticipations)) {
        const auto both =
            std::find_if(snapshot.keptParticipations.cbegin(), snapshot.keptParticipations.cend(),
                         [&p](const auto &k) { return k.eventId == p.eventId; });
        if (both == snapshot.keptParticipations.cend()) {
            move.addBindValue(keepId);
            move.addBindValue(p.eventId);
            move.addBindValue(mergeId);
            if (!move.exec())
                return SqlErrors::fromQuery(move, what);
            continue;
        }
        const MergeSnapshot::Participation &k = *both;
        const bool takeMerged = p.attended && !k.attended;
        combine.addBindValue(roleRank(p.role) > roleRank(k.role) ? p.role : k.role);
        combine.addBindValue(rsvpRank(p.rsvp) > rsvpRank(k.rsvp) ? p.rsvp : k.rsvp);
        combine.addBindValue(k.attended || p.attended ? 1 : 0);
        combine.addBindValue((takeMerged ? p.walkIn : k.walkIn) ? 1 : 0);
        combine.addBindValue(k.checkedInAt.isNull() ? p.checkedInAt : k.checkedInAt);
        combine.addBindValue(p.feePaid);
        combine.addBindValue(p.feePaid);
        combine.addBindValue(p.eventId);
        combine.addBindValue(keepId);
        if (!combine.exec())
            return SqlErrors::fromQuery(combine, what);
    }
    query.prepare(QStringLiteral("UPDATE member_profiles SET referred_by = ? WHERE referred_by = ? AND "
                                 "member_id <> ?"));
    query.addBindValue(keepId);
    query.addBindValue(mergeId);
    query.addBindValue(keepId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    query.prepare(QStringLiteral("UPDATE reports SET author_id = ? WHERE author_id = ?"));
    query.addBindValue(keepId);
    query.addBindValue(mergeId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);

    if (auto removed = m_store.removeRow(mergeId); !removed)
        return removed.error();
    if (auto valid = MemberStore::validate(combined); !valid) {
        // Filling the dates from the other record can contradict the kept status; keep the kept dates.
        combined.joinedOn = kept->joinedOn;
        combined.leftOn = kept->leftOn;
        if (auto again = MemberStore::validate(combined); !again)
            return again.error();
    }
    if (auto updated = m_store.updateRow(combined); !updated)
        return updated.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT membersReset();
    return snapshot;
}

Result<void> MemberDuplicates::unmerge(const MergeSnapshot &s)
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const QString what = tr("Could not undo the merge.");
    const QSqlDatabase db = m_statements.connection();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const qint64 keepId = s.kept.id;
    const qint64 mergeId = s.merged.id;
    if (auto inserted = m_store.insertRow(s.merged, MemberSearchText::of(s.merged)); !inserted)
        return inserted.error();
    // The kept member as it was before the merge, over whatever version the merge left (no check).
    Member kept = s.kept;
    kept.version = 0;
    if (auto updated = m_store.updateRow(kept); !updated)
        return updated;

    QSqlQuery restore(db);
    restore.prepare(QStringLiteral("UPDATE participations SET role = ?, rsvp = ?, attended = ?, walk_in = ?, "
                                   "checked_in_at = ?, waitlist_order = ?, fee_due = ?, fee_paid = ?, "
                                   "paid_at = ?, note = ? WHERE event_id = ? AND member_id = ?"));
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM participations WHERE event_id = ? AND member_id = ?"));
    QSqlQuery add(db);
    add.prepare(
        QStringLiteral("INSERT INTO participations (event_id, member_id, role, rsvp, attended, walk_in, "
                       "checked_in_at, waitlist_order, fee_due, fee_paid, paid_at, note, registered_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const MergeSnapshot::Participation &p : s.mergedParticipations) {
        const auto both = std::find_if(s.keptParticipations.cbegin(), s.keptParticipations.cend(),
                                       [&p](const auto &k) { return k.eventId == p.eventId; });
        if (both != s.keptParticipations.cend()) {
            restore.addBindValue(both->role);
            restore.addBindValue(both->rsvp);
            restore.addBindValue(both->attended ? 1 : 0);
            restore.addBindValue(both->walkIn ? 1 : 0);
            restore.addBindValue(both->checkedInAt);
            restore.addBindValue(both->waitlistOrder);
            restore.addBindValue(both->feeDue);
            restore.addBindValue(both->feePaid);
            restore.addBindValue(both->paidAt);
            restore.addBindValue(SqlValues::text(both->note));
            restore.addBindValue(p.eventId);
            restore.addBindValue(keepId);
            if (!restore.exec())
                return SqlErrors::fromQuery(restore, what);
        } else {
            drop.addBindValue(p.eventId);
            drop.addBindValue(keepId);
            if (!drop.exec())
                return SqlErrors::fromQuery(drop, what);
        }
        add.addBindValue(p.eventId);
        add.addBindValue(mergeId);
        add.addBindValue(p.role);
        add.addBindValue(p.rsvp);
        add.addBindValue(p.attended ? 1 : 0);
        add.addBindValue(p.walkIn ? 1 : 0);
        add.addBindValue(p.checkedInAt);
        add.addBindValue(p.waitlistOrder);
        add.addBindValue(p.feeDue);
        add.addBindValue(p.feePaid);
        add.addBindValue(p.paidAt);
        add.addBindValue(SqlValues::text(p.note));
        add.addBindValue(p.registeredAt);
        if (!add.exec())
            return SqlErrors::fromQuery(add, what);
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE member_profiles SET referred_by = ? WHERE member_id = ?"));
    for (qint64 id : s.referrals) {
        query.addBindValue(mergeId);
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, what);
    }
    query.prepare(QStringLiteral("UPDATE reports SET author_id = ? WHERE id = ?"));
    for (qint64 id : s.authoredReports) {
        query.addBindValue(mergeId);
        query.addBindValue(id);
        if (!query.exec())
            return SqlErrors::fromQuery(query, what);
    }
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT membersReset();
    return {};
}

} // namespace offkai
