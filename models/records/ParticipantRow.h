#pragma once

#include "Participation.h"

#include <QString>

namespace offkai {

/// One line of an event's participant list: the participation and the member it is about.
struct ParticipantRow
{
    Participation participation;
    QString displayName;
    QString reading;
    QString affiliation;
    QString occupation; ///< catalogue key
    QString jobTitle;
};

} // namespace offkai
