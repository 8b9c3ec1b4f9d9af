-- A request's result kept with its Idempotency-Key may be longer than an id now: a bulk grant keeps its answer for up to
-- 500 households (a line each), so that a retry answers what the first call answered.
ALTER TABLE idempotent_request ALTER COLUMN result TYPE text;
