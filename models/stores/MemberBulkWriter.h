#pragma once

#include "core/Result.h"
#include "records/Member.h"
#include "stores/MemberSearchText.h"

#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <variant>

namespace offkai {

/// Inserts new members during an import through SQLite's own API, on the connection that QtSql opened.
///
/// Per row, QtSql's binding (a QVariant per value, a named placeholder looked up per value) cost more
/// than SQLite's own work, and a one-row INSERT opens and positions a cursor on the table and each of
/// its indexes every time. So this class queues the rows of new members and writes them kBatchRows at a
/// time with multi-row INSERT … VALUES statements prepared once, binding UTF-16 text straight from the
/// QStrings. Ids are given out in advance, as SQLite would give them (the largest id plus one).
///
/// Queued rows are not in the database until flush(): whoever reads or writes member tables by other
/// means during a bulk write (MemberStore) flushes first. A failed flush may leave part of the queue
/// written: the caller rolls its transaction back.
///
/// It is only made when the connection's SQLite is the very library Offkai links (same source id), e.g.
/// the system libsqlite3 that Debian's Qt plugin also uses; otherwise open() returns nothing and
/// MemberStore writes through QtSql as before. All direct SQLite calls live in this class. It writes
/// inside the caller's transaction, never begins or ends one, and keeps no statement active between
/// calls, so the caller may roll back, drop or create indexes at any time.
class MemberBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberBulkWriter)
public:
    /// A writer on `db`, or nullptr when its SQLite cannot be used directly.
    static std::unique_ptr<MemberBulkWriter> open(const QSqlDatabase &db);
    ~MemberBulkWriter();
    MemberBulkWriter(const MemberBulkWriter &) = delete;
    MemberBulkWriter &operator=(const MemberBulkWriter &) = delete;

    /// Queues a validated member as MemberStore::insert writes it: the members row (a non-zero id
    /// re-creates that id), the full profile row (made or completed; the profile trigger may be there or
    /// not), the addresses, tags and answers. `search` is MemberSearchText::of(member). Returns the
    /// member's id.
    Result<qint64> insert(const Member &member, const MemberSearchText &search);
    /// Writes every queued row.
    Result<void> flush();
    bool hasPending() const;

    static constexpr int kBatchRows = 256;

    /// A bound value: NULL, an integer or text.
    using Value = std::variant<std::monostate, qint64, QString>;

private:
    struct Statements;
    explicit MemberBulkWriter(std::unique_ptr<Statements> statements);
    Result<qint64> tagId(const QString &name);
    /// The UTC time in ISO form, recomputed when the second changes.
    const QString &now();

    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_tagIds;
    qint64 m_nextId = 1;
    qint64 m_nowSecond = -1;
    QString m_now;
};

} // namespace offkai
