#pragma once

#include "records/CommunitySettings.h"

#include <QPalette>

namespace offkai {

/// The window's colours after the community's theme: the platform's own style and palette, or Fusion in
/// a light or a dark palette. Applied to the whole application at once; widgets that draw their own
/// colours (the dashboard's charts, the calendar's chips) follow the palette.
class AppTheme
{
public:
    static void apply(CommunitySettings::Theme theme);
    /// The theme applied last (FollowSystem before any).
    static CommunitySettings::Theme current();
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace offkai
