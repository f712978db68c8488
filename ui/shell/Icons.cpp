#include "Icons.h"

#include <QHash>

namespace offkai {

QIcon Icons::get(const QString &name)
{
    // Looked up once per name: each lookup searches the theme's folders and reads an SVG.
    static QHash<QString, QIcon> cache;
    auto found = cache.constFind(name);
    if (found == cache.constEnd()) {
        found = cache.insert(name, QIcon::fromTheme(name, QIcon(QStringLiteral(":/offkai/icons/") + name +
                                                                QStringLiteral(".svg"))));
    }
    return *found;
}

} // namespace offkai
