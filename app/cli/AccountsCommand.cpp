#include "AccountsCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "publishing/HatenaSyntaxCheck.h"
#include "publishing/SecretStore.h"
#include "stores/BlogAccountStore.h"
#include "stores/Workspace.h"
#include "Subcommands.h"
#include "workflows/AccountSecrets.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

QString AccountsCommand::usage()
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

namespace {
void checkHatenaSyntax(Workspace &workspace, qint64 id, const BlogAccount &account, const QString &apiKey)
{
    // Hatena reads an entry in the blog's editing mode whatever it was sent as: warn when it is not Markdown.
    // The account stays added either way; a check that fails only says so.
    HatenaSyntaxCheck check;
    QEventLoop loop;
    Result<QString> result = QString();
    QObject::connect(&check, &HatenaSyntaxCheck::finished, &loop, [&](const Result<QString> &answer) {
        result = answer;
        loop.quit();
    });
    check.start(account, apiKey);
    loop.exec();
    if (!result) {
        Output::message(
            AccountsCommand::tr("Could not check the blog's editing mode: %1").arg(result.error().message()));
        return;
    }
    if (result->isEmpty()) {
        Output::message(AccountsCommand::tr(
            "The blog has no entry yet, so its editing mode could not be checked. Offkai sends "
            "Markdown: make sure the blog's editing mode (設定 › 基本設定 › 編集モード) is "
            "Markdown."));
        return;
    }
    (void)workspace.blogAccounts().setContentType(id, *result);
    const QString warning = HatenaSyntaxCheck::warning(HatenaAtom::syntaxOf(*result));
    if (!warning.isEmpty())
        Output::message(warning);
}
} // namespace

int AccountsCommand::run(Workspace &workspace, const QStringList &arguments)
{
    return Subcommands(usage())
        .add(QStringLiteral("add"), [&](const QStringList &rest) { return add(workspace, rest); })
        .add(QStringLiteral("list"), [&](const QStringList &rest) { return list(workspace, rest); })
        .add(QStringLiteral("remove"), [&](const QStringList &rest) { return remove(workspace, rest); })
        .run(arguments);
}

int AccountsCommand::add(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("accounts add"), usage());
    const QCommandLineOption kind(QStringLiteral("kind"), tr("wordpress or hatena."), tr("kind"));
    const QCommandLineOption name(QStringLiteral("name"), tr("A name for the account."), tr("name"));
    const QCommandLineOption url(QStringLiteral("url"), tr("The blog's address."), tr("url"));
    const QCommandLineOption user(QStringLiteral("user"), tr("The user name or Hatena ID."), tr("user"));
    options.add({kind, name, url, user});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    for (const QCommandLineOption *required : {&kind, &name, &url, &user}) {
        if (!options.isSet(*required)) {
            Output::message(tr("--%1 is required.").arg(required->names().constFirst()) + QLatin1Char('\n') +
                            usage());
            return CommandLine::UsageError;
        }
    }
    const auto parsedKind = BlogAccount::kindFromKey(options.value(kind));
    if (!parsedKind) {
        Output::message(tr("Unknown kind “%1”: use wordpress or hatena.").arg(options.value(kind)));
        return CommandLine::UsageError;
    }
    BlogAccount account;
    account.kind = *parsedKind;
    account.name = options.value(name).trimmed();
    account.url = QUrl(options.value(url).trimmed(), QUrl::StrictMode);
    account.userName = options.value(user).trimmed();
    if (auto valid = workspace.blogAccounts().validate(account); !valid) {
        Output::message(valid.error().toString());
        return CommandLine::Failure;
    }
    QString secret = CommandOptions::readStdin();
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
    if (!stored && SecretStore::isNoKeychain(stored.error())) {
        // The command line keeps no secret anywhere but the keychain, and asks for none.
        Output::message(tr("No keychain is available, and the command line keeps passwords nowhere else, so "
                           "the account was not added. Run “offkai accounts add” where a keychain works (a "
                           "desktop session with GNOME Keyring or KWallet)."));
        return CommandLine::Failure;
    }
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
    if (account.kind == BlogAccount::Kind::Hatena)
        checkHatenaSyntax(workspace, *id, account, secret);
    secret.fill(QLatin1Char('\0'));
    Output::data(QString::number(*id) + QLatin1Char('\n'));
    return CommandLine::Success;
}

int AccountsCommand::list(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("accounts list"), usage());
    options.addFormat({QStringLiteral("csv"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    auto accounts = workspace.blogAccounts().list();
    if (!accounts) {
        Output::message(accounts.error().toString());
        return CommandLine::Failure;
    }
    if (*chosen == QLatin1String("json")) {
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
    CommandOptions options(QStringLiteral("accounts remove"), usage());
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    auto account = workspace.blogAccounts().byName(options.positionalArguments().constFirst());
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
