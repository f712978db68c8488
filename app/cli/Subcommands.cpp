#include "Subcommands.h"

#include "CommandLine.h"
#include "Output.h"

namespace offkai {

Subcommands::Subcommands(const QString &usage, Unknown unknown)
    : m_usage(usage)
    , m_unknown(unknown)
{}

Subcommands &Subcommands::add(const QString &name, Handler handler)
{
    m_handlers.append({name, std::move(handler)});
    return *this;
}

int Subcommands::run(const QStringList &arguments) const
{
    const QString sub = arguments.value(0);
    for (const auto &[name, handler] : m_handlers) {
        if (sub == name)
            return handler(arguments.mid(1));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Output::data(m_usage);
        return CommandLine::Success;
    }
    if (m_unknown == Unknown::UsageOnly) {
        Output::message(m_usage);
        return CommandLine::UsageError;
    }
    Output::message((sub.isEmpty() ? tr("Missing subcommand.") : tr("Unknown subcommand “%1”.").arg(sub)) +
                    QLatin1Char('\n') + m_usage);
    return CommandLine::UsageError;
}

} // namespace offkai
