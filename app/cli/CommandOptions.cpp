#include "CommandOptions.h"

#include "Output.h"

#include <cstdio>
#include <QRegularExpression>

namespace offkai {

namespace {
bool isNegativeNumber(const QString &argument)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]"));
    return negativeNumber.match(argument).hasMatch();
}

QString positiveIdMessage(const QString &text)
{
    return CommandOptions::tr("ID must be a positive number: “%1” is not one.").arg(text);
}
} // namespace

CommandOptions::CommandOptions(const QString &command, const QString &usage)
    : CommandOptions(command, usage, Rules{})
{}

CommandOptions::CommandOptions(const QString &command, const QString &usage, Rules rules)
    : m_command(command)
    , m_usage(usage)
    , m_rules(rules)
{}

void CommandOptions::add(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

void CommandOptions::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
}

void CommandOptions::addFormat(const QStringList &formats)
{
    m_formats = formats;
    m_format.emplace(QStringLiteral("format"), tr("Output format: %1.").arg(choices(formats)), tr("format"),
                     formats.constFirst());
    m_parser.addOption(*m_format);
}

void CommandOptions::addOut(const QString &description, const QString &valueName)
{
    m_out.emplace(QStringLiteral("out"), description, valueName);
    m_parser.addOption(*m_out);
}

bool CommandOptions::rejectsNegativeNumber(const QStringList &arguments) const
{
    // QCommandLineParser reads "-1" as the short option "1". No command takes a negative number, so a
    // negative id gets the message a malformed one gets, not "Unknown option '1'".
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const bool afterOption = i > 0 && arguments.at(i - 1).startsWith(QLatin1Char('-')) &&
                                 !arguments.at(i - 1).contains(QLatin1Char('='));
        if (isNegativeNumber(arguments.at(i)) && !afterOption) {
            Output::message(positiveIdMessage(arguments.at(i)));
            return true;
        }
    }
    return false;
}

bool CommandOptions::parse(const QStringList &arguments, int positional)
{
    if (m_rules.negativeNumberIsId && rejectsNegativeNumber(arguments))
        return false;
    if (!m_parser.parse(QStringList{QStringLiteral("offkai ") + m_command} + arguments)) {
        // After a flag ("--publish -1") the number still reaches the parser as an option.
        for (const QString &argument : arguments) {
            if (m_rules.negativeNumberIsId && isNegativeNumber(argument) &&
                m_parser.unknownOptionNames().contains(argument.mid(1, 1))) {
                Output::message(positiveIdMessage(argument));
                return false;
            }
        }
        Output::message(m_parser.errorText());
        return false;
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() > positional) {
        Output::message(tr("Unexpected argument: %1")
                            .arg(m_rules.nameFirstExtra ? given.at(positional) : given.constLast()));
        return false;
    }
    if (given.size() < positional) {
        Output::message(m_usage);
        return false;
    }
    return true;
}

bool CommandOptions::isSet(const QCommandLineOption &option) const
{
    return m_parser.isSet(option);
}

QString CommandOptions::value(const QCommandLineOption &option) const
{
    return m_parser.value(option);
}

QStringList CommandOptions::positionalArguments() const
{
    return m_parser.positionalArguments();
}

std::optional<QString> CommandOptions::format() const
{
    const QString chosen = m_parser.value(*m_format);
    if (m_formats.contains(chosen))
        return chosen;
    Output::message(tr("Unknown format “%1”: use %2.").arg(chosen, choices(m_formats)));
    return std::nullopt;
}

std::optional<QString> CommandOptions::out() const
{
    if (!m_parser.isSet(*m_out))
        return std::nullopt;
    return m_parser.value(*m_out);
}

std::optional<QDate> CommandOptions::date(const QCommandLineOption &option) const
{
    if (!m_parser.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(m_parser.value(option), Qt::ISODate);
    if (!date.isValid()) {
        Output::message(tr("“%1” is not a date: use YYYY-MM-DD.").arg(m_parser.value(option)));
        return std::nullopt;
    }
    return date;
}

std::optional<std::pair<QDate, QDate>> CommandOptions::dateRange(const QCommandLineOption &from,
                                                                 const QCommandLineOption &to) const
{
    const auto first = date(from);
    const auto last = date(to);
    if (!first || !last)
        return std::nullopt;
    if (first->isValid() && last->isValid() && *last < *first) {
        Output::message(tr("--to is before --from."));
        return std::nullopt;
    }
    return std::pair{*first, *last};
}

std::optional<qint64> CommandOptions::positionalId(const QString &what) const
{
    return id(m_parser.positionalArguments().constFirst(), what);
}

std::optional<qint64> CommandOptions::id(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        Output::message(tr("ID must be a positive number: “%1” is not a valid %2 ID.").arg(text, what));
        return std::nullopt;
    }
    return value;
}

QString CommandOptions::readStdin()
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

QString CommandOptions::choices(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    QString text = names.constFirst();
    for (qsizetype i = 1; i + 1 < names.size(); ++i)
        text = tr("%1, %2", "a list of choices").arg(text, names.at(i));
    return tr("%1 or %2", "the last of a list of choices").arg(text, names.constLast());
}

} // namespace offkai
