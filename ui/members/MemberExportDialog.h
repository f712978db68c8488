#pragma once

#include "core/Error.h"

#include <functional>
#include <QCoreApplication>
#include <QList>

class QWidget;

namespace offkai {

class MemberStore;

/// Exports members to a file the user picks: CSV for Excel (UTF-8 with BOM), CSV in Shift_JIS, or vCard.
class MemberExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberExportDialog)
public:
    /// Asks where and in which format, then writes `ids` (empty: every member). `done` receives the path
    /// written; `failed` the reason nothing was written. Cancelling the file dialog calls neither.
    static void run(MemberStore &store, const QList<qint64> &ids, QWidget *parent,
                    const std::function<void(const QString &path)> &done,
                    const std::function<void(const Error &error)> &failed);
};

} // namespace offkai
