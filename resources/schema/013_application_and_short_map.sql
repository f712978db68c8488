-- Offkai schema version 13: how to apply to an event and by when, and a venue's short map link.
--
-- `how_to_apply` is free text for the announcement ("connpassのページから", "このグループにコメント"),
-- empty for none; `apply_by` the last day to apply (an ISO date), NULL for none. `short_map_url` is a
-- link such as https://maps.app.goo.gl/… that a plain-text announcement carries instead of a long map
-- search.
ALTER TABLE events ADD COLUMN how_to_apply TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN apply_by TEXT CHECK (apply_by IS NULL OR date(apply_by) IS apply_by);
ALTER TABLE venues ADD COLUMN short_map_url TEXT NOT NULL DEFAULT '';

