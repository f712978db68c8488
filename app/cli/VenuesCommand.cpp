#include "VenuesCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

namespace {
QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Venue &v)
{
    QJsonArray stations;
    for (const VenueStation &s : v.stations) {
        stations.append(QJsonObject{{QStringLiteral("station"), s.station},
                                    {QStringLiteral("line"), s.line},
                                    {QStringLiteral("exit"), s.exit},
                                    {QStringLiteral("walk_minutes"), optionalInt(s.walkMinutes)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("name"), v.name},
        {QStringLiteral("kind"), Venue::kindKey(v.kind)},
        {QStringLiteral("address"), v.address},
        {QStringLiteral("map_url"), v.mapLink().toString(QUrl::FullyEncoded)},
        {QStringLiteral("stations"), stations},
        {QStringLiteral("bus"), v.bus},
        {QStringLiteral("parking"), v.parking},
        {QStringLiteral("nearby"), v.nearby},
        {QStringLiteral("capacity"), optionalInt(v.capacity)},
        {QStringLiteral("price_range"), v.priceRange},
        {QStringLiteral("phone"), v.phone},
        {QStringLiteral("web_url"), v.webUrl},
        {QStringLiteral("meeting_url"), v.meetingUrl},
        {QStringLiteral("notes"), v.notes},
        {QStringLiteral("created_at"), v.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), v.updatedAt.toUTC().toString(Qt::ISODate)},
    };
}

QString toCsv(const QList<Venue> &venues)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                QStringLiteral("address"), QStringLiteral("stations"), QStringLiteral("bus"),
                QStringLiteral("parking"), QStringLiteral("nearby"), QStringLiteral("capacity"),
                QStringLiteral("price_range"), QStringLiteral("phone"), QStringLiteral("web_url"),
                QStringLiteral("meeting_url"), QStringLiteral("map_url"), QStringLiteral("notes")});
    for (const Venue &v : venues) {
        QStringList stations;
        for (const VenueStation &s : v.stations)
            stations.append(Venue::stationText(s));
        csv.addRow({QString::number(v.id), v.name, Venue::kindKey(v.kind), v.address,
                    stations.join(QStringLiteral("; ")), v.bus, v.parking, v.nearby,
                    v.capacity ? QString::number(*v.capacity) : QString(), v.priceRange, v.phone, v.webUrl,
                    v.meetingUrl, v.mapLink().toString(QUrl::FullyEncoded), v.notes});
    }
    return csv.text();
}
} // namespace

int VenuesCommand::run(Workspace &workspace, const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("list")) {
        Output::message(tr("Usage: offkai [--db PATH | --demo] venues list [--format csv|json]"));
        return CommandLine::UsageError;
    }
    // `venues` leaves "-1" to QCommandLineParser, as it always has.
    CommandOptions options(QStringLiteral("venues list"), QString(), CommandOptions::Rules{false, true});
    options.addFormat({QStringLiteral("csv"), QStringLiteral("json")});
    if (!options.parse(arguments.mid(1), 0))
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    auto venues = workspace.venues().list();
    if (!venues) {
        Output::message(venues.error().toString());
        return CommandLine::Failure;
    }
    if (*chosen == QLatin1String("json")) {
        QJsonArray array;
        for (const Venue &v : std::as_const(*venues))
            array.append(toJson(v));
        Output::data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        Output::data(toCsv(*venues));
    }
    return CommandLine::Success;
}

} // namespace offkai
