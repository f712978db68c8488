#include "AccountsCommand.h"

#include "CommandLine.h"
#include "CommandParsing.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "stores/BlogAccountStore.h"
#include "stores/Workspace.h"
#include "workflows/AccountSecrets.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

namespace {
QString usage()
{
    return AccountsCommand::tr(
        "Usage:\n"
        "  offkai --db PATH accounts add --kind wordpress|hatena --name NAME --url URL --user USER\n"
        "        reads the application password or API key from standard input into the keychain\n"
        "  offkai --db PATH accounts list [--format csv|json]\n"
        "  offkai --db PATH accounts remove NAME\n"
        "WordPress: URL is the site (https://example.com). Hatena Blog: URL is the AtomPub root endpoint\n"
        "(https://blog.hatena.ne.jp/ID/BLOG/atom) and USER the Hatena ID.\n");
}
} // namespace

int AccountsCommand::run(Workspace &workspace, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add"))
        return add(workspace, arguments.mid(1));
    if (sub == QLatin1String("list"))
        return list(workspace, arguments.mid(1));
    if (sub == QLatin1String("remove"))
        return remove(workspace, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Output::data(usage());
        return CommandLine::Success;
    }
    Output::message(usage());
    return CommandLine::UsageError;
}

int AccountsCommand::add(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), tr("wordpress or hatena."), tr("kind"));
    const QCommandLineOption name(QStringLiteral("name"), tr("A name for the account."), tr("name"));
    const QCommandLineOption url(QStringLiteral("url"), tr("The blog's address."), tr("url"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The user name or Hatena ID."), tr("user"));
    parser.addOptions({kind, name, url, user});
    if (!CommandParsing::parse(parser, QStringLiteral("accounts add"), arguments, 0, usage()))
        return CommandLine::UsageError;
    for (const QCommandLineOption *required : {&kind, &name, &url, &user}) {
        if (!parser.isSet(*required)) {
            Output::message(tr("--%1 is required.").arg(required->names().constFirst()) + QLatin1Char('\n') +
                            usage());
            return CommandLine::UsageError;
        }
    }
    const auto parsedKind = BlogAccount::kindFromKey(parser.value(kind));
    if (!parsedKind) {
        Output::message(tr("Unknown kind “%1”: use wordpress or hatena.").arg(parser.value(kind)));
        return CommandLine::UsageError;
    }
    BlogAccount account;
    account.kind = *parsedKind;
    account.name = parser.value(name).trimmed();
    account.url = QUrl(parser.value(url).trimmed(), QUrl::StrictMode);
    account.userName = parser.value(user).trimmed();
    if (auto valid = workspace.blogAccounts().validate(account); !valid) {
        Output::message(valid.error().toString());
        return CommandLine::Failure;
    }
    QString secret = CommandParsing::readStdin();
    if (secret.isEmpty()) {
        Output::message(tr("Give the application password or API key on standard input."));
        return CommandLine::UsageError;
    }
    // The keychain first: an account whose secret could not be kept is not added. The entry is the new
    // account's own (its keychain id), so an account with the same address and user keeps its secret.
    const QString keychainId = BlogAccountStore::newKeychainId();
    const QString key = AccountSecrets::keyFor(keychainId);
    SecretStore keychain;
    auto stored = keychain.write(key, secret);
    secret.fill(QLatin1Char('\0'));
    if (!stored) {
        Output::message(stored.error().toString() + QLatin1Char('\n') + tr("The account was not added."));
        return CommandLine::Failure;
    }
    auto id = workspace.blogAccounts().insert(account, keychainId);
    if (!id) {
        (void)keychain.remove(key);
        Output::message(id.error().toString());
        return CommandLine::Failure;
    }
    Output::data(QString::number(*id) + QLatin1Char('\n'));
    return CommandLine::Success;
}

int AccountsCommand::list(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: csv or json."), tr("format"),
                                    QStringLiteral("csv"));
    parser.addOption(format);
    if (!CommandParsing::parse(parser, QStringLiteral("accounts list"), arguments, 0, usage()))
        return CommandLine::UsageError;
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("csv") && chosen != QLatin1String("json")) {
        Output::message(tr("Unknown format “%1”: use csv or json.").arg(chosen));
        return CommandLine::UsageError;
    }
    auto accounts = workspace.blogAccounts().list();
    if (!accounts) {
        Output::message(accounts.error().toString());
        return CommandLine::Failure;
    }
    if (chosen == QLatin1String("json")) {
        QJsonArray array;
        for (const BlogAccount &a : std::as_const(*accounts))
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("kind"), BlogAccount::kindKey(a.kind)},
                                     {QStringLiteral("url"), a.url.toString()},
                                     {QStringLiteral("user"), a.userName}});
        Output::bytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("url"),
                QStringLiteral("user")});
    for (const BlogAccount &a : std::as_const(*accounts))
        csv.addRow(
            {QString::number(a.id), a.name, BlogAccount::kindKey(a.kind), a.url.toString(), a.userName});
    Output::data(csv.text());
    return CommandLine::Success;
}

int AccountsCommand::remove(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!CommandParsing::parse(parser, QStringLiteral("accounts remove"), arguments, 1, usage()))
        return CommandLine::UsageError;
    auto account = workspace.blogAccounts().byName(parser.positionalArguments().constFirst());
    if (!account) {
        Output::message(account.error().toString());
        return CommandLine::Failure;
    }
    AccountSecrets secrets(workspace.blogAccounts());
    auto key = secrets.key(*account); // named in the row that is about to go
    if (!key) {
        Output::message(key.error().toString());
        return CommandLine::Failure;
    }
    if (auto removed = workspace.blogAccounts().remove(account->id); !removed) {
        Output::message(removed.error().toString());
        return CommandLine::Failure;
    }
    if (auto forgotten = secrets.forget(*account, *key); !forgotten)
        Output::message(forgotten.error().message());
    return CommandLine::Success;
}

} // namespace offkai
