#pragma once

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace offkai {

/// The event and community services a member has an account on, besides the profile's own X, Facebook
/// and LINE fields. A member's user name or id there is the only key that stays the same across that
/// service's files, so imports match on it first (ParticipantImporter, MemberImporter).
struct ServiceAccount
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ServiceAccount)
public:
    enum class Service
    {
        Connpass,
        Peatix,
        Doorkeeper,
        Meetup,
    };

    static QList<Service> allServices();
    /// Stable keys for the database, presets and the command line: connpass, peatix, doorkeeper, meetup.
    static QString key(Service service);
    static std::optional<Service> fromKey(const QString &key);
    /// The service's own name ("connpass", "Peatix", "Doorkeeper", "Meetup").
    static QString label(Service service);
    /// The form a lookup compares: trimmed, NFKC, case-folded, without a leading "@".
    static QString accountKey(const QString &account);
};

} // namespace offkai
