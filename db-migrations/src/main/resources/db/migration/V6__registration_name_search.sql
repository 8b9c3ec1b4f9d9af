-- Fuzzy search of heads of household across scripts: every name is also kept as a lower-case Latin key (the ICU
-- transliteration of the name as typed), compared with pg_trgm. pg_trgm is a trusted extension: the database owner
-- may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE household ADD COLUMN head_name_key varchar(200);
UPDATE household SET head_name_key = lower(head_name_latin);
ALTER TABLE household ALTER COLUMN head_name_key SET NOT NULL;
CREATE INDEX household_head_name_key_trgm ON household USING gin (head_name_key gin_trgm_ops);
