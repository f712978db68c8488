#include "MembersCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/MemberServicePresets.h"
#include "exchange/TextDecoding.h"
#include "exchange/VCardWriter.h"
#include "Output.h"
#include "records/Occupation.h"
#include "stores/ImportPresetStore.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/Workspace.h"
#include "Subcommands.h"
#include "workflows/MemberCsvExporter.h"
#include "workflows/MemberImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace offkai {

namespace {
/// `members` leaves "-1" to QCommandLineParser and names the last extra argument, as it always has.
constexpr CommandOptions::Rules kRules{false, false};
} // namespace

QString MembersCommand::usage()
{
    return MembersCommand::tr(
        "Usage:\n"
        "  offkai --db PATH members list [--search TEXT] [--status S] [--format csv|json]\n"
        "  offkai --db PATH members import FILE [--encoding auto|utf-8|shift_jis|utf-16] [--preset NAME]\n"
        "                                       [--on-duplicate skip|update|create]\n"
        "    NAME: a preset saved in the import wizard, or one of the services connpass, peatix,\n"
        "    doorkeeper, meetup, zoom, google-forms (without --preset, the service is recognised from\n"
        "    the header row).\n"
        "  offkai --db PATH members export [--format csv|vcard] [--encoding utf-8|shift_jis] [--raw-cells]\n"
        "                                       [--out FILE]\n"
        "CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get an\n"
        "apostrophe in front; --raw-cells writes them as they are, for scripts.\n");
}

int MembersCommand::run(Workspace &workspace, const QStringList &arguments)
{
    return Subcommands(usage())
        .add(QStringLiteral("list"), [&](const QStringList &rest) { return list(workspace, rest); })
        .add(QStringLiteral("import"), [&](const QStringList &rest) { return importFile(workspace, rest); })
        .add(QStringLiteral("export"),
             [&](const QStringList &rest) { return exportMembers(workspace, rest); })
        .run(arguments);
}

int MembersCommand::list(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("members list"), usage(), kRules);
    const QCommandLineOption search(QStringLiteral("search"), tr("Only members matching the text."),
                                    tr("text"));
    const QCommandLineOption status(QStringLiteral("status"), tr("applicant, active, inactive or left."),
                                    tr("status"));
    options.add({search, status});
    options.addFormat({QStringLiteral("csv"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    MemberQuery query;
    query.search = options.value(search);
    if (options.isSet(status)) {
        query.status = Member::statusFromKey(options.value(status));
        if (!query.status) {
            Output::message(tr("Unknown status “%1”: use applicant, active, inactive or left.")
                                .arg(options.value(status)));
            return CommandLine::UsageError;
        }
    }
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;

    MemberList &list = workspace.memberList();
    CsvWriter csv;
    QJsonArray array;
    if (*chosen == QLatin1String("csv"))
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
            if (*chosen == QLatin1String("csv")) {
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
    Output::data(*chosen == QLatin1String("csv")
                     ? csv.text()
                     : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return CommandLine::Success;
}

QString MembersCommand::builtInPresetKeys()
{
    QStringList keys;
    for (const auto preset : MemberServicePresets::all())
        keys.append(MemberServicePresets::key(preset));
    return keys.join(QStringLiteral(", "));
}

bool MembersCommand::isSavedPreset(Workspace &workspace, const QString &name)
{
    const auto names = ImportPresetStore(workspace.database()).names();
    // A store that cannot list its presets is asked by name, and says what is wrong.
    return !names || names->contains(name);
}

Result<CsvReader::Table> MembersCommand::readHead(const QString &path, TextDecoding::Encoding encoding,
                                                  const QString &fileName)
{
    auto bytes = MemberImporter::readFile(path);
    if (!bytes)
        return bytes.error();
    auto decoded = TextDecoding::decode(*bytes, encoding, fileName);
    if (!decoded)
        return decoded.error();
    CsvReader::Options csv;
    csv.fileName = fileName;
    csv.maxRecords = 2;
    return CsvReader::read(decoded->text, csv);
}

int MembersCommand::importFile(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("members import"), usage(), kRules);
    const QCommandLineOption encoding(QStringLiteral("encoding"), tr("auto, utf-8, shift_jis or utf-16."),
                                      tr("encoding"), QStringLiteral("auto"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        tr("A column mapping saved in the import wizard, or a service: %1.").arg(builtInPresetKeys()),
        tr("name"));
    const QCommandLineOption duplicates(QStringLiteral("on-duplicate"),
                                        tr("For a known email: skip, update or create."), tr("policy"),
                                        QStringLiteral("skip"));
    options.add({encoding, preset, duplicates});
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const QString path = options.positionalArguments().constFirst();
    const auto chosenEncoding = TextDecoding::fromKey(options.value(encoding));
    if (!chosenEncoding) {
        Output::message(
            tr("Unknown encoding “%1”: use auto, utf-8, shift_jis or utf-16.").arg(options.value(encoding)));
        return CommandLine::UsageError;
    }
    MemberImporter::Options importOptions;
    importOptions.fileName = QFileInfo(path).fileName();
    const QString policy = options.value(duplicates);
    if (policy == QLatin1String("skip"))
        importOptions.duplicates = MemberImporter::DuplicatePolicy::Skip;
    else if (policy == QLatin1String("update"))
        importOptions.duplicates = MemberImporter::DuplicatePolicy::Update;
    else if (policy == QLatin1String("create"))
        importOptions.duplicates = MemberImporter::DuplicatePolicy::Create;
    else {
        Output::message(tr("Unknown duplicate policy “%1”: use skip, update or create.").arg(policy));
        return CommandLine::UsageError;
    }

    MemberCsvMapping mapping;
    std::optional<MemberServicePresets::Preset> service;
    if (options.isSet(preset) && isSavedPreset(workspace, options.value(preset))) {
        auto saved = ImportPresetStore(workspace.database()).load(options.value(preset));
        if (!saved) {
            Output::message(saved.error().toString());
            return CommandLine::Failure;
        }
        mapping = *saved;
    } else {
        if (options.isSet(preset)) {
            service = MemberServicePresets::fromKey(options.value(preset));
            if (!service) {
                Output::message(
                    tr("There is no import preset named “%1”. Use one saved in the import wizard, "
                       "or a built-in one: %2.")
                        .arg(options.value(preset), builtInPresetKeys()));
                return CommandLine::Failure;
            }
        }
        // The header row decides the mapping: the service's, recognised or named, or a guess per column.
        auto head = readHead(path, *chosenEncoding, importOptions.fileName);
        if (!head) {
            Output::message(head.error().toString());
            return CommandLine::Failure;
        }
        const QStringList headers =
            head->records.isEmpty() ? QStringList() : head->records.constFirst().fields;
        auto questions = workspace.joinQuestions().all();
        if (!questions) {
            Output::message(questions.error().toString());
            return CommandLine::Failure;
        }
        if (service) {
            mapping = MemberServicePresets::mapping(*service, headers, *questions);
        } else {
            const auto guessed = MemberServicePresets::guess(headers, *questions);
            mapping = guessed.mapping;
            service = guessed.preset;
        }
        // A header and nothing under it is most likely the wrong file: say so rather than "created: 0".
        if (head->records.size() < 2) {
            Output::message(tr("“%1” has no rows to import.").arg(importOptions.fileName));
            return CommandLine::Failure;
        }
        if (!mapping.mapsName()) {
            Output::message(
                MemberServicePresets::missingNameError(headers, importOptions.fileName).message());
            return CommandLine::Failure;
        }
        mapping.delimiter = head->delimiter;
    }
    if (options.isSet(encoding) || !options.isSet(preset))
        mapping.encoding = TextDecoding::key(*chosenEncoding);

    MemberImporter importer(workspace.database(), workspace.memberTables());
    auto summary = importer.importFile(path, mapping, importOptions);
    if (!summary) {
        Output::message(summary.error().toString());
        return CommandLine::Failure;
    }
    QString counts = tr("created: %1\nupdated: %2\nskipped: %3\nrejected: %4\n")
                         .arg(summary->created)
                         .arg(summary->updated)
                         .arg(summary->skipped)
                         .arg(summary->rejected);
    if (summary->withdrawn > 0)
        counts += tr("withdrawn: %1\n").arg(summary->withdrawn);
    if (service)
        counts += tr("preset: %1\n").arg(MemberServicePresets::key(*service));
    Output::data(counts);
    for (const MemberImporter::RowNote &note : std::as_const(summary->notes))
        Output::message(tr("row %1: %2: %3")
                            .arg(note.row)
                            .arg(MemberImporter::Summary::kindLabel(note.kind), note.reason));
    for (const QString &column : std::as_const(summary->ignoredColumns))
        Output::message(MemberImporter::Summary::ignoredColumnReason(column));
    return CommandLine::Success;
}

int MembersCommand::exportMembers(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("members export"), usage(), kRules);
    options.addFormat({QStringLiteral("csv"), QStringLiteral("vcard")});
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("For CSV: utf-8 (with BOM, for Excel) or shift_jis."),
                                      tr("encoding"), QStringLiteral("utf-8"));
    options.add({encoding});
    options.addOut(tr("Write to this file instead of stdout."), tr("file"));
    const QCommandLineOption rawCells(QStringLiteral("raw-cells"),
                                      tr("For CSV: write cells that start with =, +, -, @, tab or CR as they "
                                         "are, without the apostrophe that stops spreadsheets from running "
                                         "them as formulas."));
    options.add({rawCells});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    const QString enc = options.value(encoding);
    if (enc != QLatin1String("utf-8") && enc != QLatin1String("shift_jis")) {
        Output::message(tr("Unknown encoding “%1”: use utf-8 or shift_jis.").arg(enc));
        return CommandLine::UsageError;
    }
    QByteArray bytes;
    if (*chosen == QLatin1String("csv")) {
        MemberCsvExporter::Options csvOptions;
        csvOptions.encoding = enc == QLatin1String("shift_jis") ? MemberCsvExporter::Encoding::ShiftJis
                                                                : MemberCsvExporter::Encoding::Utf8Bom;
        csvOptions.protectFormulas = !options.isSet(rawCells);
        auto csv = MemberCsvExporter(workspace.memberTables()).exportMembers({}, csvOptions);
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
    const auto out = options.out();
    if (!out) {
        Output::bytes(bytes);
        return CommandLine::Success;
    }
    QSaveFile file(*out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Output::message(tr("Could not write “%1”: %2").arg(*out, file.errorString()));
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

} // namespace offkai
