#include "CommandParsing.h"

#include "Output.h"

#include <cstdio>
#include <QCommandLineParser>

namespace offkai {

bool CommandParsing::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                           int positional, const QString &usage)
{
    if (!parser.parse(QStringList{QStringLiteral("offkai ") + command} + arguments)) {
        Output::message(parser.errorText());
        return false;
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() > positional) {
        Output::message(tr("Unexpected argument: %1").arg(given.at(positional)));
        return false;
    }
    if (given.size() < positional) {
        Output::message(usage);
        return false;
    }
    return true;
}

std::optional<qint64> CommandParsing::id(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        Output::message(tr("“%1” is not a valid %2 id.").arg(text, what));
        return std::nullopt;
    }
    return value;
}

QString CommandParsing::readStdin()
{
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0)
        bytes.append(buffer, qsizetype(n));
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace offkai
