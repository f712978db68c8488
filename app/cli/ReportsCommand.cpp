#include "ReportsCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "publishing/HatenaSyntaxCheck.h"
#include "publishing/SecretStore.h"
#include "reports/ReportExporter.h"
#include "stores/BlogAccountStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "Subcommands.h"
#include "workflows/AccountSecrets.h"
#include "workflows/ReportPublisher.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

QString ReportsCommand::usage()
{
    return ReportsCommand::tr(
        "Usage:\n"
        "  offkai --db PATH reports list [--format csv|json]\n"
        "  offkai --db PATH reports export ID --out DIR [--preset markdown|hugo|jekyll|zenn|qiita] [--slug "
        "SLUG] [--front-matter]\n"
        "  offkai --db PATH reports publish ID --account NAME [--publish] [--password-stdin] [--timeout "
        "SECONDS]\n"
        "Publishing sends a draft unless --publish is given; publishing again updates the same post.\n"
        "The password or API key comes from the keychain (see offkai accounts add), or from standard input\n"
        "with --password-stdin.\n");
}

int ReportsCommand::run(Workspace &workspace, const QStringList &arguments)
{
    return Subcommands(usage())
        .add(QStringLiteral("list"), [&](const QStringList &rest) { return list(workspace, rest); })
        .add(QStringLiteral("export"), [&](const QStringList &rest) { return exportReport(workspace, rest); })
        .add(QStringLiteral("publish"), [&](const QStringList &rest) { return publish(workspace, rest); })
        .run(arguments);
}

int ReportsCommand::list(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("reports list"), usage());
    options.addFormat({QStringLiteral("csv"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    auto rows = workspace.reports().list();
    if (!rows) {
        Output::message(rows.error().toString());
        return CommandLine::Failure;
    }
    if (*chosen == QLatin1String("json")) {
        QJsonArray array;
        for (const ReportListRow &r : std::as_const(*rows)) {
            array.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("event_id"), r.eventId},
                            {QStringLiteral("event"), r.eventTitle},
                            {QStringLiteral("date"),
                             r.eventStart.isValid() ? QJsonValue(r.eventStart.date().toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("author"), r.authorName},
                            {QStringLiteral("status"), Report::statusKey(r.status)},
                            {QStringLiteral("publications"), r.publications}});
        }
        Output::bytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("event_id"),
                QStringLiteral("date"), QStringLiteral("status")});
    for (const ReportListRow &r : std::as_const(*rows))
        csv.addRow({QString::number(r.id), r.title, QString::number(r.eventId),
                    r.eventStart.isValid() ? r.eventStart.date().toString(Qt::ISODate) : QString(),
                    Report::statusKey(r.status)});
    Output::data(csv.text());
    return CommandLine::Success;
}

int ReportsCommand::exportReport(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("reports export"), usage());
    options.addOut(tr("Folder to write into: the site's or repository's root for a preset."), tr("dir"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        tr("What to write: markdown (a file and images/), hugo, jekyll, zenn or qiita."), tr("preset"),
        ReportExportPreset::key(ReportExportPreset::Kind::Markdown));
    const QCommandLineOption slug(QStringLiteral("slug"),
                                  tr("Name of the post (for markdown, the file: <meetup's day>-<slug>.md)."),
                                  tr("slug"));
    const QCommandLineOption frontMatter(QStringLiteral("front-matter"),
                                         tr("Start with YAML front matter (title, date, tags, draft)."));
    options.add({preset, slug, frontMatter});
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const auto id = options.positionalId(tr("report"));
    if (!id)
        return CommandLine::UsageError;
    const auto out = options.out();
    if (!out || out->trimmed().isEmpty()) {
        Output::message(tr("Say where to write the report with --out DIR."));
        return CommandLine::UsageError;
    }
    const auto kind = ReportExportPreset::fromKey(options.value(preset));
    if (!kind) {
        Output::message(
            tr("Unknown preset “%1”: use markdown, hugo, jekyll, zenn or qiita.").arg(options.value(preset)));
        return CommandLine::UsageError;
    }
    const bool markdown = *kind == ReportExportPreset::Kind::Markdown;
    if (options.isSet(frontMatter) && !markdown) {
        Output::message(
            tr("--front-matter is for --preset markdown; the other presets always write theirs."));
        return CommandLine::UsageError;
    }
    if (options.isSet(slug)) {
        if (auto checked = ReportExportPreset::checkSlug(options.value(slug), *kind); !checked) {
            Output::message(checked.error().message());
            return CommandLine::UsageError;
        }
    }
    auto report = workspace.reports().get(*id);
    if (!report) {
        Output::message(report.error().toString());
        return CommandLine::Failure;
    }
    auto photos = workspace.reports().photos(*id);
    if (!photos) {
        Output::message(photos.error().toString());
        return CommandLine::Failure;
    }
    ReportExportOptions chosen;
    chosen.preset = *kind;
    chosen.frontMatter = options.isSet(frontMatter);
    chosen.slug = options.value(slug);
    // Plain Markdown is named "<meetup's day>-<slug>.md", as the export dialog names it.
    if (markdown && chosen.slug.isEmpty())
        chosen.slug = ReportExportPreset::markdownSlug(*report);
    if (const auto rows = workspace.reports().list(*id); rows && !rows->isEmpty())
        chosen.eventDay = rows->constFirst().eventStart.date();
    if (const auto published = workspace.reports().firstPublishedOn(*id))
        chosen.publishedOn = *published;
    auto plan = ReportExportLayout::plan(*report, *photos, chosen);
    if (!plan) {
        Output::message(plan.error().toString());
        return CommandLine::Failure;
    }
    for (const QString &warning : std::as_const(plan->warnings))
        Output::message(warning);
    auto written = ReportExporter::write(*plan, *out);
    if (!written) {
        Output::message(written.error().toString());
        return CommandLine::Failure;
    }
    Output::data(QDir::toNativeSeparators(*written) + QLatin1Char('\n'));
    return CommandLine::Success;
}

int ReportsCommand::publish(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("reports publish"), usage());
    const QCommandLineOption account(QStringLiteral("account"), tr("Name of the blog account."), tr("name"));
    const QCommandLineOption live(QStringLiteral("publish"),
                                  tr("Publish at once instead of sending a draft."));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password or API key from standard input."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up when the blog is silent this long."), tr("seconds"),
                                     QStringLiteral("30"));
    options.add({account, live, passwordStdin, timeout});
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const auto id = options.positionalId(tr("report"));
    if (!id)
        return CommandLine::UsageError;
    if (!options.isSet(account)) {
        Output::message(tr("Say which blog to publish to with --account NAME."));
        return CommandLine::UsageError;
    }
    bool secondsOk = false;
    const int seconds = options.value(timeout).toInt(&secondsOk);
    if (!secondsOk || seconds <= 0) {
        Output::message(tr("--timeout takes a number of seconds."));
        return CommandLine::UsageError;
    }
    auto blog = workspace.blogAccounts().byName(options.value(account));
    if (!blog) {
        Output::message(blog.error().toString());
        return CommandLine::Failure;
    }
    QString secret;
    if (options.isSet(passwordStdin)) {
        secret = CommandOptions::readStdin();
    } else {
        auto stored = AccountSecrets(workspace.blogAccounts()).read(*blog);
        if (!stored && SecretStore::isNoKeychain(stored.error())) {
            // The command line keeps no secret anywhere but the keychain, and asks for none.
            Output::message(tr("No keychain is available, so the password or API key of “%1” cannot be read "
                               "from it. Pass it on standard input with --password-stdin, or run the command "
                               "where a keychain works (a desktop session with GNOME Keyring or KWallet).")
                                .arg(blog->name));
            return CommandLine::Failure;
        }
        if (!stored) {
            Output::message(stored.error().message() + QLatin1Char('\n') +
                            tr("Store it with “offkai accounts add”, or pass it with --password-stdin."));
            return CommandLine::Failure;
        }
        secret = *stored;
    }
    if (secret.isEmpty()) {
        Output::message(tr("The password or API key is empty."));
        return CommandLine::UsageError;
    }

    ReportPublisher publisher(workspace.reports(), &workspace.blogAccounts());
    QEventLoop loop;
    Result<PublishOutcome> outcome = Error(Error::Code::Io, tr("Publishing did not finish."));
    QObject::connect(&publisher, &ReportPublisher::progress, &loop,
                     [](int, int, const QString &step) { Output::message(step); });
    QObject::connect(&publisher, &ReportPublisher::finished, &loop,
                     [&](const Result<PublishOutcome> &result) {
                         outcome = result;
                         loop.quit();
                     });
    publisher.start(*id, *blog, secret, !options.isSet(live), seconds * 1000);
    loop.exec();
    secret.fill(QLatin1Char('\0'));
    if (!outcome) {
        Output::message(outcome.error().toString());
        return CommandLine::Failure;
    }
    if (blog->kind == BlogAccount::Kind::Hatena) {
        const QString warning = HatenaSyntaxCheck::warning(HatenaAtom::syntaxOf(outcome->contentType));
        if (!warning.isEmpty())
            Output::message(warning);
    }
    // The public address; when the answer did not give one, the post's own id (it is recorded all the same).
    Output::data((outcome->url.isEmpty() ? outcome->remoteId : outcome->url.toString()) + QLatin1Char('\n'));
    return CommandLine::Success;
}

} // namespace offkai
