#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace offkai {

/// One way to reach a venue by train: "銀座駅 (東京メトロ銀座線) A4出口 徒歩3分".
struct VenueStation
{
    QString station;
    QString line;
    QString exit;
    std::optional<int> walkMinutes;

    bool operator==(const VenueStation &) const = default;
};

/// A place where a community meets: a bar, a rental space, or an online room.
struct Venue
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Venue)
public:
    enum class Kind
    {
        Bar,
        Cafe,
        Restaurant,
        RentalSpace,
        Office,
        Online,
        Other
    };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Other;
    QString address;
    QString mapUrl;      ///< an explicit map link; empty means "search the address"
    QString shortMapUrl; ///< a short link to the map (https://maps.app.goo.gl/…) for plain-text posts
    QList<VenueStation> stations;
    QString bus;
    QString parking;
    QString nearby;
    std::optional<int> capacity;
    QString priceRange;
    QString phone;
    QString webUrl;
    QString meetingUrl;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The row's version when it was read (venues.row_version): VenueStore::update writes only over
    /// that version. 0 for a venue not read from the database, which is written without that check.
    qint64 version = 0;
    /// Who last changed the venue, on a team database (the database user in change_log); empty on a file.
    QString updatedBy;

    /// Equality of what the user edits (timestamps are the store's business).
    bool sameContent(const Venue &other) const;

    /// The explicit map link, or a map search for the address (empty when there is neither).
    QUrl mapLink() const;

    /// "銀座駅 A4出口 徒歩3分" for the first station (without its line), in the UI language.
    QString nearestStationText() const;
    /// "銀座駅 (東京メトロ銀座線) A4出口 徒歩3分": the station with its line and access.
    static QString stationText(const VenueStation &station);
    /// " A4出口 徒歩3分": exit and walking time, each only when given.
    static QString compactAccess(const VenueStation &station);

    static QList<Kind> allKinds();
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindLabel(Kind kind);
};

} // namespace offkai
