#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace offkai {

/// Binds values in order to the :p0, :p1, … placeholders of a statement written with `?` and passed
/// through numbered(). Qt 6.4's positional binding (addBindValue, bindValue(int)) formats a placeholder
/// name with QString::arg and hashes it for every value, about a quarter of an import's time; binding by
/// name only looks the name up.
class SqlBinder
{
public:
    explicit SqlBinder(QSqlQuery &query)
        : m_query(query)
    {}

    SqlBinder &operator<<(const QVariant &value);

    /// `sql` with its `?` placeholders numbered :p0, :p1, … (at most 32).
    static QString numbered(const QString &sql);

private:
    QSqlQuery &m_query;
    int m_next = 0;
};

} // namespace offkai
