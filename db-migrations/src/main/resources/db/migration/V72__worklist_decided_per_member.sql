-- Protection decides per member since V67: a household stays before the caseworkers while one of its registered members
-- has no decision (no protection held or had), e.g. a member whose security check answered after the others were
-- granted, or a member registered later. reporting_household.decided (V65) said "someone was decided"; it now says
-- "every registered member was" (a household without registered members is not decided). The worklist itself
-- (DecisionWorklist) leaves out the members with a hit or an exception.
CREATE OR REPLACE FUNCTION reporting_worklist_changed(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE reporting_household r SET citizenships = f.citizenships, needs = f.needs, decided = f.decided
    FROM (SELECT i.id AS household_id,
                 ARRAY(SELECT DISTINCT c.code FROM registration_report_person v CROSS JOIN LATERAL unnest(v.citizenships) c(code)
                       WHERE v.household_id = i.id ORDER BY c.code)::varchar(20)[] AS citizenships,
                 ARRAY(SELECT n.category FROM reporting_household_need n WHERE n.household_id = i.id ORDER BY n.category)::varchar(10)[] AS needs,
                 EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id)
                     AND NOT EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id AND p.protection IS NULL) AS decided
          FROM unnest(ids) i(id)) f
    WHERE r.household_id = f.household_id
      AND (r.citizenships, r.needs, r.decided) IS DISTINCT FROM (f.citizenships, f.needs, f.decided)
$$;

-- the households summed up already, in one pass over reporting's persons
UPDATE reporting_household r SET decided = coalesce(d.decided, false)
FROM reporting_household h
LEFT JOIN (SELECT household_id, bool_and(protection IS NOT NULL) AS decided FROM reporting_person GROUP BY household_id) d
       ON d.household_id = h.household_id
WHERE r.household_id = h.household_id AND r.decided IS DISTINCT FROM coalesce(d.decided, false);
