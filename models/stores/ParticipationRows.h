#pragma once

#include "records/Participation.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace offkai {

/// How a participation is a row of `participations`: the columns a SELECT reads (as `p.…`), reading a
/// row, and writing rows with INSERT OR REPLACE. ParticipationStore's statements share it.
class ParticipationRows
{
public:
    /// The number of columns of columns(): a SELECT's further columns start there.
    static constexpr int kColumnCount = 14;

    /// "p.event_id, p.member_id, …", for "SELECT " + columns() + " FROM participations p …".
    static QString columns();
    /// The participation in the first kColumnCount columns of the query's current row.
    static Participation read(const QSqlQuery &q);
    /// Writes `rows` in their order (a later row of the same member replaces an earlier one), a block of
    /// rows a statement, through `q`, which is prepared again only when the number of rows changes.
    /// False on an error, which `q` holds.
    static bool write(QSqlQuery &q, const QList<Participation> &rows);
};

} // namespace offkai
