#pragma once

#include "core/Error.h"
#include "stores/ReportStore.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

/// Creates a report. Undo removes it, keeping everything written since (text, photos) so that redo
/// brings it back exactly.
class AddReportCommand : public QUndoCommand
{
public:
    AddReportCommand(ReportStore &store, Report report, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;
    qint64 reportId() const { return m_snapshot.report.id; }

private:
    ReportStore &m_store;
    ReportSnapshot m_snapshot;
    bool m_created = false;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
