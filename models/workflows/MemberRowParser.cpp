#include "MemberRowParser.h"

#include "exchange/MemberServicePresets.h"
#include "stores/MemberStore.h"

#include <algorithm>
#include <QRegularExpression>
#include <QSet>

namespace offkai {

namespace {
using Field = MemberCsvMapping::Field;

bool isAcceptedEmail(const QString &email)
{
    // The store's own rule, so that the importer never accepts what the store would refuse.
    return MemberStore::isValidEmail(email);
}

/// The addresses of an email cell: split at commas, semicolons and whitespace (ASCII and Japanese).
QStringList splitEmails(const QString &value)
{
    // Nearly every cell holds one plain ASCII address: no need for the expression then.
    const bool plain = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char(',') && c != QLatin1Char(';');
    });
    if (plain)
        return value.isEmpty() ? QStringList() : QStringList{value};
    static const QRegularExpression separators(QStringLiteral("[,;、，；\\s]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

void appendText(QString &target, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    if (!target.isEmpty())
        target += QLatin1Char('\n');
    target += value;
}

std::optional<ServiceAccount::Service> serviceOf(Field field)
{
    switch (field) {
    case Field::ConnpassAccount:
        return ServiceAccount::Service::Connpass;
    case Field::PeatixAccount:
        return ServiceAccount::Service::Peatix;
    case Field::DoorkeeperAccount:
        return ServiceAccount::Service::Doorkeeper;
    case Field::MeetupAccount:
        return ServiceAccount::Service::Meetup;
    default:
        return std::nullopt;
    }
}

/// The fields the event and form services add: accounts, meeting names, kana names, labelled notes,
/// join question answers, naming consent and the application time.
void readServiceField(const MemberCsvMapping::Column &column, const QString &value,
                      MemberRowParser::Row &parsed, QString &kanaName)
{
    Member &m = parsed.member;
    const QString text = value.trimmed();
    if (const auto service = serviceOf(column.field)) {
        if (!m.accounts.contains(*service))
            m.accounts.insert(*service, text);
        return;
    }
    switch (column.field) {
    case Field::MeetingName:
        if (m.displayName.isEmpty())
            m.displayName = MemberServicePresets::meetingName(text);
        break;
    case Field::KanaName:
        if (kanaName.isEmpty())
            kanaName = text;
        break;
    case Field::LabelledNote: {
        QString header = column.header;
        header.remove(QChar(0xFEFF));
        header = header.trimmed();
        appendText(m.notes, header.isEmpty() ? value : header + QStringLiteral(": ") + value);
        parsed.filled.insert(Field::Notes);
        break;
    }
    case Field::Answer:
        if (column.questionId <= 0) {
            parsed.filled.remove(Field::Answer);
        } else {
            QString &answer = m.answers[column.questionId];
            appendText(answer, value);
        }
        break;
    case Field::NameConsent:
        if (column.questionId > 0)
            appendText(m.answers[column.questionId], value);
        if (const auto consent = MemberServicePresets::parseConsent(value)) {
            m.nameConsent = *consent;
        } else {
            parsed.filled.remove(Field::NameConsent);
            parsed.warnings.append(
                MemberImporter::tr("The answer “%1” about naming was not understood; the naming consent was "
                                   "left at “%2”.")
                    .arg(text, Member::consentLabel(m.nameConsent)));
        }
        break;
    case Field::AppliedAt:
        if (const auto at = MemberCsvMapping::parseDateTime(value)) {
            m.createdAt = at->toUTC();
        } else {
            parsed.warnings.append(
                MemberImporter::tr("The application time “%1” was not understood; the member was imported "
                                   "as applying now.")
                    .arg(text));
        }
        break;
    default:
        break;
    }
}

} // namespace

Result<MemberRowParser::Row> MemberRowParser::parse(const QStringList &fields,
                                                    const MemberCsvMapping &mapping,
                                                    MemberImporter::InvalidEmailPolicy invalidEmails)
{
    Row parsed;
    Member &m = parsed.member;
    QString family, given, familyReading, givenReading, kanaName;
    QStringList emails;
    const auto setOnce = [](QString &target, const QString &value) {
        if (target.isEmpty())
            target = value.trimmed();
    };
    for (const MemberCsvMapping::Column &column : mapping.columns) {
        if (column.field == Field::Ignore || column.index < 0 || column.index >= fields.size())
            continue;
        const QString &value = fields.at(column.index);
        if (value.trimmed().isEmpty())
            continue;
        // connpass names a deleted account "(退会ユーザー)" in its name and user name columns.
        if ((column.field == Field::DisplayName || column.field == Field::ConnpassAccount ||
             column.field == Field::MeetingName) &&
            MemberServicePresets::isWithdrawnMarker(value)) {
            parsed.withdrawn = true;
            continue;
        }
        parsed.filled.insert(column.field);
        switch (column.field) {
        case Field::Ignore:
            break;
        case Field::DisplayName:
            setOnce(m.displayName, value);
            break;
        case Field::FamilyName:
            setOnce(family, value);
            break;
        case Field::GivenName:
            setOnce(given, value);
            break;
        case Field::Reading:
            setOnce(m.reading, value);
            break;
        case Field::FamilyReading:
            setOnce(familyReading, value);
            break;
        case Field::GivenReading:
            setOnce(givenReading, value);
            break;
        case Field::Email:
            emails += splitEmails(value);
            break;
        case Field::Phone:
            setOnce(m.phone, value);
            break;
        case Field::Line:
            setOnce(m.line, value);
            break;
        case Field::Facebook:
            setOnce(m.facebook, value);
            break;
        case Field::XHandle:
            setOnce(m.xHandle, value);
            break;
        case Field::Slack:
            setOnce(m.slack, value);
            break;
        case Field::OtherUrl:
            setOnce(m.otherUrl, value);
            break;
        case Field::Affiliation:
            setOnce(m.affiliation, value);
            break;
        case Field::JobTitle:
            setOnce(m.jobTitle, value);
            break;
        case Field::Occupation:
            setOnce(m.occupation, value);
            break;
        case Field::Industry:
            setOnce(m.industry, value);
            break;
        case Field::Region:
            setOnce(m.region, value);
            break;
        case Field::Introduction:
            appendText(m.introduction, value);
            break;
        case Field::Skills:
            appendText(m.skills, value);
            break;
        case Field::Tags:
            for (const QString &tag : MemberCsvMapping::splitList(value)) {
                if (!m.tags.contains(tag))
                    m.tags.append(tag);
            }
            break;
        case Field::Notes:
            appendText(m.notes, value);
            break;
        case Field::Status:
            if (const auto status = MemberCsvMapping::parseStatus(value)) {
                m.status = *status;
            } else {
                parsed.filled.remove(Field::Status);
                parsed.warnings.append(
                    MemberImporter::tr("The status “%1” is unknown; the member was imported as %2.")
                        .arg(value.trimmed(), Member::statusLabel(m.status)));
            }
            break;
        case Field::JoinedOn:
        case Field::LeftOn:
            if (const auto date = MemberCsvMapping::parseDate(value)) {
                (column.field == Field::JoinedOn ? m.joinedOn : m.leftOn) = *date;
            } else {
                parsed.filled.remove(column.field);
                parsed.warnings.append(
                    MemberImporter::tr("The date “%1” was not understood and was left empty "
                                       "(write dates as 2024-04-01).")
                        .arg(value.trimmed()));
            }
            break;
        case Field::ConnpassAccount:
        case Field::PeatixAccount:
        case Field::DoorkeeperAccount:
        case Field::MeetupAccount:
        case Field::MeetingName:
        case Field::KanaName:
        case Field::LabelledNote:
        case Field::Answer:
        case Field::NameConsent:
        case Field::AppliedAt:
            readServiceField(column, value, parsed, kanaName);
            break;
        }
    }
    if (parsed.withdrawn) {
        if (m.displayName.isEmpty() && family.isEmpty() && given.isEmpty())
            return parsed;
        parsed.withdrawn = false;
    }
    // A name in kana (all Peatix discloses) is the reading, and the name when nothing else gives one.
    if (m.reading.isEmpty())
        m.reading = kanaName;
    if (m.displayName.isEmpty() && family.isEmpty() && given.isEmpty())
        m.displayName = kanaName;
    // A row that applied (a form's timestamp) is an applicant unless the file says otherwise.
    if (parsed.filled.contains(Field::AppliedAt) && !parsed.filled.contains(Field::Status)) {
        m.status = Member::Status::Applicant;
        m.approvedAt = {};
    }
    const auto joinParts = [](const QString &a, const QString &b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + QLatin1Char(' ') + b;
    };
    if (m.displayName.isEmpty())
        m.displayName = joinParts(family, given);
    if (m.reading.isEmpty())
        m.reading = joinParts(familyReading, givenReading);
    if (!m.displayName.isEmpty())
        parsed.filled.insert(Field::DisplayName);
    if (!m.reading.isEmpty())
        parsed.filled.insert(Field::Reading);
    if (m.displayName.isEmpty())
        return Error(Error::Code::Invalid, MemberImporter::tr("The row has no name."));

    // A row has one address or a few: a list is searched faster than a set is built.
    QStringList seen;
    for (const QString &raw : std::as_const(emails)) {
        const QString email = raw.trimmed();
        const QString key = email.toLower();
        if (seen.contains(key))
            continue;
        if (!isAcceptedEmail(email)) {
            const QString message = MemberImporter::tr("“%1” is not a valid email address.").arg(email);
            if (invalidEmails != MemberImporter::InvalidEmailPolicy::ImportWithoutEmail)
                return Error(Error::Code::Invalid, message, QStringLiteral("invalid email"));
            parsed.warnings.append(message + QLatin1Char(' ') +
                                   MemberImporter::tr("The member was imported without it."));
            continue;
        }
        seen.append(key);
        m.emails.append(email);
    }
    if (m.emails.isEmpty())
        parsed.filled.remove(Field::Email);
    if (auto valid = MemberStore::validate(m); !valid)
        return valid.error();
    return parsed;
}

Member MemberRowParser::merged(Member existing, const Row &row)
{
    const Member &m = row.member;
    const auto take = [&](Field field, QString &target, const QString &value) {
        if (row.filled.contains(field))
            target = value;
    };
    take(Field::DisplayName, existing.displayName, m.displayName);
    take(Field::Reading, existing.reading, m.reading);
    take(Field::Phone, existing.phone, m.phone);
    take(Field::Line, existing.line, m.line);
    take(Field::Facebook, existing.facebook, m.facebook);
    take(Field::XHandle, existing.xHandle, m.xHandle);
    take(Field::Slack, existing.slack, m.slack);
    take(Field::OtherUrl, existing.otherUrl, m.otherUrl);
    take(Field::Affiliation, existing.affiliation, m.affiliation);
    take(Field::JobTitle, existing.jobTitle, m.jobTitle);
    take(Field::Occupation, existing.occupation, m.occupation);
    take(Field::Industry, existing.industry, m.industry);
    take(Field::Region, existing.region, m.region);
    take(Field::Introduction, existing.introduction, m.introduction);
    take(Field::Skills, existing.skills, m.skills);
    take(Field::Notes, existing.notes, m.notes);
    if (row.filled.contains(Field::Status)) {
        if (existing.status == Member::Status::Applicant && m.status != Member::Status::Applicant &&
            !existing.approvedAt.isValid())
            existing.approvedAt = QDateTime::currentDateTimeUtc();
        if (m.status == Member::Status::Applicant)
            existing.approvedAt = {};
        existing.status = m.status;
    }
    if (row.filled.contains(Field::JoinedOn))
        existing.joinedOn = m.joinedOn;
    if (row.filled.contains(Field::LeftOn))
        existing.leftOn = m.leftOn;
    QSet<QString> emailKeys;
    for (const QString &e : std::as_const(existing.emails))
        emailKeys.insert(e.trimmed().toLower());
    for (const QString &e : m.emails) {
        if (!emailKeys.contains(e.toLower())) {
            emailKeys.insert(e.toLower());
            existing.emails.append(e);
        }
    }
    for (const QString &tag : m.tags) {
        if (!existing.tags.contains(tag))
            existing.tags.append(tag);
    }
    for (auto it = m.accounts.cbegin(); it != m.accounts.cend(); ++it)
        existing.accounts.insert(it.key(), it.value());
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it)
        existing.answers.insert(it.key(), it.value());
    if (row.filled.contains(Field::NameConsent))
        existing.nameConsent = m.nameConsent;
    return existing;
}

} // namespace offkai
