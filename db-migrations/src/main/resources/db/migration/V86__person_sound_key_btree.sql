-- The duplicate check's sound block for a birth date known only by its year, or estimated (registration's
-- DuplicateFinder), read V83's GiST over (birth date, sound-key trigrams) nearest-first: when fewer than its 20 persons
-- share the sound key, it read every person born within the window, 130 ms for ten years at 2.7 M persons. The block
-- now takes the persons whose sound key is the one typed (or its given and family names swapped), by birth date, from
-- a btree: under a millisecond at 5 M. The GiST goes (one index fewer to keep on every registration).
-- IF NOT EXISTS: on a live registry of millions, build it beforehand with CREATE INDEX CONCURRENTLY under this name
-- (docs/scaling.md), so that the upgrade does not block registrations while it builds (18 s at 5 M persons here).
CREATE INDEX IF NOT EXISTS person_sound_key_birth ON person (person_sound_key(name_key), birth_date);
DROP INDEX IF EXISTS person_birth_sound_gist;
