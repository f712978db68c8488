#include "Member.h"

namespace offkai {

QList<Member::Status> Member::allStatuses()
{
    return {Status::Applicant, Status::Active, Status::Inactive, Status::Left};
}

QString Member::statusKey(Status status)
{
    switch (status) {
    case Status::Applicant:
        return QStringLiteral("applicant");
    case Status::Inactive:
        return QStringLiteral("inactive");
    case Status::Left:
        return QStringLiteral("left");
    case Status::Active:
        break;
    }
    return QStringLiteral("active");
}

std::optional<Member::Status> Member::statusFromKey(const QString &key)
{
    for (Status status : allStatuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Member::statusLabel(Status status)
{
    switch (status) {
    case Status::Applicant:
        return tr("Applicant");
    case Status::Inactive:
        return tr("Inactive");
    case Status::Left:
        return tr("Left");
    case Status::Active:
        break;
    }
    return tr("Active");
}

QString Member::consentKey(NameConsent consent)
{
    switch (consent) {
    case NameConsent::FullName:
        return QStringLiteral("full_name");
    case NameConsent::NotNamed:
        return QStringLiteral("not_named");
    case NameConsent::OccupationInitial:
        break;
    }
    return QStringLiteral("occupation_initial");
}

std::optional<Member::NameConsent> Member::consentFromKey(const QString &key)
{
    for (NameConsent consent :
         {NameConsent::FullName, NameConsent::OccupationInitial, NameConsent::NotNamed}) {
        if (consentKey(consent) == key)
            return consent;
    }
    return std::nullopt;
}

QString Member::consentLabel(NameConsent consent)
{
    switch (consent) {
    case NameConsent::FullName:
        return tr("Full name");
    case NameConsent::NotNamed:
        return tr("Not named");
    case NameConsent::OccupationInitial:
        break;
    }
    return tr("Occupation and initial");
}

} // namespace offkai
