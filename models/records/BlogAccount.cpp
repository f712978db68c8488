#include "BlogAccount.h"

namespace offkai {

QString BlogAccount::secretKey() const
{
    return QStringLiteral("blog/%1/%2@%3")
        .arg(kindKey(kind), userName, url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
}

QList<BlogAccount::Kind> BlogAccount::allKinds()
{
    return {Kind::WordPress, Kind::Hatena};
}

QString BlogAccount::kindKey(Kind kind)
{
    return kind == Kind::Hatena ? QStringLiteral("hatena") : QStringLiteral("wordpress");
}

std::optional<BlogAccount::Kind> BlogAccount::kindFromKey(const QString &key)
{
    if (key == QLatin1String("wordpress"))
        return Kind::WordPress;
    if (key == QLatin1String("hatena"))
        return Kind::Hatena;
    return std::nullopt;
}

QString BlogAccount::kindLabel(Kind kind)
{
    return kind == Kind::Hatena ? tr("Hatena Blog") : tr("WordPress");
}

} // namespace offkai
