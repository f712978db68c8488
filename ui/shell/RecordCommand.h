#pragma once

#include "core/Result.h"
#include "StaleChange.h"

#include <functional>
#include <optional>
#include <QUndoCommand>

namespace offkai {

/// Adds, edits or deletes one record (a member, a venue, an event, a report), undoably. `Traits` says how
/// for one kind of record:
///
///     using Store = …;    // what the command works on
///     using Record = …;   // what is added and edited
///     using Snapshot = …; // everything a deleted record had, for undo to put back
///     static qint64 idOf(const Snapshot &);
///     static Result<qint64> insert(Store &, const Record &);  // a new record
///     static Result<void> write(Store &, const Record &);     // an edit
///     static Result<Snapshot> snapshot(Store &, qint64 id);
///     static Result<void> restore(Store &, const Snapshot &); // back with its id, in one transaction
///     static Result<void> remove(Store &, qint64 id);
///     static QString addText(const Record &), editText(const Record &), deleteText(const Snapshot &);
///     // for a record with a version:
///     using Fields = …;                                    // its field list (VenueFields, …)
///     static Result<Record> read(Store &, qint64 id);      // the record as stored now
///
/// A step that fails makes the command obsolete (the stack then drops it) and reports the error.
///
/// A record with a `version` (a member, a venue, an event, a report) is edited only over the version the
/// step expects. The first write goes over the version the form was opened with. Each later one (undo,
/// redo) goes over the record as this step's last write left it (read back after writing): when its
/// version has moved on but every field still holds what this step left, only this window's other steps
/// wrote it since (an edit of the same record undone after this one, a report's autosave), and the step
/// goes on over the version now. When someone else changed a field in between, the store refuses
/// (Error::Code::Conflict) and undo or redo explains why it cannot be carried out (StaleChange) instead of
/// throwing their change away.
template<typename Traits> class RecordCommand : public QUndoCommand
{
public:
    using Store = typename Traits::Store;
    using Record = typename Traits::Record;
    using Snapshot = typename Traits::Snapshot;
    using ErrorHandler = std::function<void(const Error &)>;
    static constexpr bool kVersioned = requires(Record record) { record.version = qint64(); };

    /// Adds `record`; undo deletes it, keeping everything written since, and redo puts that back with the
    /// same id.
    static RecordCommand *add(Store &store, Record record, ErrorHandler onError)
    {
        auto *command = new RecordCommand(Kind::Add, store, std::move(onError));
        command->setText(Traits::addText(record));
        command->m_after = std::move(record);
        return command;
    }

    /// Writes `after` over a record; undo writes `before` back. `text` replaces Traits::editText.
    static RecordCommand *edit(Store &store, Record before, Record after, ErrorHandler onError,
                               const QString &text = {})
    {
        auto *command = new RecordCommand(Kind::Edit, store, std::move(onError));
        command->setText(text.isEmpty() ? Traits::editText(after) : text);
        command->m_id = after.id;
        command->m_before = std::move(before);
        command->m_after = std::move(after);
        if constexpr (kVersioned)
            command->m_version = command->m_after.version;
        return command;
    }

    /// Deletes the record of `snapshot`; undo puts it back as it was.
    static RecordCommand *remove(Store &store, Snapshot snapshot, ErrorHandler onError)
    {
        auto *command = new RecordCommand(Kind::Delete, store, std::move(onError));
        command->setText(Traits::deleteText(snapshot));
        command->m_id = Traits::idOf(snapshot);
        command->m_snapshot = std::move(snapshot);
        return command;
    }

    /// The record's id; for an addition, known once it has been written.
    qint64 recordId() const { return m_id; }

    void redo() override
    {
        switch (m_kind) {
        case Kind::Add:
            if (m_created) {
                succeeded(Traits::restore(m_store, m_snapshot));
            } else if (auto id = Traits::insert(m_store, m_after); succeeded(id)) {
                m_id = *id;
                m_created = true;
            }
            return;
        case Kind::Edit:
            succeeded(writeVersioned(m_after, false));
            return;
        case Kind::Delete:
            // Take the latest state: a report's autosave may have written more since the snapshot.
            if (auto latest = Traits::snapshot(m_store, m_id))
                m_snapshot = *latest;
            succeeded(Traits::remove(m_store, m_id));
            return;
        }
    }

    void undo() override
    {
        switch (m_kind) {
        case Kind::Add:
            // Keep what was written since (a report's text, a creation time) for redo to put back.
            if (auto latest = Traits::snapshot(m_store, m_id); succeeded(latest)) {
                m_snapshot = *latest;
                succeeded(Traits::remove(m_store, m_id));
            }
            return;
        case Kind::Edit:
            succeeded(writeVersioned(m_before, true));
            return;
        case Kind::Delete:
            succeeded(Traits::restore(m_store, m_snapshot));
            return;
        }
    }

private:
    enum class Kind
    {
        Add,
        Edit,
        Delete
    };

    RecordCommand(Kind kind, Store &store, ErrorHandler onError)
        : m_kind(kind)
        , m_store(store)
        , m_onError(std::move(onError))
    {}

    /// Writes `record` over the version this step expects (for versioned records; see the class).
    Result<void> writeVersioned(Record record, bool undoing)
    {
        if constexpr (kVersioned) {
            record.version = m_version;
            if (m_left) {
                auto current = Traits::read(m_store, m_id);
                if (!current)
                    return current.error();
                const bool unchanged = current->version == m_left->version ||
                                       Traits::Fields::differing(*current, *m_left).isEmpty();
                // Changed elsewhere: over the version it was left at, which the store refuses as a conflict.
                record.version = unchanged ? current->version : m_left->version;
            }
        }
        auto written = Traits::write(m_store, record);
        if (!written) {
            if (written.error().code() == Error::Code::Conflict)
                return StaleChange::explain(written.error(), text(), undoing);
            return written;
        }
        if constexpr (kVersioned) {
            // Unversioned writes (version 0: a record not read from the database) stay unchecked.
            if (m_version != 0) {
                auto left = Traits::read(m_store, m_id);
                if (!left)
                    return left.error();
                m_left = std::move(left).value();
            }
        }
        return written;
    }

    /// True for a success; otherwise makes the command obsolete and reports the error.
    template<typename T> bool succeeded(const Result<T> &result)
    {
        if (result)
            return true;
        setObsolete(true);
        m_onError(result.error());
        return false;
    }

    Kind m_kind;
    Store &m_store;
    ErrorHandler m_onError;
    qint64 m_id = 0;
    Record m_before;
    Record m_after;
    Snapshot m_snapshot;
    qint64 m_version = 0;         ///< the version the form was opened with (versioned records)
    std::optional<Record> m_left; ///< the record as this step's last write left it (versioned records)
    bool m_created = false;
};

} // namespace offkai
