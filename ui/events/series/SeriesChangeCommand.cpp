#include "SeriesChangeCommand.h"

#include "scheduling/SeriesFields.h"
#include "shell/StaleChange.h"
#include "stores/SeriesStore.h"

#include <algorithm>
#include <QCoreApplication>

namespace offkai {

namespace {
/// Replaces the exception of `exception.occurrenceDate` (if any) and keeps the list ordered by date.
Result<void> putException(SeriesStore &store, qint64 seriesId, const SeriesException &exception)
{
    auto series = store.get(seriesId);
    if (!series)
        return series.error();
    Series s = std::move(series).value();
    s.exceptions.removeIf(
        [&](const SeriesException &e) { return e.occurrenceDate == exception.occurrenceDate; });
    s.exceptions.append(exception);
    std::stable_sort(s.exceptions.begin(), s.exceptions.end(),
                     [](const SeriesException &a, const SeriesException &b) {
                         return a.occurrenceDate < b.occurrenceDate;
                     });
    return store.update(s);
}
} // namespace

SeriesChangeCommand::SeriesChangeCommand(SeriesSlotStore &slots, qint64 seriesId, const QString &text,
                                         Operation operation, ErrorHandler onError)
    : m_slots(slots)
    , m_seriesId(seriesId)
    , m_operation(std::move(operation))
    , m_onError(std::move(onError))
{
    setText(text);
}

void SeriesChangeCommand::redo()
{
    const auto fail = [this](const Error &error) {
        setObsolete(true);
        m_onError(error);
    };
    if (m_done) {
        if (auto restored = restoreOver(m_after, false); !restored)
            fail(restored.error());
        return;
    }
    auto before = m_slots.snapshot(m_seriesId);
    if (!before)
        return fail(before.error());
    m_before = std::move(before).value();
    if (auto done = m_operation(); !done)
        return fail(done.error());
    auto after = m_slots.snapshot(m_seriesId);
    if (!after)
        return fail(after.error());
    m_after = std::move(after).value();
    m_left = m_after.series;
    m_done = true;
}

void SeriesChangeCommand::undo()
{
    if (auto restored = restoreOver(m_before, true); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

Result<void> SeriesChangeCommand::restoreOver(const SeriesSnapshot &snapshot, bool undoing)
{
    auto current = m_slots.snapshot(m_seriesId);
    if (!current)
        return current.error();
    // As this step left it, or changed since only by this window's own steps (whose writes move the
    // version on but leave its fields as they were): written over the version now. Otherwise over the
    // version it was left at, which the store refuses as a change made elsewhere.
    const bool unchanged = current->series.version == m_left.version ||
                           SeriesFields::differing(current->series, m_left).isEmpty();
    if (auto restored = m_slots.restore(snapshot, unchanged ? current->series.version : m_left.version);
        !restored) {
        if (restored.error().code() == Error::Code::Conflict)
            return StaleChange::explain(restored.error(), text(), undoing);
        return restored;
    }
    auto left = m_slots.snapshot(m_seriesId);
    if (!left)
        return left.error();
    m_left = left->series;
    return {};
}

std::unique_ptr<SeriesChangeCommand> SeriesChangeCommand::edit(SeriesStore &store, SeriesSlotStore &slots,
                                                               const Series &after, ErrorHandler onError)
{
    return std::make_unique<SeriesChangeCommand>(
        slots, after.id,
        QCoreApplication::translate("offkai::SeriesPipelineDialog", "Edit Series “%1”").arg(after.title),
        [&store, after] { return store.update(after); }, std::move(onError));
}

std::unique_ptr<SeriesChangeCommand>
SeriesChangeCommand::skipOccurrence(SeriesStore &store, SeriesSlotStore &slots, qint64 seriesId,
                                    const QDate &occurrenceDate, ErrorHandler onError)
{
    SeriesException skipped;
    skipped.occurrenceDate = occurrenceDate;
    skipped.kind = SeriesException::Kind::Skipped;
    return std::make_unique<SeriesChangeCommand>(
        slots, seriesId,
        QCoreApplication::translate("offkai::SeriesPipelineDialog", "Skip Occurrence of %1")
            .arg(QLocale().toString(occurrenceDate, QLocale::ShortFormat)),
        [&store, seriesId, skipped] { return putException(store, seriesId, skipped); }, std::move(onError));
}

std::unique_ptr<SeriesChangeCommand>
SeriesChangeCommand::moveOccurrence(SeriesStore &store, SeriesSlotStore &slots, qint64 seriesId,
                                    const QDate &occurrenceDate, const QDateTime &start, const QDateTime &end,
                                    ErrorHandler onError)
{
    SeriesException moved;
    moved.occurrenceDate = occurrenceDate;
    moved.kind = SeriesException::Kind::Moved;
    moved.movedStart = start;
    moved.movedEnd = end;
    return std::make_unique<SeriesChangeCommand>(
        slots, seriesId,
        QCoreApplication::translate("offkai::SeriesPipelineDialog", "Move Occurrence of %1")
            .arg(QLocale().toString(occurrenceDate, QLocale::ShortFormat)),
        [&store, seriesId, moved] { return putException(store, seriesId, moved); }, std::move(onError));
}

} // namespace offkai
