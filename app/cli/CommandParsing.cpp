#include "CommandParsing.h"

#include "Output.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QRegularExpression>

namespace offkai {

bool CommandParsing::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                           int positional, const QString &usage)
{
    // QCommandLineParser reads "-1" as the short option "1". No command takes a negative number, so a
    // negative id gets the message a malformed one gets, not "Unknown option '1'".
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]"));
    const auto isNegativeNumber = [](const QString &argument) {
        return negativeNumber.match(argument).hasMatch();
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const bool afterOption = i > 0 && arguments.at(i - 1).startsWith(QLatin1Char('-')) &&
                                 !arguments.at(i - 1).contains(QLatin1Char('='));
        if (isNegativeNumber(arguments.at(i)) && !afterOption) {
            Output::message(positiveIdMessage(arguments.at(i)));
            return false;
        }
    }
    if (!parser.parse(QStringList{QStringLiteral("offkai ") + command} + arguments)) {
        // After a flag ("--publish -1") the number still reaches the parser as an option.
        for (const QString &argument : arguments) {
            if (isNegativeNumber(argument) && parser.unknownOptionNames().contains(argument.mid(1, 1))) {
                Output::message(positiveIdMessage(argument));
                return false;
            }
        }
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
        Output::message(tr("ID must be a positive number: “%1” is not a valid %2 ID.").arg(text, what));
        return std::nullopt;
    }
    return value;
}

QString CommandParsing::positiveIdMessage(const QString &text)
{
    return tr("ID must be a positive number: “%1” is not one.").arg(text);
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
