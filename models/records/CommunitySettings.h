#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace offkai {

struct Event;

/// The community's own settings, stored in its database (CommunitySettingsStore) and edited in
/// Preferences: its name, and the defaults that new events, member imports and reports start from.
struct CommunitySettings
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CommunitySettings)
public:
    /// How members' readings (furigana) are written. Member imports turn the readings they read into
    /// this script (half-width katakana included).
    enum class ReadingKana
    {
        Hiragana,
        Katakana
    };
    /// The window's colours.
    enum class Theme
    {
        FollowSystem,
        Light,
        Dark
    };

    static constexpr int kDefaultNextTimeMonths = 3;
    static constexpr int kMaximumNextTimeMonths = 24;
    static constexpr int kMaximumNameLength = 200;

    /// The community's name, shown in the window's title; empty when it has none yet.
    QString name;
    /// The zone new events start in; invalid when none was chosen (see effectiveTimeZone()).
    QTimeZone timeZone;
    /// What a new event starts with; nullopt: none (as the event editor's "not set").
    std::optional<int> defaultFee; ///< per person, in yen
    std::optional<int> defaultCapacity;
    /// Whether organizers, hosts, speakers and staff take places of an event's capacity. New events take
    /// it as Event::staffCount; the headcount of an event reads it through the event.
    bool staffTakePlaces = false;
    ReadingKana readingKana = ReadingKana::Hiragana;
    Theme theme = Theme::FollowSystem;
    /// The language of a new report's generated parts, "ja" or "en"; empty: the UI's language.
    QString reportLanguage;
    /// How many months after a meetup a report's "next time" looks, unless its template says otherwise.
    int nextTimeMonths = kDefaultNextTimeMonths;

    bool operator==(const CommunitySettings &) const = default;

    /// The chosen zone, or the one suggested for `locale` when none was chosen.
    QTimeZone effectiveTimeZone(const QLocale &locale = QLocale()) const;
    /// The report language to use: the chosen one, or "ja"/"en" after `locale`.
    QString effectiveReportLanguage(const QLocale &locale = QLocale()) const;
    /// A new event on `day`, 19:00–21:00 in the effective zone, with the default fee, capacity and
    /// whether staff take places.
    Event newEventOn(const QDate &day, const QLocale &locale = QLocale()) const;

    /// Asia/Tokyo for a Japanese locale; otherwise the system's zone (Asia/Tokyo when it has none).
    static QTimeZone suggestedTimeZone(const QLocale &locale);
    /// A zone as people read it, its localized name and its IANA id: "日本時間 (Asia/Tokyo)",
    /// "Japan Time (Asia/Tokyo)"; the id alone when the locale has no name for it.
    static QString timeZoneLabel(const QTimeZone &zone, const QLocale &locale);

    static QList<ReadingKana> allReadingKana() { return {ReadingKana::Hiragana, ReadingKana::Katakana}; }
    static QString readingKanaKey(ReadingKana kana);
    static std::optional<ReadingKana> readingKanaFromKey(const QString &key);
    static QString readingKanaLabel(ReadingKana kana);

    static QList<Theme> allThemes() { return {Theme::FollowSystem, Theme::Light, Theme::Dark}; }
    static QString themeKey(Theme theme);
    static std::optional<Theme> themeFromKey(const QString &key);
    static QString themeLabel(Theme theme);
};

} // namespace offkai
