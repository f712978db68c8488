#include "CalendarCommand.h"

#include "CommandLine.h"
#include "CommandParsing.h"
#include "workflows/CalendarExporter.h"
#include "workflows/CalendarImporter.h"
#include "Output.h"
#include "stores/Workspace.h"

#include <QCommandLineParser>

namespace offkai {

namespace {
QString usage()
{
    return CalendarCommand::tr(
        "Usage:\n"
        "  offkai --db PATH calendar export [--from DATE] [--to DATE] [--out FILE.ics] [--with-notes]\n"
        "  offkai --db PATH calendar import FILE.ics [--dry-run]\n"
        "DATE is YYYY-MM-DD. Without --out the calendar goes to standard output.\n");
}

QDate dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool &ok)
{
    ok = true;
    if (!parser.isSet(option))
        return {};
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid()) {
        Output::message(CalendarCommand::tr("“%1” is not a date: use YYYY-MM-DD.").arg(parser.value(option)));
        ok = false;
    }
    return date;
}
} // namespace

int CalendarCommand::run(Workspace &workspace, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("export"))
        return exportCalendar(workspace, arguments.mid(1));
    if (sub == QLatin1String("import"))
        return importCalendar(workspace, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Output::data(usage());
        return CommandLine::Success;
    }
    Output::message(usage());
    return CommandLine::UsageError;
}

int CalendarCommand::exportCalendar(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("Only from this day."), tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only until this day."), tr("date"));
    const QCommandLineOption out(QStringLiteral("out"), tr("File to write (standard output if not given)."),
                                 tr("file"));
    const QCommandLineOption notes(QStringLiteral("with-notes"), tr("Include the organizers' notes."));
    parser.addOptions({from, to, out, notes});
    if (!CommandParsing::parse(parser, QStringLiteral("calendar export"), arguments, 0, usage()))
        return CommandLine::UsageError;
    bool fromOk = false;
    bool toOk = false;
    const QDate first = dateOption(parser, from, fromOk);
    const QDate last = dateOption(parser, to, toOk);
    if (!fromOk || !toOk)
        return CommandLine::UsageError;
    if (first.isValid() && last.isValid() && last < first) {
        Output::message(tr("--to is before --from."));
        return CommandLine::UsageError;
    }
    CalendarExporter::Options options;
    options.includeNotes = parser.isSet(notes);
    auto exported = CalendarExporter(workspace).exportRange(first, last, options);
    if (!exported) {
        Output::message(exported.error().toString());
        return CommandLine::Failure;
    }
    if (parser.isSet(out)) {
        auto written = CalendarExporter::writeFile(parser.value(out), exported->bytes);
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
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Only list what would be created or updated."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .ics file to import."));
    if (!CommandParsing::parse(parser, QStringLiteral("calendar import"), arguments, 1, usage()))
        return CommandLine::UsageError;
    CalendarImporter importer(workspace);
    auto plan = importer.previewFile(parser.positionalArguments().constFirst());
    if (!plan) {
        Output::message(plan.error().toString());
        return CommandLine::Failure;
    }
    for (const QString &warning : std::as_const(plan->calendar.warnings))
        Output::message(warning);
    if (parser.isSet(dryRun)) {
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
