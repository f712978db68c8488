#pragma once

#include "core/Result.h"
#include "exchange/CsvReader.h"
#include "exchange/TextDecoding.h"

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

class Workspace;

/// `offkai members list|import|export …`.
class MembersCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MembersCommand)
public:
    /// `arguments` start after "members". Returns the process exit code.
    static int run(Workspace &workspace, const QStringList &arguments);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

private:
    static int list(Workspace &workspace, const QStringList &arguments);
    static int importFile(Workspace &workspace, const QStringList &arguments);
    static int exportMembers(Workspace &workspace, const QStringList &arguments);
    /// "connpass, peatix, …": the built-in presets' keys.
    static QString builtInPresetKeys();
    /// True when `name` is a preset saved in the import wizard (which wins over a service's key).
    static bool isSavedPreset(Workspace &workspace, const QString &name);
    /// The first two records of `path`: the header row and one more.
    static Result<CsvReader::Table> readHead(const QString &path, TextDecoding::Encoding encoding,
                                             const QString &fileName);
};

} // namespace offkai
