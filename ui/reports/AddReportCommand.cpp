#include "AddReportCommand.h"

#include <QCoreApplication>

namespace offkai {

AddReportCommand::AddReportCommand(ReportStore &store, Report report,
                                   std::function<void(const Error &)> onError)
    : m_store(store)
    , m_onError(std::move(onError))
{
    m_snapshot.report = std::move(report);
    setText(
        QCoreApplication::translate("offkai::ReportsPage", "New Report “%1”").arg(m_snapshot.report.title));
}

void AddReportCommand::redo()
{
    if (!m_created) {
        auto id = m_store.insert(m_snapshot.report);
        if (!id) {
            setObsolete(true);
            m_onError(id.error());
            return;
        }
        m_snapshot.report.id = *id;
        m_created = true;
        return;
    }
    if (auto restored = m_store.restore(m_snapshot); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

void AddReportCommand::undo()
{
    auto snapshot = m_store.snapshot(m_snapshot.report.id);
    if (!snapshot) {
        setObsolete(true);
        m_onError(snapshot.error());
        return;
    }
    m_snapshot = *snapshot;
    if (auto removed = m_store.remove(m_snapshot.report.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

} // namespace offkai
