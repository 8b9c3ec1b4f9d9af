-- The allocation queue (AllocationQueue) shows first the households with a need that gives priority
-- (HouseholdsToPlace.PRIORITY_CATEGORIES) or with a member medical screening asked to isolate, each group longest waiting
-- first. Its page was the first group read along the whole queue's index: every household waiting for a bed was looked at
-- (and its isolation looked up) before the page behind the first group could start, 0.9 s at 44,000 households. Reporting
-- now keeps whether a household is isolated (screening's published view, the outcome only) with its other facts, and an
-- index holds the first group alone, in the queue's order, so that a page reads only the rows before it.
ALTER TABLE reporting_household ADD COLUMN isolated boolean NOT NULL DEFAULT false;

-- V72's function, and whether the household is isolated
CREATE OR REPLACE FUNCTION reporting_worklist_changed(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE reporting_household r SET citizenships = f.citizenships, needs = f.needs, decided = f.decided, isolated = f.isolated
    FROM (SELECT i.id AS household_id,
                 ARRAY(SELECT DISTINCT c.code FROM registration_report_person v CROSS JOIN LATERAL unnest(v.citizenships) c(code)
                       WHERE v.household_id = i.id ORDER BY c.code)::varchar(20)[] AS citizenships,
                 ARRAY(SELECT n.category FROM reporting_household_need n WHERE n.household_id = i.id ORDER BY n.category)::varchar(10)[] AS needs,
                 EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id)
                     AND NOT EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id AND p.protection IS NULL) AS decided,
                 EXISTS (SELECT 1 FROM screening_isolated_household s WHERE s.household_id = i.id) AS isolated
          FROM unnest(ids) i(id)) f
    WHERE r.household_id = f.household_id
      AND (r.citizenships, r.needs, r.decided, r.isolated) IS DISTINCT FROM (f.citizenships, f.needs, f.decided, f.isolated)
$$;

-- the households summed up already
UPDATE reporting_household r SET isolated = true WHERE r.household_id IN (SELECT s.household_id FROM screening_isolated_household s);

CREATE OR REPLACE VIEW reporting_worklist_household AS
SELECT r.household_id, r.bcp, r.camp, r.stage, r.since, r.arrived_at, r.persons, r.registered, r.decided, r.citizenships, r.needs,
       r.isolated
FROM reporting_household r;

-- The first group and the others, whole and of one BCP. The predicates are AllocationQueue.PRIORITY's text, categories
-- in alphabetical order (AllocationQueueRankTest compares them): the planner uses a partial index only for a query that
-- says the same.
CREATE INDEX reporting_household_waiting_first ON reporting_household (since, household_id)
    INCLUDE (bcp, arrived_at, persons, needs, citizenships)
    WHERE stage = 'WAITING_FOR_BED' AND (isolated OR needs && CAST('{CR,DS,ER,SC,SM,WR}' AS varchar(10)[]));
CREATE INDEX reporting_household_waiting_first_bcp ON reporting_household (bcp, since, household_id)
    INCLUDE (arrived_at, persons, needs, citizenships)
    WHERE stage = 'WAITING_FOR_BED' AND (isolated OR needs && CAST('{CR,DS,ER,SC,SM,WR}' AS varchar(10)[]));
CREATE INDEX reporting_household_waiting_then ON reporting_household (since, household_id)
    INCLUDE (bcp, arrived_at, persons, needs, citizenships)
    WHERE stage = 'WAITING_FOR_BED' AND NOT (isolated OR needs && CAST('{CR,DS,ER,SC,SM,WR}' AS varchar(10)[]));
CREATE INDEX reporting_household_waiting_then_bcp ON reporting_household (bcp, since, household_id)
    INCLUDE (arrived_at, persons, needs, citizenships)
    WHERE stage = 'WAITING_FOR_BED' AND NOT (isolated OR needs && CAST('{CR,DS,ER,SC,SM,WR}' AS varchar(10)[]));
