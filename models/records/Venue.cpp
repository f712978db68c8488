#include "Venue.h"

#include <QUrlQuery>

namespace offkai {

bool Venue::sameContent(const Venue &o) const
{
    return id == o.id && name == o.name && kind == o.kind && address == o.address && mapUrl == o.mapUrl &&
           stations == o.stations && bus == o.bus && parking == o.parking && nearby == o.nearby &&
           capacity == o.capacity && priceRange == o.priceRange && phone == o.phone && webUrl == o.webUrl &&
           meetingUrl == o.meetingUrl && notes == o.notes && shortMapUrl == o.shortMapUrl;
}

QUrl Venue::mapLink() const
{
    if (!mapUrl.trimmed().isEmpty())
        return QUrl(mapUrl.trimmed());
    if (address.trimmed().isEmpty())
        return {};
    // Maps URLs (documented, no API key): opens a search for the address in the browser.
    QUrl url(QStringLiteral("https://www.google.com/maps/search/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("query"), address.simplified());
    url.setQuery(query);
    return url;
}

QString Venue::stationText(const VenueStation &s)
{
    QString text = s.station;
    if (!s.line.isEmpty())
        text += QStringLiteral(" (") + s.line + QLatin1Char(')');
    return text + compactAccess(s);
}

QString Venue::compactAccess(const VenueStation &s)
{
    QString text;
    if (!s.exit.isEmpty()) {
        // Japanese exit names carry their own word ("A4出口", "三田口", "西口"); a bare "A4" gets one.
        bool latinOnly = true;
        for (const QChar ch : s.exit)
            latinOnly = latinOnly && ch.unicode() < 0x80;
        const bool named = !latinOnly || s.exit.contains(QLatin1String("exit"), Qt::CaseInsensitive);
        text += QLatin1Char(' ') + (named ? s.exit : tr("exit %1").arg(s.exit));
    }
    if (s.walkMinutes)
        text += QLatin1Char(' ') + tr("%n min walk", nullptr, *s.walkMinutes);
    return text;
}

QString Venue::nearestStationText() const
{
    return stations.isEmpty() ? QString()
                              : stations.constFirst().station + compactAccess(stations.constFirst());
}

QList<Venue::Kind> Venue::allKinds()
{
    return {Kind::Bar,    Kind::Cafe,   Kind::Restaurant, Kind::RentalSpace,
            Kind::Office, Kind::Online, Kind::Other};
}

QString Venue::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Bar:
        return QStringLiteral("bar");
    case Kind::Cafe:
        return QStringLiteral("cafe");
    case Kind::Restaurant:
        return QStringLiteral("restaurant");
    case Kind::RentalSpace:
        return QStringLiteral("rental_space");
    case Kind::Office:
        return QStringLiteral("office");
    case Kind::Online:
        return QStringLiteral("online");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Venue::Kind> Venue::kindFromKey(const QString &key)
{
    for (Kind kind : allKinds()) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString Venue::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Bar:
        return tr("Bar");
    case Kind::Cafe:
        return tr("Café");
    case Kind::Restaurant:
        return tr("Restaurant");
    case Kind::RentalSpace:
        return tr("Rental space");
    case Kind::Office:
        return tr("Office");
    case Kind::Online:
        return tr("Online");
    case Kind::Other:
        break;
    }
    return tr("Other");
}

} // namespace offkai
