#include "CheckCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "storage/Database.h"

#include <QDir>

namespace offkai {

int CheckCommand::run(const QString &path)
{
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(path, options);
    if (!db) {
        Output::message(db.error().toString());
        return CommandLine::Failure;
    }
    const int version = (*db)->schemaVersion();
    const int supported = Database::supportedSchemaVersion();
    auto integrity = (*db)->integrityCheck();
    if (!integrity) {
        Output::message(integrity.error().toString());
        return CommandLine::Failure;
    }
    Output::data(tr("database: %1").arg(QDir::toNativeSeparators((*db)->path())) + QLatin1Char('\n'));
    Output::data(tr("schema: %1 (this Offkai: %2)").arg(version).arg(supported) + QLatin1Char('\n'));
    Output::data(tr("integrity: %1").arg(*integrity) + QLatin1Char('\n'));
    bool ok = *integrity == QLatin1String("ok");
    if (version > supported) {
        Output::message(
            tr("This database was saved by a newer version of Offkai. Update Offkai to open it."));
        ok = false;
    }
    return ok ? CommandLine::Success : CommandLine::Failure;
}

} // namespace offkai
