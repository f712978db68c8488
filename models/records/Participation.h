#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace offkai {

/// A member's part in one event: role, answer, whether they came, and what they paid.
struct Participation
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Participation)
public:
    enum class Role
    {
        Organizer,
        Host,
        Speaker,
        Staff,
        Attendee
    };
    enum class Rsvp
    {
        Going,
        Maybe,
        Declined,
        Waitlisted
    };

    qint64 eventId = 0;
    qint64 memberId = 0;
    Role role = Role::Attendee;
    Rsvp rsvp = Rsvp::Going;
    bool attended = false;
    bool walkIn = false;
    QDateTime checkedInAt;              ///< UTC
    std::optional<int> waitlistOrder;   ///< smaller is promoted first
    std::optional<int> feeDue;          ///< yen: the event fee or a share of a bill
    std::optional<int> feePaid;         ///< yen
    QDateTime paidAt;                   ///< UTC
    QDateTime registeredAt;             ///< UTC; invalid when not known (rows from before schema 10)
    std::optional<int> minutesAttended; ///< online events: minutes in the meeting (a Zoom report)
    QString note;

    bool operator==(const Participation &) const = default;

    /// True when this participation takes one of the event's places: going (or came), and an attendee
    /// unless the event counts staff too.
    bool takesPlace(bool staffCount) const;
    /// True when this person owes the fee or a share of the bill: they came, or (before the event) are
    /// going. Someone who declined, may come or waits for a place is never billed.
    bool isBilled() const { return attended || rsvp == Rsvp::Going; }

    static QList<Role> allRoles();
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    static QString roleLabel(Role role);

    static QList<Rsvp> allRsvps();
    static QString rsvpKey(Rsvp rsvp);
    static std::optional<Rsvp> rsvpFromKey(const QString &key);
    static QString rsvpLabel(Rsvp rsvp);
};

} // namespace offkai
