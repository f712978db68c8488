#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace offkai {

namespace {
const QString kKey = QStringLiteral("recentDatabases");
}

QStringList RecentDatabases::paths() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    QSettings().setValue(kKey, list);
}

void RecentDatabases::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    QSettings().setValue(kKey, list);
}

void RecentDatabases::clear()
{
    QSettings().remove(kKey);
}

} // namespace offkai
