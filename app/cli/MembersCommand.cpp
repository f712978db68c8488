#include "MembersCommand.h"

#include "CommandLine.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/TextDecoding.h"
#include "exchange/VCardWriter.h"
#include "Output.h"
#include "records/Occupation.h"
#include "stores/ImportPresetStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/Workspace.h"
#include "workflows/MemberCsvExporter.h"
#include "workflows/MemberImporter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace offkai {

namespace {
QString usage()
{
    return MembersCommand::tr(
        "Usage:\n"
        "  offkai --db PATH members list [--search TEXT] [--status S] [--format csv|json]\n"
        "  offkai --db PATH members import FILE [--encoding auto|utf-8|shift_jis|utf-16] [--preset NAME]\n"
        "                                       [--on-duplicate skip|update|create]\n"
        "  offkai --db PATH members export [--format csv|vcard] [--encoding utf-8|shift_jis] [--raw-cells]\n"
        "                                       [--out FILE]\n"
        "CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get an\n"
        "apostrophe in front; --raw-cells writes them as they are, for scripts.\n");
}

/// Parses `arguments` (after the subcommand) with `options`; prints the problem and returns false.
bool parse(QCommandLineParser &parser, const QString &name, const QStringList &arguments, int maxPositional)
{
    if (!parser.parse(QStringList{QStringLiteral("offkai members ") + name} + arguments)) {
        Output::message(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() > maxPositional) {
        Output::message(
            MembersCommand::tr("Unexpected argument: %1").arg(parser.positionalArguments().constLast()));
        return false;
    }
    return true;
}
} // namespace

int MembersCommand::run(Workspace &workspace, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(workspace, arguments.mid(1));
    if (sub == QLatin1String("import"))
        return importFile(workspace, arguments.mid(1));
    if (sub == QLatin1String("export"))
        return exportMembers(workspace, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Output::data(usage());
        return CommandLine::Success;
    }
    Output::message(usage());
    return CommandLine::UsageError;
}

int MembersCommand::list(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), tr("Only members matching the text."),
                                    tr("text"));
    const QCommandLineOption status(QStringLiteral("status"), tr("applicant, active, inactive or left."),
                                    tr("status"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: csv or json."), tr("format"),
                                    QStringLiteral("csv"));
    parser.addOptions({search, status, format});
    if (!parse(parser, QStringLiteral("list"), arguments, 0))
        return CommandLine::UsageError;
    MemberQuery query;
    query.search = parser.value(search);
    if (parser.isSet(status)) {
        query.status = Member::statusFromKey(parser.value(status));
        if (!query.status) {
            Output::message(tr("Unknown status “%1”: use applicant, active, inactive or left.")
                                .arg(parser.value(status)));
            return CommandLine::UsageError;
        }
    }
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("csv") && chosen != QLatin1String("json")) {
        Output::message(tr("Unknown format “%1”: use csv or json.").arg(chosen));
        return CommandLine::UsageError;
    }

    MemberList &list = workspace.memberList();
    CsvWriter csv;
    QJsonArray array;
    if (chosen == QLatin1String("csv"))
        csv.addRow({QStringLiteral("id"), QStringLiteral("display_name"), QStringLiteral("reading"),
                    QStringLiteral("email"), QStringLiteral("affiliation"), QStringLiteral("occupation"),
                    QStringLiteral("status"), QStringLiteral("joined_on"), QStringLiteral("tags")});
    constexpr int page = 2000;
    for (int offset = 0;; offset += page) {
        auto rows = list.fetch(query, offset, page);
        if (!rows) {
            Output::message(rows.error().toString());
            return CommandLine::Failure;
        }
        for (const MemberRow &row : std::as_const(*rows)) {
            const QString joined = row.joinedOn.isValid() ? row.joinedOn.toString(Qt::ISODate) : QString();
            if (chosen == QLatin1String("csv")) {
                csv.addRow({QString::number(row.id), row.displayName, row.reading, row.primaryEmail,
                            row.affiliation, row.occupation, Member::statusKey(row.status), joined,
                            row.tags});
            } else {
                QJsonArray tags;
                for (const QString &tag : row.tags.split(QStringLiteral(", "), Qt::SkipEmptyParts))
                    tags.append(tag);
                array.append(QJsonObject{
                    {QStringLiteral("id"), row.id},
                    {QStringLiteral("display_name"), row.displayName},
                    {QStringLiteral("reading"), row.reading},
                    {QStringLiteral("email"), row.primaryEmail},
                    {QStringLiteral("affiliation"), row.affiliation},
                    {QStringLiteral("occupation"), row.occupation},
                    {QStringLiteral("status"), Member::statusKey(row.status)},
                    {QStringLiteral("joined_on"), joined.isEmpty() ? QJsonValue() : QJsonValue(joined)},
                    {QStringLiteral("tags"), tags}});
            }
        }
        if (rows->size() < page)
            break;
    }
    Output::data(chosen == QLatin1String("csv")
                     ? csv.text()
                     : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return CommandLine::Success;
}

int MembersCommand::importFile(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("auto, utf-8, shift_jis or utf-16."),
                                      tr("encoding"), QStringLiteral("auto"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("A column mapping saved in the import wizard."), tr("name"));
    const QCommandLineOption duplicates(QStringLiteral("on-duplicate"),
                                        tr("For a known email: skip, update or create."), tr("policy"),
                                        QStringLiteral("skip"));
    parser.addOptions({encoding, preset, duplicates});
    if (!parse(parser, QStringLiteral("import"), arguments, 1))
        return CommandLine::UsageError;
    if (parser.positionalArguments().isEmpty()) {
        Output::message(usage());
        return CommandLine::UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto chosenEncoding = TextDecoding::fromKey(parser.value(encoding));
    if (!chosenEncoding) {
        Output::message(
            tr("Unknown encoding “%1”: use auto, utf-8, shift_jis or utf-16.").arg(parser.value(encoding)));
        return CommandLine::UsageError;
    }
    MemberImporter::Options options;
    options.fileName = QFileInfo(path).fileName();
    const QString policy = parser.value(duplicates);
    if (policy == QLatin1String("skip"))
        options.duplicates = MemberImporter::DuplicatePolicy::Skip;
    else if (policy == QLatin1String("update"))
        options.duplicates = MemberImporter::DuplicatePolicy::Update;
    else if (policy == QLatin1String("create"))
        options.duplicates = MemberImporter::DuplicatePolicy::Create;
    else {
        Output::message(tr("Unknown duplicate policy “%1”: use skip, update or create.").arg(policy));
        return CommandLine::UsageError;
    }

    MemberCsvMapping mapping;
    if (parser.isSet(preset)) {
        auto saved = ImportPresetStore(workspace.database()).load(parser.value(preset));
        if (!saved) {
            Output::message(saved.error().toString());
            return CommandLine::Failure;
        }
        mapping = *saved;
    } else {
        // No preset: read the header row and guess the columns, as the wizard does.
        auto bytes = MemberImporter::readFile(path);
        if (!bytes) {
            Output::message(bytes.error().toString());
            return CommandLine::Failure;
        }
        auto decoded = TextDecoding::decode(*bytes, *chosenEncoding, options.fileName);
        if (!decoded) {
            Output::message(decoded.error().toString());
            return CommandLine::Failure;
        }
        CsvReader::Options csv;
        csv.fileName = options.fileName;
        csv.maxRecords = 2;
        auto head = CsvReader::read(decoded->text, csv);
        if (!head) {
            Output::message(head.error().toString());
            return CommandLine::Failure;
        }
        if (!head->records.isEmpty())
            mapping = MemberCsvMapping::guess(head->records.constFirst().fields);
        // A header and nothing under it is most likely the wrong file: say so rather than "created: 0".
        if (head->records.size() < (mapping.hasHeader ? 2 : 1)) {
            Output::message(tr("“%1” has no rows to import.").arg(options.fileName));
            return CommandLine::Failure;
        }
        mapping.delimiter = head->delimiter;
    }
    if (parser.isSet(encoding) || !parser.isSet(preset))
        mapping.encoding = TextDecoding::key(*chosenEncoding);

    MemberImporter importer(workspace.database(), workspace.memberTables());
    auto summary = importer.importFile(path, mapping, options);
    if (!summary) {
        Output::message(summary.error().toString());
        return CommandLine::Failure;
    }
    Output::data(tr("created: %1\nupdated: %2\nskipped: %3\nrejected: %4\n")
                     .arg(summary->created)
                     .arg(summary->updated)
                     .arg(summary->skipped)
                     .arg(summary->rejected));
    for (const MemberImporter::RowNote &note : std::as_const(summary->notes))
        Output::message(tr("row %1: %2: %3")
                            .arg(note.row)
                            .arg(MemberImporter::Summary::kindLabel(note.kind), note.reason));
    return CommandLine::Success;
}

int MembersCommand::exportMembers(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("csv or vcard."), tr("format"),
                                    QStringLiteral("csv"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("For CSV: utf-8 (with BOM, for Excel) or shift_jis."),
                                      tr("encoding"), QStringLiteral("utf-8"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write to this file instead of stdout."),
                                 tr("file"));
    const QCommandLineOption rawCells(QStringLiteral("raw-cells"),
                                      tr("For CSV: write cells that start with =, +, -, @, tab or CR as they "
                                         "are, without the apostrophe that stops spreadsheets from running "
                                         "them as formulas."));
    parser.addOptions({format, encoding, out, rawCells});
    if (!parse(parser, QStringLiteral("export"), arguments, 0))
        return CommandLine::UsageError;
    const QString chosen = parser.value(format);
    const QString enc = parser.value(encoding);
    if (chosen != QLatin1String("csv") && chosen != QLatin1String("vcard")) {
        Output::message(tr("Unknown format “%1”: use csv or vcard.").arg(chosen));
        return CommandLine::UsageError;
    }
    if (enc != QLatin1String("utf-8") && enc != QLatin1String("shift_jis")) {
        Output::message(tr("Unknown encoding “%1”: use utf-8 or shift_jis.").arg(enc));
        return CommandLine::UsageError;
    }
    QByteArray bytes;
    if (chosen == QLatin1String("csv")) {
        MemberCsvExporter::Options options;
        options.encoding = enc == QLatin1String("shift_jis") ? MemberCsvExporter::Encoding::ShiftJis
                                                             : MemberCsvExporter::Encoding::Utf8Bom;
        options.protectFormulas = !parser.isSet(rawCells);
        auto csv = MemberCsvExporter(workspace.memberTables()).exportMembers({}, options);
        if (!csv) {
            Output::message(csv.error().toString());
            return CommandLine::Failure;
        }
        bytes = *csv;
    } else {
        QList<Member> members;
        constexpr int page = 2000;
        for (int offset = 0;; offset += page) {
            auto rows = workspace.memberList().fetch(MemberQuery(), offset, page);
            if (!rows) {
                Output::message(rows.error().toString());
                return CommandLine::Failure;
            }
            for (const MemberRow &row : std::as_const(*rows)) {
                auto member = workspace.members().get(row.id);
                if (!member) {
                    Output::message(member.error().toString());
                    return CommandLine::Failure;
                }
                members.append(*member);
            }
            if (rows->size() < page)
                break;
        }
        bytes = VCardWriter::cards(members);
    }
    if (!parser.isSet(out)) {
        Output::bytes(bytes);
        return CommandLine::Success;
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Output::message(tr("Could not write “%1”: %2").arg(parser.value(out), file.errorString()));
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

} // namespace offkai
