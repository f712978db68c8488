#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "ServiceAccount.h"

namespace offkai {

/// One person in the community's directory.
struct Member
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Member)
public:
    enum class Status
    {
        Applicant,
        Active,
        Inactive,
        Left
    };
    /// How much of the name a published report may show (the Reports feature honours it).
    enum class NameConsent
    {
        FullName,
        OccupationInitial,
        NotNamed
    };

    qint64 id = 0;
    QString displayName;
    QString reading;    ///< furigana, used for sorting and search
    QStringList emails; ///< the first is the primary address
    QString phone;
    QString line;     ///< LINE ID
    QString facebook; ///< profile URL or name
    QString xHandle;  ///< X (Twitter) handle
    QString slack;    ///< Slack member name
    QString otherUrl;
    QString affiliation; ///< company, school, group
    QString jobTitle;
    QString occupation; ///< key from the editable occupation catalogue ("freelancer", "executive", …)
    QString industry;
    QString region;
    QString introduction; ///< short self-introduction
    QString skills;       ///< skills and interests, free text
    Status status = Status::Active;
    QDate joinedOn;
    QDate leftOn;
    QDateTime approvedAt;  ///< when an applicant was approved (UTC)
    qint64 referredBy = 0; ///< member id, 0 for none
    QStringList tags;
    QMap<qint64, QString> answers; ///< join question id → answer
    /// User name or id on each service the member has an account on (never an empty value).
    QMap<ServiceAccount::Service, QString> accounts;
    NameConsent nameConsent = NameConsent::OccupationInitial;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The row's version when it was read (members.row_version): MemberStore::update writes only over that
    /// version. 0 for a member not read from the database, which is written without that check.
    qint64 version = 0;
    /// Who last changed the member, on a team database (the database user in change_log); empty on a file.
    QString updatedBy;

    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.constFirst(); }

    static QList<Status> allStatuses();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusLabel(Status status);

    static QString consentKey(NameConsent consent);
    static std::optional<NameConsent> consentFromKey(const QString &key);
    static QString consentLabel(NameConsent consent);
};

} // namespace offkai
