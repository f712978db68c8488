#include "TimeZoneBox.h"

#include "records/CommunitySettings.h"

#include <algorithm>
#include <QCollator>
#include <QCompleter>
#include <QHash>
#include <QLineEdit>

namespace offkai {

namespace {
/// The zones as (label, id), in the locale's order of the labels. Naming some 400 zones takes a
/// moment, and every event editor shows the list: made once per locale.
const QList<std::pair<QString, QString>> &zonesFor(const QLocale &locale)
{
    static QHash<QString, QList<std::pair<QString, QString>>> cache;
    auto found = cache.find(locale.name());
    if (found != cache.end())
        return *found;
    QList<std::pair<QString, QString>> zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // UTC and the region/city ids: "Etc/GMT+9" and the old aliases ("Japan", "ROK") only confuse a list.
        if (id != "UTC" && (!id.contains('/') || id.startsWith("Etc/") || id.startsWith("SystemV/")))
            continue;
        zones.append({CommunitySettings::timeZoneLabel(QTimeZone(id), locale), QString::fromUtf8(id)});
    }
    QCollator collator(locale);
    std::sort(zones.begin(), zones.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    return *cache.insert(locale.name(), zones);
}
} // namespace

TimeZoneBox::TimeZoneBox(QWidget *parent, const QLocale &locale)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setAccessibleName(tr("Time zone"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    for (const auto &[label, id] : zonesFor(locale))
        addItem(label, id);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void TimeZoneBox::setZone(const QTimeZone &zone)
{
    const QString id = QString::fromUtf8(zone.id());
    int index = findData(id);
    if (index < 0 && zone.isValid()) {
        // An alias the list leaves out ("Japan"): shown all the same, so that nothing is lost.
        addItem(CommunitySettings::timeZoneLabel(zone, QLocale()), id);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

QTimeZone TimeZoneBox::zone() const
{
    const QString text = currentText().trimmed();
    if (const int index = findText(text, Qt::MatchFixedString); index >= 0)
        return QTimeZone(itemData(index).toString().toUtf8());
    // A typed id ("Asia/Tokyo").
    if (QTimeZone::isTimeZoneIdAvailable(text.toUtf8()))
        return QTimeZone(text.toUtf8());
    return {};
}

} // namespace offkai
