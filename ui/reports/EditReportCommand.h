#pragma once

#include "core/Error.h"
#include "records/Report.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class ReportStore;

/// Changes a report's settings (author, privacy, language, tags, status). The title and text have the
/// editor's own undo and are autosaved; this command leaves them as they are in the store.
class EditReportCommand : public QUndoCommand
{
public:
    EditReportCommand(ReportStore &store, Report before, Report after,
                      std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    void apply(const Report &settings);

    ReportStore &m_store;
    Report m_before;
    Report m_after;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
