#include "EditReportCommand.h"

#include "stores/ReportStore.h"

#include <QCoreApplication>

namespace offkai {

EditReportCommand::EditReportCommand(ReportStore &store, Report before, Report after,
                                     std::function<void(const Error &)> onError)
    : m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::ReportsPage", "Change Report Settings"));
}

void EditReportCommand::apply(const Report &settings)
{
    auto current = m_store.get(settings.id);
    if (!current) {
        setObsolete(true);
        m_onError(current.error());
        return;
    }
    Report r = *current;
    r.eventId = settings.eventId;
    r.authorId = settings.authorId;
    r.privacy = settings.privacy;
    r.language = settings.language;
    r.tags = settings.tags;
    r.status = settings.status;
    if (auto updated = m_store.update(r); !updated) {
        setObsolete(true);
        m_onError(updated.error());
    }
}

void EditReportCommand::redo()
{
    apply(m_after);
}

void EditReportCommand::undo()
{
    apply(m_before);
}

} // namespace offkai
