-- 016_media_video: video keyframes, derived reference hashes and repeated sightings
-- for re-upload detection (issue 11; docs/MEDIA.md).
--
-- * A protected video is stored as the PDQ hashes of its kept keyframes
--   (media_kind 'video_frame', frame_seconds = the keyframe's presentation time);
--   never a frame.
-- * A protected image also stores the hashes of a few derived crops of itself
--   (variant 'crop-5', 'crop-left-10', …) so that cropped re-uploads still match;
--   source_id ties a derived hash, or a video's later keyframes, to the first hash
--   registered from the same upload.
-- * A monitored item seen again (same platform, URL and hash) is no longer a new
--   row: sightings counts the reports and last_seen_at is the latest. The code
--   serialises reports of one (platform, URL, hash) with a transaction-scoped
--   advisory lock; rows that were duplicated before this migration are left as they
--   were (new sightings go to the oldest of them).

ALTER TABLE media_protected
    ADD COLUMN frame_seconds double precision CHECK (frame_seconds >= 0),
    ADD COLUMN variant text NOT NULL DEFAULT 'original' CHECK (variant ~ '^[a-z0-9-]{1,32}$'),
    ADD COLUMN source_id bigint REFERENCES media_protected (id);
CREATE INDEX media_protected_source_idx ON media_protected (source_id);

ALTER TABLE media_item
    ADD COLUMN frame_seconds double precision CHECK (frame_seconds >= 0),
    ADD COLUMN sightings integer NOT NULL DEFAULT 1 CHECK (sightings >= 1),
    ADD COLUMN last_seen_at timestamptz;
UPDATE media_item SET last_seen_at = seen_at WHERE last_seen_at IS NULL;
ALTER TABLE media_item ALTER COLUMN last_seen_at SET NOT NULL;
CREATE INDEX media_item_platform_url_idx ON media_item (platform, url);

GRANT UPDATE (sightings, last_seen_at, uploaded_at) ON media_item TO ansim_counsellor;
GRANT SELECT (source_id) ON media_protected TO ansim_monitor;  -- to keep one match per protected upload
