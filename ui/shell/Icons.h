#pragma once

#include <QIcon>

namespace offkai {

/// Icons from the desktop's theme, with Offkai's own SVGs where the theme has none (Windows, macOS,
/// minimal desktops).
class Icons
{
public:
    /// `name` is a freedesktop icon name ("list-add", "edit-delete", …) bundled under :/offkai/icons.
    /// Each name is looked up once per run (on the GUI thread).
    static QIcon get(const QString &name);
};

} // namespace offkai
