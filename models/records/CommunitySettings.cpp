#include "CommunitySettings.h"

#include "records/Event.h"

namespace offkai {

QTimeZone CommunitySettings::effectiveTimeZone(const QLocale &locale) const
{
    return timeZone.isValid() ? timeZone : suggestedTimeZone(locale);
}

QString CommunitySettings::effectiveReportLanguage(const QLocale &locale) const
{
    if (!reportLanguage.isEmpty())
        return reportLanguage;
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

Event CommunitySettings::newEventOn(const QDate &day, const QLocale &locale) const
{
    Event event;
    event.timeZone = effectiveTimeZone(locale);
    event.start = QDateTime(day, QTime(19, 0), event.timeZone);
    event.end = QDateTime(day, QTime(21, 0), event.timeZone);
    event.fee = defaultFee;
    event.capacity = defaultCapacity;
    event.staffCount = staffTakePlaces;
    return event;
}

QTimeZone CommunitySettings::suggestedTimeZone(const QLocale &locale)
{
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    if (locale.language() == QLocale::Japanese || locale.territory() == QLocale::Japan)
        return tokyo;
    const QTimeZone system = QTimeZone::systemTimeZone();
    // A system zone without an IANA id (a fixed offset) is no choice to keep in a shared file.
    if (!system.isValid() || !QTimeZone::isTimeZoneIdAvailable(system.id()))
        return tokyo;
    return system;
}

QString CommunitySettings::timeZoneLabel(const QTimeZone &zone, const QLocale &locale)
{
    const QString id = QString::fromUtf8(zone.id());
    if (!zone.isValid())
        return id;
    const QString name = zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, locale);
    // Without a localized name Qt gives an offset ("UTC+09:00") or the id itself: the id says more.
    if (name.isEmpty() || name == id || name.startsWith(QLatin1String("UTC")) ||
        name.startsWith(QLatin1String("GMT")))
        return id;
    return tr("%1 (%2)", "time zone: localized name (IANA id)").arg(name, id);
}

QString CommunitySettings::readingKanaKey(ReadingKana kana)
{
    return kana == ReadingKana::Katakana ? QStringLiteral("katakana") : QStringLiteral("hiragana");
}

std::optional<CommunitySettings::ReadingKana> CommunitySettings::readingKanaFromKey(const QString &key)
{
    for (ReadingKana kana : allReadingKana()) {
        if (readingKanaKey(kana) == key)
            return kana;
    }
    return std::nullopt;
}

QString CommunitySettings::readingKanaLabel(ReadingKana kana)
{
    return kana == ReadingKana::Katakana ? tr("Katakana (ヤマダ タロウ)") : tr("Hiragana (やまだ たろう)");
}

QString CommunitySettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

std::optional<CommunitySettings::Theme> CommunitySettings::themeFromKey(const QString &key)
{
    for (Theme theme : allThemes()) {
        if (themeKey(theme) == key)
            return theme;
    }
    return std::nullopt;
}

QString CommunitySettings::themeLabel(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return tr("Light");
    case Theme::Dark:
        return tr("Dark");
    case Theme::FollowSystem:
        break;
    }
    return tr("Follow the system");
}

} // namespace offkai
