-- A protected person who moves to another household (an earlier registration linked, a duplicate resolved) keeps the
-- household of the grant on their protection status. Reporting's person summary finds protection by that household,
-- so in the household they are in now they read as unprotected, and V75's "decided" left that household on the
-- caseworkers' worklist for a person nobody can grant again. "Decided" now asks protection's published view by person,
-- and protection's status triggers also name the household the person is in now (registration's registry_member).

-- V75's function, protection looked up by person
CREATE OR REPLACE FUNCTION reporting_worklist_changed(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE reporting_household r SET citizenships = f.citizenships, needs = f.needs, decided = f.decided, isolated = f.isolated
    FROM (SELECT i.id AS household_id,
                 ARRAY(SELECT DISTINCT c.code FROM registration_report_person v CROSS JOIN LATERAL unnest(v.citizenships) c(code)
                       WHERE v.household_id = i.id ORDER BY c.code)::varchar(20)[] AS citizenships,
                 ARRAY(SELECT n.category FROM reporting_household_need n WHERE n.household_id = i.id ORDER BY n.category)::varchar(10)[] AS needs,
                 EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id)
                     AND NOT EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id
                                     AND NOT EXISTS (SELECT 1 FROM protection_report_status s WHERE s.person_id = p.person_id)
                                     AND NOT EXISTS (SELECT 1 FROM screening_security_hit_person x WHERE x.person_id = p.person_id)
                                     AND NOT EXISTS (SELECT 1 FROM protection_exception_person e WHERE e.person_id = p.person_id)) AS decided,
                 EXISTS (SELECT 1 FROM screening_isolated_household s WHERE s.household_id = i.id) AS isolated
          FROM unnest(ids) i(id)) f
    WHERE r.household_id = f.household_id
      AND (r.citizenships, r.needs, r.decided, r.isolated) IS DISTINCT FROM (f.citizenships, f.needs, f.decided, f.isolated)
$$;

-- protection (its part): the status triggers of V49 name the household of the grant and the person's present one
CREATE FUNCTION pg_temp.status_report_triggers() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    ids text := 'SELECT household_id FROM {rows} UNION ALL SELECT m.household_id FROM registry_member m '
                'WHERE m.person_id IN (SELECT person_id FROM {rows})';
    q_new text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids, '{rows}', 'now_rows') || ') t(x)';
    q_old text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids, '{rows}', 'was_rows') || ') t(x)';
    q_both text := 'SELECT array_agg(DISTINCT x ORDER BY x) FROM (' || replace(ids, '{rows}', 'now_rows') || ' UNION ALL '
                   || replace(ids, '{rows}', 'was_rows') || ') t(x)';
BEGIN
    DROP TRIGGER protection_status_report_insert ON protection_status;
    DROP TRIGGER protection_status_report_update ON protection_status;
    DROP TRIGGER protection_status_report_delete ON protection_status;
    EXECUTE format('CREATE TRIGGER protection_status_report_insert AFTER INSERT ON protection_status REFERENCING NEW TABLE AS now_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(%L)', q_new);
    EXECUTE format('CREATE TRIGGER protection_status_report_update AFTER UPDATE ON protection_status REFERENCING OLD TABLE AS was_rows '
                   'NEW TABLE AS now_rows FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(%L)', q_both);
    EXECUTE format('CREATE TRIGGER protection_status_report_delete AFTER DELETE ON protection_status REFERENCING OLD TABLE AS was_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(%L)', q_old);
END
$$;
SELECT pg_temp.status_report_triggers();
DROP FUNCTION pg_temp.status_report_triggers();

-- the households summed up already: those holding a protected person whose status names another household (few)
SELECT reporting_worklist_changed(array_agg(DISTINCT m.household_id ORDER BY m.household_id))
FROM protection_status s
JOIN registry_member m ON m.person_id = s.person_id
WHERE m.household_id <> s.household_id;
