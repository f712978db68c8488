#include "VenueFields.h"

#include <QLocale>

namespace offkai {

namespace {

constexpr const char *kContext = "offkai::VenueFields";
using Field = VenueFields::Field;

QString stationsText(const QList<VenueStation> &stations, const RecordLookups &)
{
    QStringList lines;
    for (const VenueStation &station : stations)
        lines.append(Venue::stationText(station));
    return lines.join(QLatin1Char('\n'));
}

QList<Field> makeFields()
{
    using V = Venue;
    return {
        Field::plain("name", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Name"), &V::name),
        Field::of<Venue::Kind>(
            "kind", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Kind"), &V::kind,
            [](const Venue::Kind &kind, const RecordLookups &) { return Venue::kindLabel(kind); }),
        Field::plain("address", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Address"), &V::address),
        Field::plain("mapUrl", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Map link"), &V::mapUrl),
        Field::plain("shortMapUrl", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Short map link"),
                     &V::shortMapUrl),
        Field::of<QList<VenueStation>>("stations", kContext,
                                       QT_TRANSLATE_NOOP("offkai::VenueFields", "Nearest stations"),
                                       &V::stations, stationsText),
        Field::plain("bus", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Bus"), &V::bus),
        Field::plain("parking", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Parking"), &V::parking),
        Field::plain("nearby", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Nearby"), &V::nearby),
        Field::of<std::optional<int>>("capacity", kContext,
                                      QT_TRANSLATE_NOOP("offkai::VenueFields", "Capacity"), &V::capacity,
                                      RecordLookups::numberText),
        Field::plain("priceRange", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Price range"),
                     &V::priceRange),
        Field::plain("phone", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Phone"), &V::phone),
        Field::plain("webUrl", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Web page"), &V::webUrl),
        Field::plain("meetingUrl", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Online meeting URL"),
                     &V::meetingUrl),
        Field::plain("notes", kContext, QT_TRANSLATE_NOOP("offkai::VenueFields", "Notes"), &V::notes),
    };
}

} // namespace

const QList<VenueFields::Field> &VenueFields::all()
{
    static const QList<Field> fields = makeFields();
    return fields;
}

} // namespace offkai
