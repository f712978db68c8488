#include "ChangeLogEntry.h"

namespace offkai {

QString ChangeLogEntry::tableOf(Kind kind)
{
    switch (kind) {
    case Kind::Member:
        return QStringLiteral("members");
    case Kind::Event:
        return QStringLiteral("events");
    case Kind::Venue:
        return QStringLiteral("venues");
    case Kind::Report:
        return QStringLiteral("reports");
    case Kind::Series:
        return QStringLiteral("series");
    case Kind::Participants:
        return QStringLiteral("participations");
    }
    return {};
}

std::optional<ChangeLogEntry::Kind> ChangeLogEntry::kindOfTable(const QString &table)
{
    for (Kind kind :
         {Kind::Member, Kind::Event, Kind::Venue, Kind::Report, Kind::Series, Kind::Participants}) {
        if (tableOf(kind) == table)
            return kind;
    }
    return std::nullopt;
}

QString ChangeLogEntry::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Member:
        return tr("Member");
    case Kind::Event:
        return tr("Event");
    case Kind::Venue:
        return tr("Venue");
    case Kind::Report:
        return tr("Report");
    case Kind::Series:
        return tr("Series");
    case Kind::Participants:
        return tr("Participants");
    }
    return {};
}

QString ChangeLogEntry::operationLabel(Operation operation)
{
    switch (operation) {
    case Operation::Added:
        return tr("Added");
    case Operation::Changed:
        return tr("Changed");
    case Operation::Deleted:
        return tr("Deleted");
    }
    return {};
}

QString ChangeLogEntry::operationKey(Operation operation)
{
    switch (operation) {
    case Operation::Added:
        return QStringLiteral("added");
    case Operation::Changed:
        return QStringLiteral("changed");
    case Operation::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

QString ChangeLogEntry::recordText() const
{
    if (!recordName.isEmpty())
        return recordName;
    return tr("#%1 (deleted)").arg(recordId);
}

} // namespace offkai
