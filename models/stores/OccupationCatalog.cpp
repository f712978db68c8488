#include "OccupationCatalog.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <QSet>
#include <QSqlQuery>

namespace offkai {

OccupationCatalog::OccupationCatalog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<Occupation>> OccupationCatalog::all() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT key, label, position FROM occupations ORDER BY position, key")))
        return SqlErrors::fromQuery(query, tr("Could not read the occupations."));
    QList<Occupation> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return list;
}

Result<void> OccupationCatalog::reload() const
{
    auto list = all();
    if (!list)
        return list.error();
    m_labels.clear();
    for (const Occupation &o : std::as_const(*list))
        m_labels.insert(o.key, o.label);
    m_loaded = true;
    return {};
}

void OccupationCatalog::changedElsewhere()
{
    m_labels.clear();
    m_loaded = false; // read again when next asked
    Q_EMIT occupationsChanged();
}

QString OccupationCatalog::label(const QString &key) const
{
    if (key.isEmpty())
        return {};
    if (!m_loaded)
        (void)reload();
    const QString label = m_labels.value(key);
    return label.isEmpty() ? Occupation::builtInLabel(key) : label;
}

Result<QString> OccupationCatalog::add(const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::Invalid, tr("An occupation needs a name."));
    auto list = all();
    if (!list)
        return list.error();
    int position = 0;
    QSet<QString> keys;
    for (const Occupation &o : std::as_const(*list)) {
        if (o.displayLabel().compare(trimmed, Qt::CaseInsensitive) == 0)
            return Error(Error::Code::Invalid, tr("The occupation “%1” already exists.").arg(trimmed));
        position = std::max(position, o.position + 1);
        keys.insert(o.key);
    }
    int n = 1;
    while (keys.contains(QStringLiteral("custom_%1").arg(n)))
        ++n;
    const QString key = QStringLiteral("custom_%1").arg(n);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO occupations (key, label, position) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(trimmed);
    query.addBindValue(position);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not add the occupation."));
    m_loaded = false;
    Q_EMIT occupationsChanged();
    return key;
}

Result<void> OccupationCatalog::rename(const QString &key, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty() && Occupation::builtInLabel(key) == key)
        return Error(Error::Code::Invalid, tr("An occupation needs a name."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE occupations SET label = ? WHERE key = ?"));
    query.addBindValue(SqlValues::text(trimmed));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not rename the occupation."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The occupation no longer exists."), key);
    m_loaded = false;
    Q_EMIT occupationsChanged();
    return {};
}

Result<void> OccupationCatalog::remove(const QString &key)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM members WHERE occupation = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not remove the occupation."));
    const int users = query.value(0).toInt();
    if (users > 0)
        return Error(Error::Code::InUse,
                     tr("This occupation cannot be removed because %n member(s) have it.", nullptr, users),
                     QStringLiteral("occupation %1 in use").arg(key));
    query.prepare(QStringLiteral("DELETE FROM occupations WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not remove the occupation."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The occupation no longer exists."), key);
    if (auto done = tx.commit(); !done)
        return done;
    m_loaded = false;
    Q_EMIT occupationsChanged();
    return {};
}

} // namespace offkai
