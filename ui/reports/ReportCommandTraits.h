#pragma once

#include "core/Result.h"
#include "records/Report.h"
#include "records/ReportFields.h"
#include "shell/RecordCommand.h"
#include "stores/ReportStore.h"

namespace offkai {

/// How a RecordCommand creates, edits and deletes a report. Undo of a deletion (or of a creation) keeps
/// everything written since, text and photos, and puts it back with its id and publications. An edit
/// changes the report's settings (event, author, privacy, language, tags, status) only: the title and
/// text have the editor's own undo and are autosaved, so an edit leaves them as they are in the store.
struct ReportCommandTraits
{
    using Store = ReportStore;
    using Record = Report;
    using Snapshot = ReportSnapshot;
    using Fields = ReportFields;

    static qint64 idOf(const ReportSnapshot &snapshot) { return snapshot.report.id; }
    static Result<qint64> insert(ReportStore &store, const Report &report) { return store.insert(report); }
    static Result<void> write(ReportStore &store, const Report &settings);
    static Result<ReportSnapshot> snapshot(ReportStore &store, qint64 id) { return store.snapshot(id); }
    static Result<Report> read(ReportStore &store, qint64 id) { return store.get(id); }
    static Result<void> restore(ReportStore &store, const ReportSnapshot &s) { return store.restore(s); }
    static Result<void> remove(ReportStore &store, qint64 id) { return store.remove(id); }
    static QString addText(const Report &report);
    static QString editText(const Report &report);
    static QString deleteText(const ReportSnapshot &snapshot);
};

/// Creates, edits or deletes a report, undoably.
using ReportCommand = RecordCommand<ReportCommandTraits>;

} // namespace offkai
