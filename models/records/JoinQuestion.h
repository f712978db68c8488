#pragma once

#include <QString>

namespace offkai {

/// A question the community asks everyone who applies; defined once, answered per member.
struct JoinQuestion
{
    qint64 id = 0;
    int position = 0;
    QString text;

    bool operator==(const JoinQuestion &) const = default;
};

} // namespace offkai
