#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

/// `offkai holidays YEAR [--format text|json]`: Japan's public holidays of a year, one per line as
/// `YYYY-MM-DD<TAB>name` with the name in the UI language, or as JSON. Needs no database.
class HolidaysCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::HolidaysCommand)
public:
    /// `arguments` start after "holidays". Returns the process exit code.
    static int run(const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();
};

} // namespace offkai
