#include "MemberSearchText.h"

#include "MemberStore.h"
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
    s.affiliation = TextNormalizer::indexText(m.affiliation);
    s.tagText = TextNormalizer::indexText(s.tags.join(QLatin1Char(' ')));
    // Service accounts are searched with the notes: one more FTS column would change every query.
    QString notes = m.notes;
    for (const QString &account : m.accounts)
        notes += QLatin1Char('\n') + account;
    s.notes = TextNormalizer::indexText(notes);
    return s;
}

} // namespace offkai
