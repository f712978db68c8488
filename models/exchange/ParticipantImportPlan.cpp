#include "ParticipantImportPlan.h"

#include <algorithm>

namespace offkai {

int ParticipantImportPlan::needsReview() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Row &row) { return row.match == Match::Review && !row.reviewed; }));
}

QString ParticipantImportPlan::matchLabel(Match match)
{
    switch (match) {
    case Match::Account:
        return tr("Service user name");
    case Match::Email:
        return tr("Email");
    case Match::NameAndReading:
        return tr("Name and reading");
    case Match::Review:
        return tr("Uncertain: check");
    case Match::None:
        return tr("New member");
    }
    return {};
}

} // namespace offkai
