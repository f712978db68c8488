#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace offkai {

/// One change in a team database's change log (see resources/schema/postgresql/015_shared_editing.sql): who
/// changed which record, how and when. The record's name is read as it is now: empty once it is deleted.
struct ChangeLogEntry
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ChangeLogEntry)
public:
    enum class Kind
    {
        Member,
        Event,
        Venue,
        Report,
        Series,
        Participants ///< the participants of an event (its id is the event's)
    };
    enum class Operation
    {
        Added,
        Changed,
        Deleted
    };

    qint64 id = 0;
    QDateTime at; ///< UTC
    QString organizer;
    Kind kind = Kind::Member;
    qint64 recordId = 0;
    Operation operation = Operation::Changed;
    QString recordName; ///< as it is now; empty when the record no longer exists

    /// The log's table name ("members", …) and back; nullopt for a table the log does not name.
    static QString tableOf(Kind kind);
    static std::optional<Kind> kindOfTable(const QString &table);
    /// "Member", "Event", … in the current language.
    static QString kindLabel(Kind kind);
    /// "Added", "Changed", "Deleted" in the current language.
    static QString operationLabel(Operation operation);
    /// The record's name, or "#12 (deleted)" / "#12" when there is none to show.
    QString recordText() const;
    /// "added", "changed", "deleted": the JSON keys of `team log`.
    static QString operationKey(Operation operation);
};

} // namespace offkai
