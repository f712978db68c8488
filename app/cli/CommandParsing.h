#pragma once

#include <optional>
#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace offkai {

/// Argument checks shared by the subcommands; each prints what is wrong to stderr.
class CommandParsing
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CommandParsing)
public:
    /// Parses `arguments` of `offkai GROUP NAME …`, expecting exactly `positional` positional arguments.
    static bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                      int positional, const QString &usage);
    /// A positive id, or nullopt after printing what is wrong.
    static std::optional<qint64> id(const QString &text, const QString &what);
    /// What is printed for a negative or malformed id.
    static QString positiveIdMessage(const QString &text);
    /// Everything on standard input without one trailing line break.
    static QString readStdin();
};

} // namespace offkai
