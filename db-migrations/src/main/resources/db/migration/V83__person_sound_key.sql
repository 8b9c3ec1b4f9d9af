-- The duplicate check's sound block (registration's DuplicateFinder): for a birth date known only by its year, or an
-- estimated one, no birth-day block can help, and spellings of one name in other scripts often share too few trigrams
-- of their folded Latin keys (Egiazaryan / Ieghiazarian, Behruz / بهروز). Their sound key does: the consonants of each
-- word of the folded key (registration's PersonName), with the letters spellings disagree on made one or left out:
-- an h at a word's edges, v and w, g/gh/k/q, dzh/zh/j, dz/ts/tz/c, dh/d/z (Persian says z for the
-- letters Arabic says d), th/s. Computed by the database from name_key, so the bulk loader and every row get it alike.
CREATE FUNCTION person_sound_key(name_key text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
SELECT btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        regexp_replace(' ' || name_key || ' ', '(^| )h|h( |$)', '\1\2', 'g'),
        'dzh', 'j'), 'zh', 'j'), 'gh', 'k'), 'g', 'k'), 'dh', 'z'), 'th', 's'), 'tz', 's'), 'dz', 's'), 'ts', 's'), 'c', 's'),
    '[vw]', '', 'g'), 'd', 'z', 'g'), '[aeiouy]', '', 'g'), '(.)\1+', '\1', 'g'), ' +', ' ', 'g'))
$$;

-- as V12: persons of close birth dates together in the tree
CREATE INDEX person_birth_sound_gist ON person USING gist (birth_date, person_sound_key(name_key) gist_trgm_ops);
