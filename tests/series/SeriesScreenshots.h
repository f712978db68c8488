#pragma once

#include <QString>

namespace offkai {

class Workspace;

/// Renders the series editor (filled with seed 003's talk: every 2nd Tuesday at 20:00, open end) and the
/// speaker pipeline (two speakers slotted) to `dir/series-editor-SUFFIX.png` and
/// `dir/series-pipeline-SUFFIX.png` (plus `series-slot-SUFFIX.png`, the speaker dialog, and
/// `series-scope-SUFFIX.png`, the occurrence scope question), in the current default locale and translations.
/// A workspace without that talk gets it, with two speakers slotted (members created if needed); one that has
/// it (the demo database) is shown as it is.
void saveSeriesScreenshots(Workspace &workspace, const QString &dir, const QString &suffix);

} // namespace offkai
