-- A person's citizenships are one of the facts reporting counts (registration_report_person, V47/V65), but only the
-- person's own row told reporting of a change (V49): a member registered with a citizenship was summed up as UNKNOWN when
-- the person's row was written before their citizenship rows and nothing else of the household was written after them
-- (ReportSummaryIT caught it once registration started the member's screening in the same transaction, V67).
-- person_citizenship now tells reporting too, as person_need does: one call per statement, whatever its rows.
CREATE TRIGGER person_citizenship_report_insert AFTER INSERT ON person_citizenship REFERENCING NEW TABLE AS now_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(
        'SELECT array_agg(DISTINCT x ORDER BY x) FROM (SELECT p.household_id FROM person p WHERE p.id IN (SELECT person_id FROM now_rows)) t(x)');
CREATE TRIGGER person_citizenship_report_update AFTER UPDATE ON person_citizenship REFERENCING OLD TABLE AS was_rows NEW TABLE AS now_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(
        'SELECT array_agg(DISTINCT x ORDER BY x) FROM (SELECT p.household_id FROM person p WHERE p.id IN (SELECT person_id FROM now_rows UNION ALL SELECT person_id FROM was_rows)) t(x)');
CREATE TRIGGER person_citizenship_report_delete AFTER DELETE ON person_citizenship REFERENCING OLD TABLE AS was_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(
        'SELECT array_agg(DISTINCT x ORDER BY x) FROM (SELECT p.household_id FROM person p WHERE p.id IN (SELECT person_id FROM was_rows)) t(x)');

-- the persons summed up without their citizenships since V67, counted again
SELECT reporting_households_changed(array_agg(DISTINCT r.household_id ORDER BY r.household_id))
FROM reporting_person r JOIN registration_report_person v ON v.person_id = r.person_id
WHERE r.citizenship IS DISTINCT FROM v.citizenship;
