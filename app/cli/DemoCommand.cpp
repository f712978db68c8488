#include "DemoCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "Output.h"
#include "Subcommands.h"
#include "workflows/DemoDatabase.h"

#include <QDir>

namespace offkai {

QString DemoCommand::usage()
{
    return tr("Usage: offkai demo create PATH\n"
              "Writes a fresh demo community (two years of members, events, venues and reports ending "
              "today)\nto the database file PATH, to keep and change. An existing file is never "
              "replaced.\n");
}

int DemoCommand::run(const QStringList &arguments)
{
    return Subcommands(usage(), Subcommands::Unknown::NameTheProblem)
        .add(QStringLiteral("create"), &DemoCommand::create)
        .run(arguments);
}

int DemoCommand::create(const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("demo create"), usage());
    options.addPositional(QStringLiteral("PATH"), tr("The database file to write."));
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    auto written = DemoDatabase::createFile(options.positionalArguments().constFirst());
    if (!written) {
        Output::message(written.error().message());
        return CommandLine::Failure;
    }
    Output::message(tr("Wrote the demo database to %1.").arg(QDir::toNativeSeparators(*written)));
    return CommandLine::Success;
}

} // namespace offkai
