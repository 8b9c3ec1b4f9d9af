-- Each context that publishes a view for reporting (V43-V46, V48) tells reporting, in the transaction of the change,
-- which households a statement on its tables touched: an AFTER ... FOR EACH STATEMENT trigger whose argument is a
-- query over the statement's rows (transition tables now_rows, was_rows) naming only the provider's own tables.
-- reporting_households_touched() (V48) passes the ids to reporting_households_changed(), which reads the views again.
-- One statement is one call, however many rows: a COPY of 1,000 households is one call, not 1,000.

-- Creates the three triggers (insert, update, delete) of one table; {rows} in ids_of_rows stands for the transition
-- table. Only for this migration.
CREATE FUNCTION pg_temp.report_triggers(tab text, ids_of_rows text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    q_new text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids_of_rows, '{rows}', 'now_rows') || ') t(x)';
    q_old text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids_of_rows, '{rows}', 'was_rows') || ') t(x)';
    q_both text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids_of_rows, '{rows}', 'now_rows') || ' UNION ALL '
                   || replace(ids_of_rows, '{rows}', 'was_rows') || ') t(x)';
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS now_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reporting_households_touched(%L)', tab || '_report_insert', tab, q_new);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS was_rows NEW TABLE AS now_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reporting_households_touched(%L)', tab || '_report_update', tab, q_both);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS was_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reporting_households_touched(%L)', tab || '_report_delete', tab, q_old);
END
$$;

-- registration: households (status, BCP, arrival, declared persons), their members (registered persons, needs)
SELECT pg_temp.report_triggers('household', 'SELECT id FROM {rows}');
SELECT pg_temp.report_triggers('person', 'SELECT household_id FROM {rows}');
SELECT pg_temp.report_triggers('person_need', 'SELECT p.household_id FROM person p WHERE p.id IN (SELECT person_id FROM {rows})');

-- screening: when screening finished
SELECT pg_temp.report_triggers('medical_screening', 'SELECT household_id FROM {rows}');
SELECT pg_temp.report_triggers('security_check', 'SELECT household_id FROM {rows}');

-- camps: beds, transfers (their households found through the stays that travel on them), private addresses
SELECT pg_temp.report_triggers('camp_stay', 'SELECT household_id FROM {rows}');
SELECT pg_temp.report_triggers('transfer_manifest', 'SELECT s.household_id FROM camp_stay s WHERE s.manifest_id IN (SELECT id FROM {rows})');
SELECT pg_temp.report_triggers('private_accommodation', 'SELECT household_id FROM {rows}');
CREATE INDEX camp_stay_manifest ON camp_stay (manifest_id) WHERE manifest_id IS NOT NULL;

-- protection: protection granted, extended or ended; cards handed over
SELECT pg_temp.report_triggers('protection_status', 'SELECT household_id FROM {rows}');
SELECT pg_temp.report_triggers('identity_document', 'SELECT household_id FROM {rows}');

DROP FUNCTION pg_temp.report_triggers(text, text);

-- reporting: the summary of what is registered already
SELECT reporting_backfill();
