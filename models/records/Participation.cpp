#include "Participation.h"

namespace offkai {

bool Participation::takesPlace(bool staffCount) const
{
    if (rsvp != Rsvp::Going && !attended)
        return false;
    return staffCount || role == Role::Attendee;
}

QList<Participation::Role> Participation::allRoles()
{
    return {Role::Organizer, Role::Host, Role::Speaker, Role::Staff, Role::Attendee};
}

QString Participation::roleKey(Role role)
{
    switch (role) {
    case Role::Organizer:
        return QStringLiteral("organizer");
    case Role::Host:
        return QStringLiteral("host");
    case Role::Speaker:
        return QStringLiteral("speaker");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Attendee:
        break;
    }
    return QStringLiteral("attendee");
}

std::optional<Participation::Role> Participation::roleFromKey(const QString &key)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString Participation::roleLabel(Role role)
{
    switch (role) {
    case Role::Organizer:
        return tr("Organizer");
    case Role::Host:
        return tr("Host");
    case Role::Speaker:
        return tr("Speaker");
    case Role::Staff:
        return tr("Staff");
    case Role::Attendee:
        break;
    }
    return tr("Attendee");
}

QList<Participation::Rsvp> Participation::allRsvps()
{
    return {Rsvp::Going, Rsvp::Maybe, Rsvp::Declined, Rsvp::Waitlisted};
}

QString Participation::rsvpKey(Rsvp rsvp)
{
    switch (rsvp) {
    case Rsvp::Maybe:
        return QStringLiteral("maybe");
    case Rsvp::Declined:
        return QStringLiteral("declined");
    case Rsvp::Waitlisted:
        return QStringLiteral("waitlisted");
    case Rsvp::Going:
        break;
    }
    return QStringLiteral("going");
}

std::optional<Participation::Rsvp> Participation::rsvpFromKey(const QString &key)
{
    for (Rsvp r : allRsvps()) {
        if (rsvpKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString Participation::rsvpLabel(Rsvp rsvp)
{
    switch (rsvp) {
    case Rsvp::Maybe:
        return tr("Maybe");
    case Rsvp::Declined:
        return tr("Declined");
    case Rsvp::Waitlisted:
        return tr("Waitlisted");
    case Rsvp::Going:
        break;
    }
    return tr("Going");
}

} // namespace offkai
