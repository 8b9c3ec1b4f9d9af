-- The duplicate check asks for similar names AND a birth date in a window. With one GIN index over both (btree_gin
-- gives GIN the date's range operators) PostgreSQL intersects the two conditions inside the index instead of reading
-- every similar name in the registry and filtering it by date afterwards. The name-only search still uses these
-- indexes through their first column. btree_gin is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX person_name_key_birth ON person USING gin (name_key gin_trgm_ops, birth_date);
CREATE INDEX person_name_skeleton_birth ON person USING gin (name_skeleton gin_trgm_ops, birth_date);
DROP INDEX person_name_key_trgm;
DROP INDEX person_name_skeleton_trgm;
