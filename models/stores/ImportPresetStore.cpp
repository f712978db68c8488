#include "ImportPresetStore.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <QCollator>
#include <QDateTime>
#include <QSqlQuery>

namespace offkai {

ImportPresetStore::ImportPresetStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QStringList> ImportPresetStore::names() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM import_presets")))
        return SqlErrors::fromQuery(query, tr("Could not read the import presets."));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    QCollator collator;
    std::sort(names.begin(), names.end(), collator);
    return names;
}

Result<MemberCsvMapping> ImportPresetStore::load(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mapping FROM import_presets WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the import presets."));
    if (!query.next())
        return Error(Error::Code::NotFound, tr("There is no import preset named “%1”.").arg(name),
                     QStringLiteral("preset ") + name);
    return MemberCsvMapping::fromJson(query.value(0).toString().toUtf8());
}

Result<void> ImportPresetStore::save(const QString &name, const MemberCsvMapping &mapping)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::Invalid, tr("An import preset needs a name."));
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO import_presets (name, mapping, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    query.addBindValue(trimmed);
    query.addBindValue(QString::fromUtf8(mapping.toJson()));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the import preset."));
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT presetsChanged();
    return {};
}

Result<void> ImportPresetStore::remove(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM import_presets WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not delete the import preset."));
    Q_EMIT presetsChanged();
    return {};
}

} // namespace offkai
