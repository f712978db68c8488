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
    s.nameKey = TextNormalizer::compactKey(m.displayName);
    s.readingKey = TextNormalizer::compactKey(m.reading);
    s.sortKey = s.readingKey.isEmpty() ? s.nameKey : s.readingKey;
    s.name = TextNormalizer::indexText(m.displayName);
    s.reading = TextNormalizer::indexText(m.reading);
    s.affiliation = TextNormalizer::indexText(m.affiliation);
    s.tagText = TextNormalizer::indexText(s.tags.join(QLatin1Char(' ')));
    s.notes = TextNormalizer::indexText(m.notes);
    return s;
}

} // namespace offkai
