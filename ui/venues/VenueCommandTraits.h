#pragma once

#include "records/Venue.h"
#include "records/VenueFields.h"
#include "shell/PlainRecordTraits.h"
#include "shell/RecordCommand.h"
#include "stores/VenueStore.h"

namespace offkai {

/// How a RecordCommand adds, edits and deletes a venue: undo of a deletion re-creates it with its id,
/// stations and creation time.
struct VenueCommandTraits : PlainRecordTraits<VenueStore, Venue>
{
    using Fields = VenueFields;

    static QString addText(const Venue &venue);
    static QString editText(const Venue &venue);
    static QString deleteText(const Venue &venue);
};

/// Adds, edits or deletes a venue, undoably.
using VenueCommand = RecordCommand<VenueCommandTraits>;

} // namespace offkai
