#pragma once

#include "core/Result.h"
#include "exchange/AnnouncementWriter.h"

namespace offkai {

class Workspace;

/// Reads what an event's announcement is written from (AnnouncementWriter::Input): the event, its venue,
/// its host when they may be named, and its headcount.
class AnnouncementLoader
{
public:
    explicit AnnouncementLoader(Workspace &workspace);

    /// The input for the announcement of event `eventId`.
    Result<AnnouncementWriter::Input> load(qint64 eventId) const;

private:
    Workspace &m_workspace;
};

} // namespace offkai
