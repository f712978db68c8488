#include "MemberSearchText.h"

#include "MemberStore.h"
#include "text/SearchDocument.h"
#include "text/TextNormalizer.h"

namespace offkai {

MemberSearchText MemberSearchText::of(const Member &m)
{
    MemberSearchText s;
    for (const QString &tag : m.tags) {
        const QString trimmed = tag.trimmed();
        if (!s.tags.contains(trimmed))
            s.tags.append(trimmed);
    }
    s.emailKeys.reserve(m.emails.size());
    for (const QString &email : m.emails)
        s.emailKeys.append(MemberStore::emailKey(email));
    // The name and the reading are folded once for both their keys and their index text (compactKey is
    // normalize without spaces).
    const QString name = TextNormalizer::normalize(m.displayName);
    const QString reading = TextNormalizer::normalize(m.reading);
    s.nameKey = QString(name).remove(QLatin1Char(' '));
    s.readingKey = QString(reading).remove(QLatin1Char(' '));
    s.sortKey = s.readingKey.isEmpty() ? s.nameKey : s.readingKey;
    s.name = TextNormalizer::indexTokens(name);
    s.reading = TextNormalizer::indexTokens(reading);
    const QChar separator = QLatin1Char('\n');
    s.affiliation = TextNormalizer::indexText(
        QStringList{m.affiliation, m.jobTitle, m.industry, m.region}.join(separator));
    s.tagText = TextNormalizer::indexText(s.tags.join(QLatin1Char(' ')));
    QStringList about{m.introduction, m.skills, m.notes};
    about += m.emails;
    for (const QString &account : m.accounts)
        about.append(account);
    s.notes = TextNormalizer::indexText(about.join(separator));
    return s;
}

QString MemberSearchText::document() const
{
    return SearchDocument::vector({name, reading, affiliation, tagText, notes});
}

} // namespace offkai
