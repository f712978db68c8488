#pragma once

#include "Event.h"
#include "Participation.h"

#include <QList>

namespace offkai {

/// An event with its participants, so that EventRestorer::restore can put a deleted event back exactly.
struct EventSnapshot
{
    Event event;
    QList<Participation> participations;
};

} // namespace offkai
