#pragma once

#include <QStringView>

namespace offkai {

/// Fixed-width fields of ASCII digits in machine-written text ("2024-04-01", "20:00"), read without a
/// general parser for the paths that read one per row.
class AsciiDigits
{
public:
    /// The number written by the `length` characters of `text` from `from`, or -1 when one of them is not
    /// an ASCII digit (full-width digits included) or the field runs past the end.
    static int value(QStringView text, qsizetype from, qsizetype length);
};

} // namespace offkai
