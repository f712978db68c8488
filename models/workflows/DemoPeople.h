#pragma once

#include "records/Member.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace offkai {

class DemoRandom;

/// One person of the demo's history, before they are written: the member record (its `referredBy` and
/// `answers` still unresolved) and how they take part in events.
struct DemoPerson
{
    Member member;
    int referrer = -1;   ///< index of the person who brought them in, -1 for none
    QStringList answers; ///< answers to the join questions, in the questions' order
    int weight = 0;      ///< how readily they come to events; 0 for applicants
    QDate activeUntil;   ///< the last day they still come (left or went quiet); invalid: still do
};

/// The people who joined the demo community over its last two years, made up from tables of Japanese
/// names, work and regions: a few more each month as it grows, some referred by earlier members, some
/// who left or went quiet, a handful of applicants still waiting. Pure data: nothing is written here.
class DemoPeople
{
public:
    /// People who joined between `from` and the day before `today`, in the order they joined, then the
    /// applicants. `random` decides everything; the same seed and days give the same people.
    static QList<DemoPerson> generate(const QDate &from, const QDate &today, DemoRandom &random);
};

} // namespace offkai
