#include "MemberFields.h"

#include <QLocale>

namespace offkai {

namespace {

using Field = MemberFields::Field;
using Lookups = MemberFields::Lookups;

/// A field held in one QString member of Member.
Field textField(const char *key, const char *label, QString Member::*value)
{
    return {QString::fromLatin1(key), label,
            [value](const Member &a, const Member &b) { return a.*value == b.*value; },
            [value](const Member &m, const Lookups &) { return m.*value; },
            [value](Member &to, const Member &from) {
                to.*value = from.*value;
            }};
}

Field dateField(const char *key, const char *label, QDate Member::*value)
{
    return {QString::fromLatin1(key), label,
            [value](const Member &a, const Member &b) { return a.*value == b.*value; },
            [value](const Member &m, const Lookups &) {
                return (m.*value).isValid() ? QLocale().toString(m.*value, QLocale::ShortFormat) : QString();
            },
            [value](Member &to, const Member &from) {
                to.*value = from.*value;
            }};
}

QString occupationText(const Member &m, const Lookups &lookups)
{
    if (m.occupation.isEmpty() || !lookups.occupationLabel)
        return m.occupation;
    return lookups.occupationLabel(m.occupation);
}

QString referrerText(const Member &m, const Lookups &lookups)
{
    if (m.referredBy == 0)
        return {};
    const QString name = lookups.memberName ? lookups.memberName(m.referredBy) : QString();
    return name.isEmpty() ? QStringLiteral("#%1").arg(m.referredBy) : name;
}

QString answersText(const Member &m, const Lookups &lookups)
{
    QStringList lines;
    for (auto it = m.answers.cbegin(); it != m.answers.cend(); ++it) {
        const QString title = lookups.questionTitle ? lookups.questionTitle(it.key()) : QString();
        lines.append((title.isEmpty() ? QStringLiteral("#%1").arg(it.key()) : title) + QStringLiteral(": ") +
                     it.value());
    }
    return lines.join(QLatin1Char('\n'));
}

QString accountsText(const Member &m, const Lookups &)
{
    QStringList lines;
    for (auto it = m.accounts.cbegin(); it != m.accounts.cend(); ++it)
        lines.append(ServiceAccount::label(it.key()) + QStringLiteral(": ") + it.value());
    return lines.join(QLatin1Char('\n'));
}

QList<Field> makeFields()
{
    using M = Member;
    QList<Field> fields{
        textField("displayName", QT_TRANSLATE_NOOP("offkai::MemberFields", "Display name"), &M::displayName),
        textField("reading", QT_TRANSLATE_NOOP("offkai::MemberFields", "Reading"), &M::reading),
        textField("affiliation", QT_TRANSLATE_NOOP("offkai::MemberFields", "Affiliation"), &M::affiliation),
        textField("jobTitle", QT_TRANSLATE_NOOP("offkai::MemberFields", "Job title"), &M::jobTitle),
        {QStringLiteral("occupation"), QT_TRANSLATE_NOOP("offkai::MemberFields", "Occupation"),
         [](const M &a, const M &b) { return a.occupation == b.occupation; }, occupationText,
         [](M &to, const M &from) {
             to.occupation = from.occupation;
         }},
        textField("industry", QT_TRANSLATE_NOOP("offkai::MemberFields", "Industry"), &M::industry),
        textField("region", QT_TRANSLATE_NOOP("offkai::MemberFields", "Region"), &M::region),
        textField("introduction", QT_TRANSLATE_NOOP("offkai::MemberFields", "Self-introduction"),
                  &M::introduction),
        textField("skills", QT_TRANSLATE_NOOP("offkai::MemberFields", "Skills and interests"), &M::skills),
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("offkai::MemberFields", "Emails"),
         [](const M &a, const M &b) { return a.emails == b.emails; },
         [](const M &m, const Lookups &) { return m.emails.join(QLatin1Char('\n')); },
         [](M &to, const M &from) {
             to.emails = from.emails;
         }},
        textField("phone", QT_TRANSLATE_NOOP("offkai::MemberFields", "Phone"), &M::phone),
        textField("line", QT_TRANSLATE_NOOP("offkai::MemberFields", "LINE"), &M::line),
        textField("facebook", QT_TRANSLATE_NOOP("offkai::MemberFields", "Facebook"), &M::facebook),
        textField("xHandle", QT_TRANSLATE_NOOP("offkai::MemberFields", "X"), &M::xHandle),
        textField("slack", QT_TRANSLATE_NOOP("offkai::MemberFields", "Slack"), &M::slack),
        textField("otherUrl", QT_TRANSLATE_NOOP("offkai::MemberFields", "Other link"), &M::otherUrl),
        {QStringLiteral("accounts"), QT_TRANSLATE_NOOP("offkai::MemberFields", "Service accounts"),
         [](const M &a, const M &b) { return a.accounts == b.accounts; }, accountsText,
         [](M &to, const M &from) {
             to.accounts = from.accounts;
         }},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("offkai::MemberFields", "Status"),
         [](const M &a, const M &b) { return a.status == b.status; },
         [](const M &m, const Lookups &) { return Member::statusLabel(m.status); },
         [](M &to, const M &from) {
             to.status = from.status;
         }},
        dateField("joinedOn", QT_TRANSLATE_NOOP("offkai::MemberFields", "Joined"), &M::joinedOn),
        dateField("leftOn", QT_TRANSLATE_NOOP("offkai::MemberFields", "Left"), &M::leftOn),
        {QStringLiteral("referredBy"), QT_TRANSLATE_NOOP("offkai::MemberFields", "Referred by"),
         [](const M &a, const M &b) { return a.referredBy == b.referredBy; }, referrerText,
         [](M &to, const M &from) {
             to.referredBy = from.referredBy;
         }},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("offkai::MemberFields", "Tags"),
         [](const M &a, const M &b) { return a.tags == b.tags; },
         [](const M &m, const Lookups &) { return m.tags.join(QStringLiteral(", ")); },
         [](M &to, const M &from) {
             to.tags = from.tags;
         }},
        {QStringLiteral("nameConsent"), QT_TRANSLATE_NOOP("offkai::MemberFields", "Name in reports"),
         [](const M &a, const M &b) { return a.nameConsent == b.nameConsent; },
         [](const M &m, const Lookups &) { return Member::consentLabel(m.nameConsent); },
         [](M &to, const M &from) {
             to.nameConsent = from.nameConsent;
         }},
        textField("notes", QT_TRANSLATE_NOOP("offkai::MemberFields", "Notes"), &M::notes),
        {QStringLiteral("answers"),
         QT_TRANSLATE_NOOP("offkai::MemberFields", "Answers to the join questions"),
         [](const M &a, const M &b) { return a.answers == b.answers; }, answersText,
         [](M &to, const M &from) {
             to.answers = from.answers;
         }},
    };
    return fields;
}

} // namespace

const QList<MemberFields::Field> &MemberFields::all()
{
    static const QList<Field> fields = makeFields();
    return fields;
}

QString MemberFields::Field::label() const
{
    return QCoreApplication::translate("offkai::MemberFields", labelSource);
}

QStringList MemberFields::differing(const Member &a, const Member &b)
{
    QStringList keys;
    for (const Field &field : all()) {
        if (!field.equal(a, b))
            keys.append(field.key);
    }
    return keys;
}

const MemberFields::Field *MemberFields::find(const QString &key)
{
    for (const Field &field : all()) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

} // namespace offkai
