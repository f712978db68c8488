#include "EventPrintData.h"

#include "records/ParticipantRow.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/OccupationCatalog.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QCollator>

namespace offkai {

Result<EventPrintData> EventPrintData::load(Workspace &workspace, qint64 eventId, const QLocale &locale)
{
    auto event = workspace.events().get(eventId);
    if (!event)
        return event.error();
    EventPrintData data;
    data.title = event->title.simplified();
    data.when = event->whenText(locale, workspace.settings().zone());
    if (event->venueId > 0) {
        auto venue = workspace.venues().get(event->venueId);
        if (!venue)
            return venue.error();
        data.venue = venue->name.simplified();
    }
    auto rows = workspace.participations().participantsOf(eventId);
    if (!rows)
        return rows.error();
    for (const ParticipantRow &row : std::as_const(*rows)) {
        if (row.participation.rsvp != Participation::Rsvp::Going)
            continue;
        data.people.append({row.displayName.simplified(), row.reading.simplified(),
                            row.affiliation.simplified(), row.jobTitle.simplified(),
                            workspace.occupations().label(row.occupation)});
    }
    sortByReading(data.people, locale);
    return data;
}

void EventPrintData::sortByReading(QList<Person> &people, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setNumericMode(true);
    std::stable_sort(people.begin(), people.end(), [&](const Person &a, const Person &b) {
        const QString &ka = a.reading.isEmpty() ? a.name : a.reading;
        const QString &kb = b.reading.isEmpty() ? b.name : b.reading;
        return collator.compare(ka, kb) < 0;
    });
}

QFont EventPrintData::font(int size, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
                      QStringLiteral("IPAGothic"), QStringLiteral("IPAexGothic"),
                      QStringLiteral("Hiragino Sans"), QStringLiteral("Hiragino Kaku Gothic ProN"),
                      QStringLiteral("Yu Gothic UI"), QStringLiteral("Yu Gothic"), QStringLiteral("Meiryo"),
                      QStringLiteral("sans-serif")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, size));
    font.setBold(bold);
    return font;
}

} // namespace offkai
