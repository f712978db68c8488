#pragma once

#include "core/Error.h"
#include "stores/ReportStore.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

/// Deletes a report; undo puts it back with its id, text, photos and publications.
class DeleteReportCommand : public QUndoCommand
{
public:
    DeleteReportCommand(ReportStore &store, ReportSnapshot snapshot,
                        std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    ReportStore &m_store;
    ReportSnapshot m_snapshot;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
