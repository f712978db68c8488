#include "BackupsCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "storage/BackupRestore.h"
#include "storage/Backups.h"
#include "Subcommands.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace offkai {

namespace {
QString kindText(const Backups::Copy &copy)
{
    switch (copy.kind) {
    case Backups::Kind::Daily:
        return BackupsCommand::tr("daily");
    case Backups::Kind::BeforeMigration:
        return BackupsCommand::tr("before the upgrade to schema %1").arg(copy.toVersion);
    case Backups::Kind::BeforeRestore:
        return BackupsCommand::tr("before a restore");
    case Backups::Kind::BeforeImport:
        return BackupsCommand::tr("before a member import");
    }
    return {};
}
} // namespace

QString BackupsCommand::usage()
{
    return BackupsCommand::tr("Usage:\n"
                              "  offkai --db PATH backups list [--format text|csv|json]\n"
                              "  offkai --db PATH backups restore NAME\n"
                              "NAME is a file name that the list shows. The current file is copied into the "
                              "backup folder first; no Offkai may have the database open.\n");
}

int BackupsCommand::run(const QString &path, const QStringList &arguments)
{
    return Subcommands(usage(), Subcommands::Unknown::NameTheProblem)
        .add(QStringLiteral("list"), [&](const QStringList &rest) { return list(path, rest); })
        .add(QStringLiteral("restore"), [&](const QStringList &rest) { return restore(path, rest); })
        .run(arguments);
}

int BackupsCommand::list(const QString &path, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("backups list"), usage());
    options.addFormat({QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    const Backups backups(path);
    const QList<Backups::Copy> copies = backups.list();
    const QLocale locale;
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("taken"), QStringLiteral("size"),
                QStringLiteral("path")});
    QJsonArray array;
    QString text;
    for (const Backups::Copy &copy : copies) {
        const QString taken = copy.taken.toString(Qt::ISODate);
        const QString where = QDir::toNativeSeparators(copy.path);
        csv.addRow({copy.name, Backups::kindKey(copy.kind), taken, QString::number(copy.size), where});
        array.append(QJsonObject{{QStringLiteral("id"), copy.name},
                                 {QStringLiteral("kind"), Backups::kindKey(copy.kind)},
                                 {QStringLiteral("taken"), taken},
                                 {QStringLiteral("size"), copy.size},
                                 {QStringLiteral("path"), where}});
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(copy.name, copy.taken.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         locale.formattedDataSize(copy.size, 1, QLocale::DataSizeTraditionalFormat),
                         kindText(copy));
    }
    if (*chosen == QLatin1String("json")) {
        Output::data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else if (*chosen == QLatin1String("csv")) {
        Output::data(csv.text());
    } else {
        Output::data(text);
        if (copies.isEmpty())
            Output::message(
                tr("There are no backups of “%1” yet. Offkai takes one the first time it opens the "
                   "database each day.")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    }
    return CommandLine::Success;
}

int BackupsCommand::restore(const QString &path, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("backups restore"), usage());
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const QString name = options.positionalArguments().constFirst();
    auto restored = BackupRestore(path).restore(name);
    if (!restored) {
        Output::message(restored.error().toString());
        return CommandLine::Failure;
    }
    const QString database = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    Output::data(tr("Restored “%1” into “%2”.").arg(name, database) + QLatin1Char('\n'));
    if (!restored->keptAside.isEmpty())
        Output::data(tr("The previous file was kept as “%1”; restore that name to go back.")
                         .arg(QDir::toNativeSeparators(restored->keptAside)) +
                     QLatin1Char('\n'));
    return CommandLine::Success;
}

} // namespace offkai
