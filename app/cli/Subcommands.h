#pragma once

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <utility>

namespace offkai {

/// The subcommands of one command (`offkai backups list|restore …`): runs the one that the first
/// argument names with the arguments after it, prints the usage for `--help` or `-h` (exit code 0), and
/// prints it to stderr for anything else (exit code 2).
class Subcommands
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Subcommands)
public:
    using Handler = std::function<int(const QStringList &arguments)>;

    /// What is printed before the usage when no known subcommand is named.
    enum class Unknown
    {
        UsageOnly,     ///< nothing
        NameTheProblem ///< "Missing subcommand." or "Unknown subcommand “x”."
    };

    explicit Subcommands(const QString &usage, Unknown unknown = Unknown::UsageOnly);

    Subcommands &add(const QString &name, Handler handler);
    /// `arguments` start with the subcommand's name. Returns the process exit code.
    int run(const QStringList &arguments) const;

private:
    QString m_usage;
    Unknown m_unknown;
    QList<std::pair<QString, Handler>> m_handlers;
};

} // namespace offkai
