#pragma once

#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <utility>

namespace offkai {

/// The arguments of one subcommand, `offkai GROUP NAME …`: its options, parsed, and the checks of what
/// every subcommand reads (ids, dates, `--format`, `--out`). Each check prints what is wrong to stderr.
class CommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CommandOptions)
public:
    /// How a subcommand reads what QCommandLineParser alone would get wrong. The defaults are those of
    /// most commands. `members` and `venues` have always left "-1" to QCommandLineParser, and `members`
    /// names the last extra argument; scripts may read their messages, so they keep doing so.
    struct Rules
    {
        /// A "-1" is a malformed id, not the unknown option "1".
        bool negativeNumberIsId = true;
        /// An extra argument is named by the first one over the count, not by the last one given.
        bool nameFirstExtra = true;
    };

    /// `command` is "GROUP NAME" ("events list"); `usage` is printed when positional arguments are missing.
    CommandOptions(const QString &command, const QString &usage);
    CommandOptions(const QString &command, const QString &usage, Rules rules);

    void add(const QList<QCommandLineOption> &options);
    /// Names a positional argument, for the parser's help text.
    void addPositional(const QString &name, const QString &description);
    /// Adds `--format`, which must be one of `formats`; the first is the default.
    void addFormat(const QStringList &formats);
    /// Adds `--out`, the file or folder to write to.
    void addOut(const QString &description, const QString &valueName);

    /// Parses `arguments` (after the subcommand), expecting exactly `positional` positional arguments.
    bool parse(const QStringList &arguments, int positional);

    bool isSet(const QCommandLineOption &option) const;
    QString value(const QCommandLineOption &option) const;
    QStringList positionalArguments() const;

    /// The `--format` given or its default, or nullopt after printing that it is none of the formats.
    std::optional<QString> format() const;
    /// The `--out` given, if any.
    std::optional<QString> out() const;
    /// A YYYY-MM-DD option, an invalid date when it is not given, or nullopt after printing the problem.
    std::optional<QDate> date(const QCommandLineOption &option) const;
    /// `from` and `to` as date() reads them (each bad one is named), and `to` not before `from`.
    std::optional<std::pair<QDate, QDate>> dateRange(const QCommandLineOption &from,
                                                     const QCommandLineOption &to) const;
    /// The first positional argument as the id of a `what`, as id() reads it.
    std::optional<qint64> positionalId(const QString &what) const;

    /// A positive id, or nullopt after printing what is wrong.
    static std::optional<qint64> id(const QString &text, const QString &what);
    /// Everything on standard input without one trailing line break.
    static QString readStdin();

private:
    bool rejectsNegativeNumber(const QStringList &arguments) const;
    /// "csv or json", "text, csv or json".
    static QString choices(const QStringList &names);

    QCommandLineParser m_parser;
    QString m_command;
    QString m_usage;
    Rules m_rules;
    QStringList m_formats;
    std::optional<QCommandLineOption> m_format;
    std::optional<QCommandLineOption> m_out;
};

} // namespace offkai
