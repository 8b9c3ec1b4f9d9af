-- The caseworkers' worklist leaves out a member whose security check found something or who has an exception (open or
-- decided): neither is for a grant from the list. DecisionWorklist asked that of every registered member of every
-- undecided household before counting (13.9 s cold at 1,000,000 persons waiting, when the same count over reporting's
-- summary alone takes 47 ms). Reporting's "decided" (V72) now says it once per household, kept in the transaction of
-- every change: no registered member is left to decide, each holds or held protection, has a security hit or has an
-- exception. The worklist reads only the summary; a household whose last open member's exception was refused leaves
-- the list's index too.

-- protection (its part): what it publishes for reporting, the persons with an exception (the fact only, never its
-- reason, justification or outcome), found by person.
CREATE INDEX protection_exception_by_person ON protection_exception (person_id);
CREATE VIEW protection_exception_person AS
SELECT DISTINCT e.person_id
FROM protection_exception e;

-- an exception proposed (or removed) tells reporting about the household the person is in now (registration's view)
CREATE TRIGGER protection_exception_report_insert AFTER INSERT ON protection_exception REFERENCING NEW TABLE AS now_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(
        'SELECT array_agg(DISTINCT m.household_id ORDER BY m.household_id) FROM registry_member m WHERE m.person_id IN (SELECT person_id FROM now_rows)');
CREATE TRIGGER protection_exception_report_delete AFTER DELETE ON protection_exception REFERENCING OLD TABLE AS was_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(
        'SELECT array_agg(DISTINCT m.household_id ORDER BY m.household_id) FROM registry_member m WHERE m.person_id IN (SELECT person_id FROM was_rows)');

-- reporting: V73's function, "decided" as said above (screening's published hits, protection's published exceptions)
CREATE OR REPLACE FUNCTION reporting_worklist_changed(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE reporting_household r SET citizenships = f.citizenships, needs = f.needs, decided = f.decided, isolated = f.isolated
    FROM (SELECT i.id AS household_id,
                 ARRAY(SELECT DISTINCT c.code FROM registration_report_person v CROSS JOIN LATERAL unnest(v.citizenships) c(code)
                       WHERE v.household_id = i.id ORDER BY c.code)::varchar(20)[] AS citizenships,
                 ARRAY(SELECT n.category FROM reporting_household_need n WHERE n.household_id = i.id ORDER BY n.category)::varchar(10)[] AS needs,
                 EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id)
                     AND NOT EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id AND p.protection IS NULL
                                     AND NOT EXISTS (SELECT 1 FROM screening_security_hit_person x WHERE x.person_id = p.person_id)
                                     AND NOT EXISTS (SELECT 1 FROM protection_exception_person e WHERE e.person_id = p.person_id)) AS decided,
                 EXISTS (SELECT 1 FROM screening_isolated_household s WHERE s.household_id = i.id) AS isolated
          FROM unnest(ids) i(id)) f
    WHERE r.household_id = f.household_id
      AND (r.citizenships, r.needs, r.decided, r.isolated) IS DISTINCT FROM (f.citizenships, f.needs, f.decided, f.isolated)
$$;

-- the households summed up already: only those with a member who has a hit or an exception can change (few)
SELECT reporting_worklist_changed(array_agg(DISTINCT m.household_id ORDER BY m.household_id))
FROM registry_member m
WHERE m.person_id IN (SELECT x.person_id FROM screening_security_hit_person x UNION SELECT e.person_id FROM protection_exception_person e);
