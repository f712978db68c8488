#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "stores/SeriesSlotStore.h"

#include <functional>
#include <memory>
#include <QUndoCommand>

namespace offkai {

class SeriesStore;

/// Any change to one stored series: edit all occurrences, skip or move one occurrence, slot a speaker, a
/// speaker declining, removing a speaker. The first redo() takes a snapshot of the series, runs the
/// operation and takes another; undo() restores the first snapshot, a later redo() the second.
///
/// Undo and redo write the series over the version this step left it at, as RecordCommand does: when
/// another organizer (or window) changed a field of the series since, they explain why the step cannot be
/// carried out (StaleChange) and leave their change in place.
class SeriesChangeCommand : public QUndoCommand
{
public:
    using Operation = std::function<Result<void>()>;
    using ErrorHandler = std::function<void(const Error &)>;

    SeriesChangeCommand(SeriesSlotStore &slots, qint64 seriesId, const QString &text, Operation operation,
                        ErrorHandler onError);

    void redo() override;
    void undo() override;

    qint64 seriesId() const { return m_seriesId; }
    /// False when the operation failed (the command is then obsolete and the stack drops it).
    bool succeeded() const { return m_done; }

    /// "Edit Series": saves `after` (every field and the exceptions).
    static std::unique_ptr<SeriesChangeCommand> edit(SeriesStore &store, SeriesSlotStore &slots,
                                                     const Series &after, ErrorHandler onError);
    /// "Skip Occurrence": the occurrence of `occurrenceDate` is not held (an EXDATE).
    static std::unique_ptr<SeriesChangeCommand> skipOccurrence(SeriesStore &store, SeriesSlotStore &slots,
                                                               qint64 seriesId, const QDate &occurrenceDate,
                                                               ErrorHandler onError);
    /// "Move Occurrence": the occurrence of `occurrenceDate` is held at [start, end) instead (a
    /// RECURRENCE-ID override); an invalid end means an open end.
    static std::unique_ptr<SeriesChangeCommand> moveOccurrence(SeriesStore &store, SeriesSlotStore &slots,
                                                               qint64 seriesId, const QDate &occurrenceDate,
                                                               const QDateTime &start, const QDateTime &end,
                                                               ErrorHandler onError);

private:
    /// Puts `snapshot` back over the version this step left the series at (see the class).
    Result<void> restoreOver(const SeriesSnapshot &snapshot, bool undoing);

    SeriesSlotStore &m_slots;
    qint64 m_seriesId;
    Operation m_operation;
    ErrorHandler m_onError;
    SeriesSnapshot m_before;
    SeriesSnapshot m_after;
    Series m_left; ///< the series as this step's last write left it
    bool m_done = false;
};

} // namespace offkai
