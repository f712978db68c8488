#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace offkai {

/// Who last changed a row, from the change log a team database keeps (see
/// resources/schema/postgresql/015_shared_editing.sql): the database user named in its latest entry. A file
/// keeps no log: there it is always empty.
class LastChange
{
public:
    /// The organizer who last changed row `id` of `table` ("venues", "events", "reports"), or an empty
    /// string; `what` is the message of a failed read.
    static Result<QString> organizer(const QSqlDatabase &db, const QString &table, qint64 id,
                                     const QString &what);
};

} // namespace offkai
