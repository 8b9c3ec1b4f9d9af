-- A member's screening record keeps the household it was started in; a member linked into another household, or the
-- earlier record of a merged person, is screened under the old one. Screening's reporting triggers (V49) named only
-- that household, so the member's present household kept a stale summary (not isolated, not screened) after the
-- member's medical screening or security check changed. They now also name the member's present household, read
-- through registration's published view registry_member.
CREATE FUNCTION pg_temp.screening_report_triggers(tab text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    ids text := 'SELECT household_id FROM {rows} UNION ALL SELECT m.household_id FROM registry_member m '
                'WHERE m.person_id IN (SELECT person_id FROM {rows} WHERE person_id IS NOT NULL)';
    q_new text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids, '{rows}', 'now_rows') || ') t(x)';
    q_old text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids, '{rows}', 'was_rows') || ') t(x)';
    q_both text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids, '{rows}', 'now_rows') || ' UNION ALL '
                   || replace(ids, '{rows}', 'was_rows') || ') t(x)';
BEGIN
    EXECUTE format('DROP TRIGGER %I ON %I', tab || '_report_insert', tab);
    EXECUTE format('DROP TRIGGER %I ON %I', tab || '_report_update', tab);
    EXECUTE format('DROP TRIGGER %I ON %I', tab || '_report_delete', tab);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS now_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reporting_households_touched(%L)', tab || '_report_insert', tab, q_new);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS was_rows NEW TABLE AS now_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reporting_households_touched(%L)', tab || '_report_update', tab, q_both);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS was_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reporting_households_touched(%L)', tab || '_report_delete', tab, q_old);
END
$$;
SELECT pg_temp.screening_report_triggers('medical_screening');
SELECT pg_temp.screening_report_triggers('security_check');
DROP FUNCTION pg_temp.screening_report_triggers(text);

-- The summaries a stale trigger may have left: every household holding a member whose screening record names another
-- household is summed up again (none on most databases; a scan of both tables, some seconds at 5,000,000 persons).
SELECT reporting_households_changed(array_agg(DISTINCT m.household_id ORDER BY m.household_id))
FROM (SELECT person_id, household_id FROM medical_screening WHERE person_id IS NOT NULL
      UNION ALL
      SELECT person_id, household_id FROM security_check WHERE person_id IS NOT NULL) s
JOIN registry_member m ON m.person_id = s.person_id
WHERE m.household_id <> s.household_id;
