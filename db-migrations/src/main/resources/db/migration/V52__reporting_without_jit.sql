-- Reporting's summary functions run small statements over the views for a few households, but their plans (generic,
-- over set-returning functions the planner guesses at 1,000 rows a call) look expensive enough for PostgreSQL to
-- compile them just in time: 2.7 s of JIT for a 6 ms statement, on every pre-registration at 5,000,000 persons. So
-- they run without JIT, and the row functions say how many rows they give.
ALTER FUNCTION reporting_households_changed(uuid[]) SET jit = off;
ALTER FUNCTION reporting_fold() SET jit = off;
ALTER FUNCTION reporting_person_stock(reporting_person) ROWS 2;
ALTER FUNCTION reporting_person_events(reporting_person, text) ROWS 3;
ALTER FUNCTION reporting_person_facts(uuid[]) ROWS 5;
