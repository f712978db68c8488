#pragma once

#include <QFlags>
#include <QtGlobal>

namespace offkai {

/// Two members who are likely the same person, and why Offkai thinks so. `first` < `second`.
struct DuplicatePair
{
    enum class Reason
    {
        SameEmail = 0x1,   ///< an address in common, ignoring case
        SameName = 0x2,    ///< the same normalized display name
        SameReading = 0x4, ///< the same normalized reading
    };
    Q_DECLARE_FLAGS(Reasons, Reason)

    qint64 first = 0;
    qint64 second = 0;
    Reasons reasons;

    bool operator==(const DuplicatePair &) const = default;
};

} // namespace offkai

Q_DECLARE_OPERATORS_FOR_FLAGS(offkai::DuplicatePair::Reasons)
