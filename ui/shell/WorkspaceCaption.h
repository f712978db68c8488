#pragma once

#include <QCoreApplication>
#include <QString>

namespace offkai {

class Workspace;

/// How the window names the database it works on: the title bar (the community's name, and whether it is
/// the demo or a team database and as whom) and the status bar's permanent label.
class WorkspaceCaption
{
    Q_DECLARE_TR_FUNCTIONS(offkai::WorkspaceCaption)
public:
    /// The window title; `workspace` null: none open.
    static QString title(Workspace *workspace);
    /// The status bar's label: the file, the team database and user, or the demo's warning.
    static QString statusText(Workspace *workspace);
};

} // namespace offkai
