#include "IcsTimeZones.h"

#include <cstdlib>
#include <libical/ical.h>
#include <QHash>
#include <QMutex>

namespace offkai {

namespace {
QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

/// libical keeps its built-in zones for the life of the process; the texts are cached the same way.
QHash<QByteArray, QByteArray> &vtimezoneCache()
{
    static QHash<QByteArray, QByteArray> cache;
    return cache;
}

QByteArray makeVtimezone(const QByteArray &ianaId)
{
    icaltimezone *zone = icaltimezone_get_builtin_timezone(ianaId.constData());
    if (!zone)
        return {};
    icalcomponent *original = icaltimezone_get_component(zone);
    if (!original)
        return {};
    icalcomponent *copy = icalcomponent_new_clone(original);
    icalproperty *tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY);
    if (tzid)
        icalproperty_set_tzid(tzid, ianaId.constData());
    else
        icalcomponent_add_property(copy, icalproperty_new_tzid(ianaId.constData()));
    char *text = icalcomponent_as_ical_string_r(copy);
    QByteArray result(text);
    std::free(text);
    icalcomponent_free(copy);
    return result;
}
} // namespace

QByteArray IcsTimeZones::vtimezone(const QByteArray &ianaId)
{
    QMutexLocker lock(&cacheMutex());
    auto found = vtimezoneCache().constFind(ianaId);
    if (found != vtimezoneCache().constEnd())
        return *found;
    const QByteArray text = makeVtimezone(ianaId);
    vtimezoneCache().insert(ianaId, text);
    return text;
}

bool IcsTimeZones::canWrite(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::utc() || zone.id() == QByteArrayLiteral("UTC"))
        return false;
    return !vtimezone(zone.id()).isEmpty();
}

namespace {
QTimeZone resolve(const QString &tzidText);
} // namespace

QTimeZone IcsTimeZones::fromTzid(const QString &tzid)
{
    // Asking whether a zone exists enumerates every zone (ICU): remember the answers.
    static QHash<QString, QTimeZone> known;
    QMutexLocker lock(&cacheMutex());
    if (auto found = known.constFind(tzid); found != known.constEnd())
        return *found;
    lock.unlock();
    const QTimeZone zone = resolve(tzid);
    lock.relock();
    known.insert(tzid, zone);
    return zone;
}

namespace {
QTimeZone resolve(const QString &tzidText)
{
    QString tzid = tzidText.trimmed();
    if (tzid.startsWith(QLatin1Char('"')) && tzid.endsWith(QLatin1Char('"')) && tzid.size() >= 2)
        tzid = tzid.mid(1, tzid.size() - 2);
    // "/freeassociation.sourceforge.net/Asia/Tokyo", "/freeassociation.sourceforge.net/Tzfile/Asia/Tokyo",
    // "/mozilla.org/20070129_1/Asia/Tokyo", "/citadel.org/20190914_1/Asia/Tokyo": the IANA name is what
    // follows the prefix's path segments; try shorter and shorter tails.
    QStringList candidates{tzid};
    if (tzid.startsWith(QLatin1Char('/'))) {
        const QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < parts.size(); ++i)
            candidates.append(parts.mid(i).join(QLatin1Char('/')));
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QByteArray id = candidate.toUtf8();
        if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
            return QTimeZone(id);
    }
    // Outlook and Exchange write Windows names ("Tokyo Standard Time").
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    if (tzid.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        tzid.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0 ||
        tzid.compare(QLatin1String("Etc/UTC"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    return {};
}
} // namespace

} // namespace offkai
