-- A grant, an extension or an end changes a person's protection, not a dimension the population table counts by
-- (household, arrival day, BCP, camp, stage, sex, age group, citizenship, needs). Reporting's person summary still
-- took every person of the household out of the population cells and put them back (a CUBE over sex, age group and
-- citizenship, per need), only for the two to cancel: at 5,000,000 persons a large part of the 20 ms each statement
-- on protection_status spent in reporting's trigger. The population cells are now counted again only for households
-- where a person's counted dimension changed (or a person came or went); the stock and protection tables as before.

-- V50's function, population cells only for households with a counted change
CREATE OR REPLACE FUNCTION reporting_persons_changed(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    WITH fresh AS (SELECT f.person_id, f.household_id, f AS p FROM reporting_person_facts(ids) f),
    old AS (SELECT r.person_id, r.household_id, r AS p FROM reporting_person r WHERE r.household_id = ANY (ids)),
    changed AS (SELECT o.person_id AS o_id, f.person_id AS f_id, f.household_id AS f_household, o.household_id AS o_household,
                       ((o.p).household_id, (o.p).arrival_day, (o.p).bcp, (o.p).camp, (o.p).stage,
                        (o.p).sex, (o.p).unhcr_group, (o.p).citizenship, (o.p).needs, (o.p).sensitive_needs)
                       IS DISTINCT FROM ((f.p).household_id, (f.p).arrival_day, (f.p).bcp, (f.p).camp, (f.p).stage,
                        (f.p).sex, (f.p).unhcr_group, (f.p).citizenship, (f.p).needs, (f.p).sensitive_needs) AS counted
                FROM old o FULL JOIN fresh f ON f.person_id = o.person_id WHERE o.p IS DISTINCT FROM f.p),
    kept AS (
        INSERT INTO reporting_person AS r SELECT (f.p).* FROM fresh f JOIN changed c ON c.f_id = f.person_id
        ON CONFLICT (person_id) DO UPDATE SET household_id = excluded.household_id, arrival_day = excluded.arrival_day,
            bcp = excluded.bcp, camp = excluded.camp, stage = excluded.stage, sex = excluded.sex, birth_date = excluded.birth_date,
            citizenship = excluded.citizenship, unaccompanied = excluded.unaccompanied, needs = excluded.needs,
            sensitive_needs = excluded.sensitive_needs, lodged_in = excluded.lodged_in, private = excluded.private,
            granted = excluded.granted, protection = excluded.protection, valid_from = excluded.valid_from,
            valid_until = excluded.valid_until, ended_on = excluded.ended_on, unhcr_group = excluded.unhcr_group,
            eurostat_group = excluded.eurostat_group, benefiting = excluded.benefiting, recheck_on = excluded.recheck_on),
    gone AS (DELETE FROM reporting_person r USING changed c WHERE c.f_id IS NULL AND r.person_id = c.o_id),
    touched AS (SELECT f_household AS household_id FROM changed WHERE f_household IS NOT NULL
                UNION SELECT o_household FROM changed WHERE o_household IS NOT NULL),
    moved AS (SELECT -1 AS sign, o.p FROM old o WHERE o.household_id IN (SELECT household_id FROM touched)
              UNION ALL
              SELECT 1, f.p FROM fresh f WHERE f.household_id IN (SELECT household_id FROM touched)),
    -- the population cells a household counts in change only with a dimension they count by
    counted AS (SELECT f_household AS household_id FROM changed WHERE counted AND f_household IS NOT NULL
                UNION SELECT o_household FROM changed WHERE counted AND o_household IS NOT NULL),
    population AS (
        INSERT INTO reporting_population_change
        SELECT grouped, arrival_day, bcp, camp, stage, sex, age_group, citizenship, need, sensitive_too, sum(sign * persons), sum(sign)
        FROM (SELECT e.sign, GROUPING(e.sex, e.age_group, e.citizenship, e.need) AS grouped, e.arrival_day, e.bcp, e.camp, e.stage,
                     e.sex, e.age_group, e.citizenship, e.need, e.sensitive_too, count(DISTINCT e.person_id) AS persons
              FROM (SELECT m.sign, (m.p).person_id, (m.p).household_id, (m.p).arrival_day, (m.p).bcp, (m.p).camp, (m.p).stage,
                           (m.p).sex, (m.p).unhcr_group AS age_group, (m.p).citizenship, a.sensitive_too, n.need
                    FROM (SELECT * FROM moved WHERE (p).household_id IN (SELECT household_id FROM counted)) m
                    CROSS JOIN (VALUES (true), (false)) a(sensitive_too)
                    CROSS JOIN LATERAL unnest(coalesce(nullif(CASE WHEN a.sensitive_too THEN (m.p).needs || (m.p).sensitive_needs
                                                                   ELSE (m.p).needs END, '{}'), '{NONE}')) n(need)) e
              GROUP BY e.sign, e.household_id, e.arrival_day, e.bcp, e.camp, e.stage,
                       CUBE (e.sex, e.age_group, e.citizenship), GROUPING SETS ((), (e.need, e.sensitive_too))) cells
        GROUP BY grouped, arrival_day, bcp, camp, stage, sex, age_group, citizenship, need, sensitive_too
        HAVING sum(sign * persons) <> 0 OR sum(sign) <> 0),
    stock AS (
        INSERT INTO reporting_stock_change (recorded_on, kind, line, accommodation, sex, age_group, persons)
        SELECT reporting_today(), s.kind, s.line, s.accommodation, s.sex, s.age_group, sum(m.sign)
        FROM moved m CROSS JOIN LATERAL reporting_person_stock(m.p) s
        GROUP BY s.kind, s.line, s.accommodation, s.sex, s.age_group HAVING sum(m.sign) <> 0)
    INSERT INTO reporting_protection_change (kind, day, citizenship, sex, age_group, minor_alone, reason, persons)
    SELECT e.kind, e.day, e.citizenship, e.sex, e.age_group, e.minor_alone, e.reason, sum(m.sign)
    FROM moved m CROSS JOIN reporting_calendar c CROSS JOIN LATERAL reporting_person_events(m.p, c.zone) e
    GROUP BY e.kind, e.day, e.citizenship, e.sex, e.age_group, e.minor_alone, e.reason HAVING sum(m.sign) <> 0;
END
$$;
