-- V65 recreated reporting_households_changed with CREATE OR REPLACE, which drops the function's settings: V52's
-- SET jit = off was lost, and every registration write would again pay PostgreSQL's JIT (2.7 s for a 6 ms statement
-- at 5,000,000 persons, V52). The functions it calls run inside its setting.
ALTER FUNCTION reporting_households_changed(uuid[]) SET jit = off;
