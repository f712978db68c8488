#pragma once

#include "records/RecordLookups.h"

namespace offkai {

class Workspace;

/// The names behind the ids a record holds (members, venues, events, event types), read from a workspace's
/// stores when a conflict dialog shows a field (RecordField). The workspace must outlive the lookups.
class WorkspaceLookups
{
public:
    static RecordLookups of(Workspace &workspace);
};

} // namespace offkai
