#include "CheckCommand.h"

#include "CommandLine.h"
#include "Output.h"
#include "scheduling/Recurrence.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/SeriesStore.h"

#include <QDir>

namespace offkai {

bool CheckCommand::checkSeries(Database &database)
{
    // Every stored series must expand, or calendar export and candidates would fail on it later.
    EventStore events(database);
    SeriesStore store(database, events);
    auto all = store.all();
    if (!all) {
        Output::message(all.error().toString());
        return false;
    }
    int unusable = 0;
    for (const Series &series : std::as_const(*all)) {
        if (auto valid = Recurrence::validate(series.rrule, series.firstStart); !valid) {
            ++unusable;
            Output::message(
                tr("Series %1 “%2”: %3").arg(series.id).arg(series.title, valid.error().message()));
        }
    }
    Output::data(unusable == 0
                     ? tr("series: %n checked, all usable", nullptr, int(all->size())) + QLatin1Char('\n')
                     : tr("series: %1 of %2 cannot be expanded").arg(unusable).arg(all->size()) +
                           QLatin1Char('\n'));
    return unusable == 0;
}

int CheckCommand::run(const QString &path)
{
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    auto db = Database::open(path, options);
    if (!db) {
        Output::message(db.error().toString());
        return CommandLine::Failure;
    }
    if (!(*db)->recoveryNote().isEmpty())
        Output::message((*db)->recoveryNote());
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
    } else if (ok && version == supported) {
        // An older file is brought up to date when Offkai opens it; its series are checked then.
        ok = checkSeries(**db);
    }
    return ok ? CommandLine::Success : CommandLine::Failure;
}

} // namespace offkai
