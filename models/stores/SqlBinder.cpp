#include "SqlBinder.h"

#include <QList>

namespace offkai {

SqlBinder &SqlBinder::operator<<(const QVariant &value)
{
    static const QList<QString> names = [] {
        QList<QString> list;
        for (int i = 0; i < 32; ++i)
            list.append(QStringLiteral(":p") + QString::number(i));
        return list;
    }();
    m_query.bindValue(names.at(m_next++), value);
    return *this;
}

QString SqlBinder::numbered(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 64);
    int n = 0;
    for (const QChar c : sql) {
        if (c == QLatin1Char('?'))
            out += QStringLiteral(":p") + QString::number(n++);
        else
            out += c;
    }
    return out;
}

} // namespace offkai
