#include "CommunitySettingsStore.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace offkai {

namespace {
const QString kName = QStringLiteral("name");
const QString kTimeZone = QStringLiteral("time_zone");
const QString kFee = QStringLiteral("default_fee");
const QString kCapacity = QStringLiteral("default_capacity");
const QString kStaff = QStringLiteral("staff_take_places");
const QString kKana = QStringLiteral("reading_kana");
const QString kTheme = QStringLiteral("theme");
const QString kReportLanguage = QStringLiteral("report_language");
const QString kNextTime = QStringLiteral("next_time_months");

std::optional<int> number(const QHash<QString, QString> &values, const QString &key)
{
    bool ok = false;
    const int n = values.value(key).toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

/// The rows that hold `settings`: a key with an empty value is a default and has no row.
QList<std::pair<QString, QString>> rowsOf(const CommunitySettings &s)
{
    const auto optional = [](const std::optional<int> &n) {
        return n ? QString::number(*n) : QString();
    };
    return {
        {kName, s.name.trimmed()},
        {kTimeZone, s.timeZone.isValid() ? QString::fromUtf8(s.timeZone.id()) : QString()},
        {kFee, optional(s.defaultFee)},
        {kCapacity, optional(s.defaultCapacity)},
        {kStaff, s.staffTakePlaces ? QStringLiteral("1") : QString()},
        {kKana, s.readingKana == CommunitySettings::ReadingKana::Hiragana
                    ? QString()
                    : CommunitySettings::readingKanaKey(s.readingKana)},
        {kTheme, s.theme == CommunitySettings::Theme::FollowSystem ? QString()
                                                                   : CommunitySettings::themeKey(s.theme)},
        {kReportLanguage, s.reportLanguage},
        {kNextTime, s.nextTimeMonths == CommunitySettings::kDefaultNextTimeMonths
                        ? QString()
                        : QString::number(s.nextTimeMonths)},
    };
}
} // namespace

CommunitySettingsStore::CommunitySettingsStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<CommunitySettings> CommunitySettingsStore::load() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM community_settings")))
        return SqlErrors::fromQuery(query, tr("Could not read the community's settings."));
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());

    CommunitySettings s;
    s.name = values.value(kName);
    if (const QByteArray zone = values.value(kTimeZone).toUtf8();
        !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        s.timeZone = QTimeZone(zone);
    if (const auto fee = number(values, kFee); fee && *fee >= 0)
        s.defaultFee = fee;
    if (const auto capacity = number(values, kCapacity); capacity && *capacity >= 1)
        s.defaultCapacity = capacity;
    s.staffTakePlaces = values.value(kStaff) == QLatin1String("1");
    s.readingKana = CommunitySettings::readingKanaFromKey(values.value(kKana))
                        .value_or(CommunitySettings::ReadingKana::Hiragana);
    s.theme = CommunitySettings::themeFromKey(values.value(kTheme))
                  .value_or(CommunitySettings::Theme::FollowSystem);
    if (const QString language = values.value(kReportLanguage);
        language == QLatin1String("ja") || language == QLatin1String("en"))
        s.reportLanguage = language;
    if (const auto months = number(values, kNextTime);
        months && *months >= 1 && *months <= CommunitySettings::kMaximumNextTimeMonths)
        s.nextTimeMonths = *months;
    return s;
}

Error CommunitySettingsStore::validate(const CommunitySettings &s)
{
    if (s.name.trimmed().size() > CommunitySettings::kMaximumNameLength)
        return Error(Error::Code::Invalid, tr("The community's name is longer than %n characters.", nullptr,
                                              CommunitySettings::kMaximumNameLength));
    if (s.name.contains(QLatin1Char('\n')))
        return Error(Error::Code::Invalid, tr("The community's name must be one line."));
    if (s.timeZone.isValid() && !QTimeZone::isTimeZoneIdAvailable(s.timeZone.id()))
        return Error(Error::Code::Invalid,
                     tr("“%1” is not a known time zone.").arg(QString::fromUtf8(s.timeZone.id())));
    if (s.defaultFee && *s.defaultFee < 0)
        return Error(Error::Code::Invalid, tr("The default fee cannot be negative."));
    if (s.defaultCapacity && *s.defaultCapacity < 1)
        return Error(Error::Code::Invalid, tr("The default capacity must be at least 1."));
    if (!s.reportLanguage.isEmpty() && s.reportLanguage != QLatin1String("ja") &&
        s.reportLanguage != QLatin1String("en"))
        return Error(Error::Code::Invalid, tr("Reports can be written in Japanese or English."));
    if (s.nextTimeMonths < 1 || s.nextTimeMonths > CommunitySettings::kMaximumNextTimeMonths)
        return Error(
            Error::Code::Invalid,
            tr("“Next time” looks ahead 1 to %1 months.").arg(CommunitySettings::kMaximumNextTimeMonths));
    return {};
}

Result<void> CommunitySettingsStore::save(const CommunitySettings &settings)
{
    if (const Error invalid = validate(settings); invalid.isError())
        return invalid;
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(QStringLiteral("INSERT INTO community_settings (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM community_settings WHERE key = ?"));
    for (const auto &[key, value] : rowsOf(settings)) {
        QSqlQuery &query = value.isEmpty() ? remove : upsert;
        query.addBindValue(key);
        if (!value.isEmpty())
            query.addBindValue(value);
        if (!query.exec())
            return SqlErrors::fromQuery(query, tr("Could not save the community's settings."));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

QTimeZone CommunitySettingsStore::zone() const
{
    const auto settings = load();
    return settings ? settings->effectiveTimeZone() : QTimeZone::systemTimeZone();
}

Result<void> CommunitySettingsStore::setName(const QString &name)
{
    auto settings = load();
    if (!settings)
        return settings.error();
    settings->name = name;
    return save(*settings);
}

} // namespace offkai
