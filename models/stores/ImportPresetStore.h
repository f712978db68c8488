#pragma once

#include "core/Result.h"
#include "exchange/MemberCsvMapping.h"

#include <QObject>
#include <QStringList>

namespace offkai {

class Database;

/// Named CSV import presets (column mapping, encoding, delimiter, header row) in `import_presets`.
class ImportPresetStore : public QObject
{
    Q_OBJECT
public:
    explicit ImportPresetStore(Database &database, QObject *parent = nullptr);

    /// Preset names in the locale's order.
    Result<QStringList> names() const;
    Result<MemberCsvMapping> load(const QString &name) const;
    /// Saves `mapping` under `name`, replacing a preset of that name.
    Result<void> save(const QString &name, const MemberCsvMapping &mapping);
    Result<void> remove(const QString &name);

Q_SIGNALS:
    void presetsChanged();

private:
    Database &m_database;
};

} // namespace offkai
