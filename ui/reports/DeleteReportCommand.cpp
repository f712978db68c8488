#include "DeleteReportCommand.h"

#include <QCoreApplication>

namespace offkai {

DeleteReportCommand::DeleteReportCommand(ReportStore &store, ReportSnapshot snapshot,
                                         std::function<void(const Error &)> onError)
    : m_store(store)
    , m_snapshot(std::move(snapshot))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::ReportsPage", "Delete Report “%1”")
                .arg(m_snapshot.report.title));
}

void DeleteReportCommand::redo()
{
    // Take the latest text: autosave may have written more since the snapshot.
    if (auto latest = m_store.snapshot(m_snapshot.report.id))
        m_snapshot = *latest;
    if (auto removed = m_store.remove(m_snapshot.report.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

void DeleteReportCommand::undo()
{
    if (auto restored = m_store.restore(m_snapshot); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

} // namespace offkai
