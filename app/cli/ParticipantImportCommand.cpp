#include "ParticipantImportCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "Output.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace offkai {

namespace {

using Importer = ParticipantImporter;

QString resultKey(const Importer::Row &row)
{
    if (row.match == Importer::Match::Review && !row.reviewed)
        return QStringLiteral("needs-review");
    switch (row.decision) {
    case Importer::Decision::UseMember:
        return QStringLiteral("matched");
    case Importer::Decision::Create:
        return QStringLiteral("created");
    case Importer::Decision::Skip:
        return QStringLiteral("skipped");
    }
    return {};
}

QString matchKey(Importer::Match match)
{
    switch (match) {
    case Importer::Match::Account:
        return QStringLiteral("account");
    case Importer::Match::Email:
        return QStringLiteral("email");
    case Importer::Match::NameAndReading:
        return QStringLiteral("name-and-reading");
    case Importer::Match::Review:
        return QStringLiteral("review");
    case Importer::Match::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace

QJsonArray ParticipantImportCommand::json(const Importer::Plan &plan, const QList<Member> &created)
{
    QJsonArray rows;
    qsizetype nextCreated = 0;
    for (const Importer::Row &row : plan.rows) {
        const QString result = resultKey(row);
        QJsonValue id(QJsonValue::Null);
        if (result == QLatin1String("matched"))
            id = row.memberId;
        else if (result == QLatin1String("created") && nextCreated < created.size())
            id = created.at(nextCreated++).id;
        QJsonArray candidates;
        for (qint64 candidate : row.candidates)
            candidates.append(candidate);
        rows.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("line"), row.entry.line},
                                {QStringLiteral("name"), row.entry.name},
                                {QStringLiteral("account"), row.entry.account},
                                {QStringLiteral("emails"), QJsonArray::fromStringList(row.entry.emails)},
                                {QStringLiteral("match"), matchKey(row.match)},
                                {QStringLiteral("result"), result},
                                {QStringLiteral("candidates"), candidates}});
    }
    return rows;
}

QString ParticipantImportCommand::text(const Importer::Plan &plan, const Importer::Counts &counts,
                                       bool dryRun)
{
    const QLocale locale;
    QString out;
    out += tr("%1: %2 rows").arg(ParticipantFile::label(plan.file.source), locale.toString(plan.rows.size()));
    out += QLatin1Char('\n');
    if (dryRun)
        out += tr("Dry run: nothing was written.") + QLatin1Char('\n');
    const auto line = [&](const QString &label, int value) {
        out += label.arg(locale.toString(value)) + QLatin1Char('\n');
    };
    line(tr("Matched: %1"), counts.matched);
    line(tr("Created: %1"), counts.created);
    line(tr("Participations added: %1"), counts.added);
    line(tr("Participations updated: %1"), counts.updated);
    line(tr("Participations unchanged: %1"), counts.unchanged);
    line(tr("Skipped: %1"), counts.skipped);
    if (plan.file.withdrawn > 0)
        line(tr("  of which withdrawn accounts: %1"), plan.file.withdrawn);
    line(tr("Needs review: %1"), counts.needsReview);
    for (const Importer::Row &row : plan.rows) {
        if (row.match != Importer::Match::Review || row.reviewed)
            continue;
        QStringList ids;
        for (qint64 id : row.candidates)
            ids.append(QString::number(id));
        out += tr("  line %1: %2 could be member %3")
                   .arg(row.entry.line)
                   .arg(row.entry.name, ids.join(tr(", ")));
        out += QLatin1Char('\n');
    }
    return out;
}

int ParticipantImportCommand::run(Workspace &workspace, const QStringList &arguments, const QString &usage)
{
    CommandOptions options(QStringLiteral("events import-participants"), usage);
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Where the file comes from: auto, connpass, peatix, doorkeeper or zoom."), tr("service"),
        QStringLiteral("auto"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Match the rows and print what would change, without writing."));
    options.add({source, dryRun});
    options.addFormat({QStringLiteral("text"), QStringLiteral("json")});
    if (!options.parse(arguments, 2))
        return CommandLine::UsageError;
    const auto eventId = options.positionalId(tr("event"));
    if (!eventId)
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    std::optional<ParticipantFile::Source> from;
    const QString sourceKey = options.value(source).trimmed().toLower();
    if (sourceKey != QLatin1String("auto")) {
        from = ParticipantFile::fromKey(sourceKey);
        if (!from || sourceKey == QLatin1String("zoom-webinar")) {
            Output::message(tr("Unknown source “%1”: choose auto, connpass, peatix, doorkeeper or zoom.")
                                .arg(options.value(source)));
            return CommandLine::UsageError;
        }
    }

    ParticipantImporter importer(workspace);
    auto plan = importer.planFile(*eventId, options.positionalArguments().at(1), from);
    if (!plan) {
        Output::message(plan.error().toString());
        return plan.error().code() == Error::Code::Usage ? CommandLine::UsageError : CommandLine::Failure;
    }
    for (const QString &warning : std::as_const(plan->warnings))
        Output::message(tr("Warning: %1").arg(warning));

    QList<Member> created;
    ParticipantImporter::Counts counts;
    if (options.isSet(dryRun)) {
        auto previewed = importer.preview(*plan);
        if (!previewed) {
            Output::message(previewed.error().toString());
            return CommandLine::Failure;
        }
        counts = *previewed;
    } else {
        auto outcome = importer.apply(*plan);
        if (!outcome) {
            Output::message(outcome.error().toString());
            return CommandLine::Failure;
        }
        counts = outcome->counts;
        created = outcome->createdMembers;
    }
    if (*chosen == QLatin1String("json"))
        Output::data(QString::fromUtf8(QJsonDocument(json(*plan, created)).toJson(QJsonDocument::Indented)));
    else
        Output::data(text(*plan, counts, options.isSet(dryRun)));
    return CommandLine::Success;
}

} // namespace offkai
