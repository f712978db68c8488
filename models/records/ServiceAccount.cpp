#include "ServiceAccount.h"

namespace offkai {

QList<ServiceAccount::Service> ServiceAccount::allServices()
{
    return {Service::Connpass, Service::Peatix, Service::Doorkeeper, Service::Meetup};
}

QString ServiceAccount::key(Service service)
{
    switch (service) {
    case Service::Connpass:
        return QStringLiteral("connpass");
    case Service::Peatix:
        return QStringLiteral("peatix");
    case Service::Doorkeeper:
        return QStringLiteral("doorkeeper");
    case Service::Meetup:
        return QStringLiteral("meetup");
    }
    return {};
}

std::optional<ServiceAccount::Service> ServiceAccount::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (Service service : allServices()) {
        if (ServiceAccount::key(service) == wanted)
            return service;
    }
    return std::nullopt;
}

QString ServiceAccount::label(Service service)
{
    switch (service) {
    case Service::Connpass:
        return tr("connpass");
    case Service::Peatix:
        return tr("Peatix");
    case Service::Doorkeeper:
        return tr("Doorkeeper");
    case Service::Meetup:
        return tr("Meetup");
    }
    return {};
}

QString ServiceAccount::accountKey(const QString &account)
{
    QString key = account.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    if (key.startsWith(QLatin1Char('@')))
        key.remove(0, 1);
    return key;
}

} // namespace offkai
