-- Measured with 1,000,000 persons (docs/benchmarks.md): the GIN index over name trigrams and birth date (V10) still
-- reads every posting list of a common name's trigrams, 130 ms a query. A GiST index over (birth_date, trigrams)
-- keeps persons of close birth dates together in its tree, so the duplicate check visits only their part: 9-20 ms.
-- The GIN indexes stay for the search by name alone. btree_gist is a trusted extension: the database owner may
-- create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE INDEX person_birth_name_key_gist ON person USING gist (birth_date, name_key gist_trgm_ops);
CREATE INDEX person_birth_name_skeleton_gist ON person USING gist (birth_date, name_skeleton gist_trgm_ops);
