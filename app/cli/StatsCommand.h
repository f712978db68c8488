#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <utility>

namespace offkai {

class Workspace;
struct DashboardFigures;

/// `offkai stats`: the community's figures for a period (CommunityStats::dashboard), as a readable
/// summary, CSV or JSON.
///
/// JSON is an array of objects, each with a stable `id` (see usage()), an optional `label` and its
/// numbers; CSV has one row per such object: id, label, then its numbers in the order figures() lists them.
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::StatsCommand)
public:
    /// `arguments` start after "stats". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

    /// One figure of the JSON and CSV output.
    struct Figure
    {
        QString id;
        QString label;
        QList<std::pair<QString, QJsonValue>> values;
    };
    static QList<Figure> figures(const DashboardFigures &f);

private:
    static QString text(const DashboardFigures &f);
    static QString csv(const QList<Figure> &figures);
    static QString json(const QList<Figure> &figures);
};

} // namespace offkai
