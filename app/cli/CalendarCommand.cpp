#include "CalendarCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "Output.h"
#include "stores/Workspace.h"
#include "Subcommands.h"
#include "workflows/CalendarExporter.h"
#include "workflows/CalendarImporter.h"

namespace offkai {

QString CalendarCommand::usage()
{
    return CalendarCommand::tr(
        "Usage:\n"
        "  offkai --db PATH calendar export [--from DATE] [--to DATE] [--out FILE.ics] [--with-notes]\n"
        "  offkai --db PATH calendar import FILE.ics [--dry-run]\n"
        "DATE is YYYY-MM-DD. Without --out the calendar goes to standard output.\n");
}

int CalendarCommand::run(Workspace &workspace, const QStringList &arguments)
{
    return Subcommands(usage())
        .add(QStringLiteral("export"),
             [&](const QStringList &rest) { return exportCalendar(workspace, rest); })
        .add(QStringLiteral("import"),
             [&](const QStringList &rest) { return importCalendar(workspace, rest); })
        .run(arguments);
}

int CalendarCommand::exportCalendar(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("calendar export"), usage());
    const QCommandLineOption from(QStringLiteral("from"), tr("Only from this day."), tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only until this day."), tr("date"));
    options.add({from, to});
    options.addOut(tr("File to write (standard output if not given)."), tr("file"));
    const QCommandLineOption notes(QStringLiteral("with-notes"), tr("Include the organizers' notes."));
    options.add({notes});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto range = options.dateRange(from, to);
    if (!range)
        return CommandLine::UsageError;
    CalendarExporter::Options exportOptions;
    exportOptions.includeNotes = options.isSet(notes);
    auto exported = CalendarExporter(workspace).exportRange(range->first, range->second, exportOptions);
    if (!exported) {
        Output::message(exported.error().toString());
        return CommandLine::Failure;
    }
    if (const auto out = options.out()) {
        auto written = CalendarExporter::writeFile(*out, exported->bytes);
        if (!written) {
            Output::message(written.error().toString());
            return CommandLine::Failure;
        }
    } else {
        Output::bytes(exported->bytes);
    }
    Output::message(tr("Exported %n event(s)", nullptr, exported->events) + QStringLiteral(", ") +
                    tr("%n series", nullptr, exported->series) + QLatin1Char('.'));
    if (exported->leftOut > 0)
        Output::message(tr("Left out %n tentative event(s) without a day.", nullptr, exported->leftOut));
    return CommandLine::Success;
}

int CalendarCommand::importCalendar(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("calendar import"), usage());
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Only list what would be created or updated."));
    options.add({dryRun});
    options.addPositional(QStringLiteral("file"), tr("The .ics file to import."));
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    CalendarImporter importer(workspace);
    auto plan = importer.previewFile(options.positionalArguments().constFirst());
    if (!plan) {
        Output::message(plan.error().toString());
        return CommandLine::Failure;
    }
    for (const QString &warning : std::as_const(plan->calendar.warnings))
        Output::message(warning);
    if (options.isSet(dryRun)) {
        for (const CalendarImportItem &item : std::as_const(plan->items))
            Output::data(CalendarImporter::actionLabel(item.action) + QLatin1Char('\t') +
                         CalendarImporter::kindLabel(item.kind) + QLatin1Char('\t') + item.title +
                         QLatin1Char('\t') + item.when + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    auto counts = importer.apply(*plan);
    if (!counts) {
        Output::message(counts.error().toString());
        Output::message(tr("Nothing was imported."));
        return CommandLine::Failure;
    }
    Output::data(tr("created: %1\nupdated: %2\nunchanged: %3\nvenues created: %4\n")
                     .arg(counts->created)
                     .arg(counts->updated)
                     .arg(counts->unchanged)
                     .arg(counts->venuesCreated));
    return CommandLine::Success;
}

} // namespace offkai
