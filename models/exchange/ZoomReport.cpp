#include "ZoomReport.h"

#include <QRegularExpression>

namespace offkai {

namespace {
const QString kDevices = QStringLiteral(
    "iPhone|iPad|iPod|Android|Galaxy|Pixel|Xperia|AQUOS|arrows|OPPO|Xiaomi|Redmi|HUAWEI|motorola|OnePlus|"
    "Surface|MacBook|iMac|Mac ?mini|Chromebook|Zoom ?Rooms?|Zoom ?Phone");

/// The owner of a device named after them ("佐藤のiPhone", "Hanako's iPad"), or an empty string.
QString deviceOwner(const QString &text)
{
    static const QRegularExpression owned(QStringLiteral("^(.+?)(?:の|'s |’s )(?:%1)\\b.*$").arg(kDevices),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = owned.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

bool looksLikeHeader(const CsvReader::Record &record)
{
    return CsvReader::looksLikeHeader({record});
}
} // namespace

bool ZoomReport::isDeviceLabel(const QString &text)
{
    static const QRegularExpression device(QStringLiteral("^(?:%1)\\b").arg(kDevices),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression computer(QStringLiteral("^(?:DESKTOP|LAPTOP|PC|WIN)-[A-Z0-9]+$"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString value = text.trimmed();
    return device.match(value).hasMatch() || computer.match(value).hasMatch() ||
           !deviceOwner(value).isEmpty();
}

ZoomReport::Name ZoomReport::splitName(const QString &text)
{
    static const QRegularExpression withOriginal(QStringLiteral("^(.*\\S)\\s*[(（]([^()（）]*)[)）]$"));
    const QString value = text.simplified();
    const QRegularExpressionMatch match = withOriginal.match(value);
    if (!match.hasMatch()) {
        const QString owner = deviceOwner(value);
        return {owner.isEmpty() ? value : owner, {}};
    }
    const QString current = match.captured(1).trimmed();
    const QString inner = match.captured(2).simplified();
    if (isDeviceLabel(current))
        return {inner.isEmpty() ? current : inner, {}};
    return {current, inner == current ? QString() : inner};
}

bool ZoomReport::isTitle(const CsvReader::Record &record)
{
    if (record.fields.isEmpty() || record.fields.constFirst().trimmed().isEmpty())
        return false;
    for (qsizetype i = 1; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

qsizetype ZoomReport::findTitle(const QList<CsvReader::Record> &records, const QString &title)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (isTitle(records.at(i)) &&
            records.at(i).fields.constFirst().trimmed().compare(title, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qsizetype ZoomReport::sectionEnd(const QList<CsvReader::Record> &records, qsizetype header)
{
    for (qsizetype i = header + 1; i < records.size(); ++i) {
        const CsvReader::Record &record = records.at(i);
        if (isTitle(record) && i + 1 < records.size() && looksLikeHeader(records.at(i + 1)))
            return i;
        const bool afterBlankLine = record.row > records.at(i - 1).row + 1;
        if (afterBlankLine && looksLikeHeader(record))
            return i;
    }
    return records.size();
}

} // namespace offkai
