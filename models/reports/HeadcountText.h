#pragma once

#include "records/Headcount.h"
#include "reports/ReportLanguage.h"

#include <QLocale>
#include <QString>

namespace offkai {

/// The one wording of a Headcount, for the calendar's panel, the agenda, the venue's history, check-in,
/// the report and the command line.
///
/// A held event is counted by who came: "9名（うち当日参加1名）／定員14名", "9 people (1 walk-in) /
/// capacity 14". Before it, by who registered against the places: "参加予定8名／残り6名（定員14名）・
/// キャンセル待ち2名", "8 registered / 6 of 14 places left · 2 waitlisted"; organizers, hosts, speakers
/// and staff who take no place are added as "(+1 staff)".
class HeadcountText
{
public:
    /// In a report's language (ReportLanguage).
    static QString text(const Headcount &headcount, const ReportLanguage &language);
    /// In the UI's language: the locale's (ja or en).
    static QString text(const Headcount &headcount, const QLocale &locale = QLocale());
    /// Who came: "9名(うち当日参加1名)", "9 people (1 walk-in)", "1 person".
    static QString cameText(int came, int walkIns, const ReportLanguage &language);
};

} // namespace offkai
