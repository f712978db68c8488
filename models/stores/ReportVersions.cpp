#include "ReportVersions.h"

#include "storage/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace offkai {

Result<qint64> ReportVersions::current(const QSqlDatabase &db, qint64 id, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT row_version FROM reports WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    if (!query.next())
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("offkai::ReportStore", "The report no longer exists."),
                     QStringLiteral("report %1").arg(id));
    return query.value(0).toLongLong();
}

bool ReportVersions::accepts(qint64 id, qint64 expected, qint64 current) const
{
    if (expected == 0 || expected == current)
        return true;
    const auto run = m_own.constFind(id);
    return run != m_own.cend() && run->from <= expected && expected <= run->to && current == run->to;
}

void ReportVersions::wrote(qint64 id, qint64 version)
{
    auto run = m_own.find(id);
    if (run != m_own.end() && run->to == version - 1)
        run->to = version;
    else
        m_own.insert(id, {version - 1, version});
}

} // namespace offkai
