#include "Report.h"

namespace offkai {

bool Report::sameContent(const Report &other) const
{
    return id == other.id && eventId == other.eventId && authorId == other.authorId && title == other.title &&
           body == other.body && status == other.status && privacy == other.privacy &&
           language == other.language && tags == other.tags;
}

QString Report::statusKey(Status status)
{
    return status == Status::Published ? QStringLiteral("published") : QStringLiteral("draft");
}

std::optional<Report::Status> Report::statusFromKey(const QString &key)
{
    if (key == QLatin1String("draft"))
        return Status::Draft;
    if (key == QLatin1String("published"))
        return Status::Published;
    return std::nullopt;
}

QString Report::statusLabel(Status status)
{
    return status == Status::Published ? tr("Published") : tr("Draft");
}

QList<Report::Privacy> Report::allPrivacies()
{
    return {Privacy::FullNames, Privacy::OccupationInitial, Privacy::NoNames};
}

QString Report::privacyKey(Privacy privacy)
{
    switch (privacy) {
    case Privacy::FullNames:
        return QStringLiteral("full_name");
    case Privacy::OccupationInitial:
        return QStringLiteral("occupation_initial");
    case Privacy::NoNames:
        break;
    }
    return QStringLiteral("no_names");
}

std::optional<Report::Privacy> Report::privacyFromKey(const QString &key)
{
    for (Privacy p : allPrivacies()) {
        if (privacyKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString Report::privacyLabel(Privacy privacy)
{
    switch (privacy) {
    case Privacy::FullNames:
        return tr("Full names");
    case Privacy::OccupationInitial:
        return tr("Occupation and initial");
    case Privacy::NoNames:
        break;
    }
    return tr("No names");
}

} // namespace offkai
