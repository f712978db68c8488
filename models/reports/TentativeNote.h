#pragma once

#include <QString>

namespace offkai {

/// The note of a tentative event ("月末の平日"), as a report's "next time" shows it beside the event's
/// title and date range.
class TentativeNote
{
public:
    /// What `note` adds to `said` (the event's title and date range): the note without the phrases `said`
    /// has already, phrases being what lies between punctuation and brackets. "9月中。日程未定（1回はやる
    /// 予定）" beside "2013年9月中（日程未定）" gives "1回はやる予定"; the brackets around what is kept stay
    /// when they still pair up. Empty when the note adds nothing.
    static QString beyond(const QString &note, const QString &said);
};

} // namespace offkai
