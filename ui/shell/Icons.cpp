#include "Icons.h"

namespace offkai {

QIcon Icons::get(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/offkai/icons/") + name + QStringLiteral(".svg")));
}

} // namespace offkai
