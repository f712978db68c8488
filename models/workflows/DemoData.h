#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace offkai {

class Workspace;

/// Fills a freshly migrated, empty database with the demo community (the seeds' stories).
///
/// The community is "オンライン異業種交流会", a private Facebook group holding online meetups (オン会) and
/// offline meetups (オフ会): about thirty members, four venues (a Ginza wine bar, a Takadanobaba Spanish bar,
/// a rental space with full access notes, and a paid Zoom room), the 2013 meetups with their attendance,
/// two tentative events without a fixed day, and three upcoming events placed relative to `today`.
/// The data is Japanese, as a Japanese organizer would type it; it is not translated.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(offkai::DemoData)

public:
    /// The ids of what populate() wrote, for the parts of the demo built on it.
    struct Ids
    {
        QHash<QString, qint64> members; ///< by display name
        QList<qint64> activeMembers;    ///< in the order they were added
        QList<qint64> venues;           ///< in the order they were added
        QHash<QString, qint64> events;  ///< by title
        QHash<qint64, QDate> joinedOn;  ///< the day each member joined, by id (members who did)
    };

    /// Adds everything through the stores; the caller wraps the call in a transaction. `today` anchors the
    /// upcoming events.
    static Result<Ids> populate(Workspace &workspace, const QDate &today);

    /// The community's paid Zoom room, where its online events take place.
    static QString zoomUrl();
};

} // namespace offkai
