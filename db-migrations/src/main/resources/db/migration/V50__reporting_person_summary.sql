-- Reporting's statistics at national size (issue 13, item 5): the population breakdown, the UNHCR population table and
-- Eurostat's temporary-protection tables read a few thousand summary rows instead of scanning 5,000,000 persons.
-- Kept like the dashboard's summary (V48): the providers' triggers (V49) call reporting_households_changed(), which now
-- also brings the households' registered persons up to date here, in the same transaction.
--
-- - reporting_calendar: the time zone whose days the summary counts in (REFUGE_TIME_ZONE, set at every start by the
--   afterMigrate callback; a change rebuilds what is counted by day) and since when the summary is kept.
-- - reporting_person: one row per registered person of a household not voided: what the published views say about
--   them now, with the age groups they are counted in and the day something about them changes by itself (a birthday
--   that moves them to another age group, a protection that starts or ends), when reporting_recheck() counts them again.
-- - reporting_population: persons and households by arrival day, BCP, camp, stage and each combination of sex, UNHCR
--   age group (today), citizenship and specific-need category (the sixteen grouping sets; "grouped" says which of the
--   four are summed over, as GROUPING() does). A household counts once in each cell one of its members is in, so every
--   breakdown is a sum of rows. Need cells come twice: with the sensitive categories (for their readers) and without.
-- - reporting_stock_change: the UNHCR population table (location, accommodation, sex, age group) and the persons
--   benefiting from temporary protection (citizenship, sex, Eurostat age class) as changes dated by the day they were
--   recorded; reporting_stock_day keeps each closed day's table, so a past day reads one day's rows.
-- - reporting_protection: decisions granting protection by the day of the decision, citizenship, sex, Eurostat age class
--   on that day and whether an unaccompanied minor; protection ended by day and reason (a validity that runs out counts
--   as EXPIRED on its last day, once that day is past).
-- Writers only insert change rows (*_change); reporting_fold() adds them into the counted rows one node at a time.

CREATE TABLE reporting_calendar (
    zone   text         NOT NULL,
    since  timestamptz  NOT NULL,
    one    boolean      PRIMARY KEY DEFAULT true CHECK (one)
);
INSERT INTO reporting_calendar (zone, since) VALUES ('${time_zone}', now());

-- Today and the day of an instant, in the calendar's zone.
CREATE FUNCTION reporting_day(t timestamptz) RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CAST(timezone(c.zone, t) AS date) FROM reporting_calendar c
$$;

CREATE FUNCTION reporting_today() RETURNS date LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT reporting_day(now())
$$;

-- Age in whole years on a day, and the groups of UNHCR (0-4, 5-11, 12-17, 18-59, 60+) and Eurostat (<14, 14-17,
-- 18-34, 35-64, 65+); AgeGroups in Java says the same and ReportSummaryIT compares them.
CREATE FUNCTION reporting_age(born date, on_day date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CAST(extract(year FROM age(on_day, born)) AS integer)
$$;

CREATE FUNCTION reporting_unhcr_group(age integer) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN age < 5 THEN '0-4' WHEN age < 12 THEN '5-11' WHEN age < 18 THEN '12-17' WHEN age < 60 THEN '18-59' ELSE '60+' END
$$;

CREATE FUNCTION reporting_eurostat_group(age integer) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN age < 14 THEN '<14' WHEN age < 18 THEN '14-17' WHEN age < 35 THEN '18-34' WHEN age < 65 THEN '35-64' ELSE '65+' END
$$;

-- The first day after on_day when a person born on born enters another age group of either kind (the day they turn
-- 5, 12, 14, 18, 35, 60 or 65; someone born on 29 February turns a year older on 1 March in other years).
CREATE FUNCTION reporting_next_birthday_group(born date, on_day date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT min(CASE WHEN reporting_age(born, d) < k THEN d + 1 ELSE d END)
    FROM unnest(ARRAY[5, 12, 14, 18, 35, 60, 65]) k, LATERAL (SELECT CAST(born + make_interval(years => k) AS date) AS d) b
    WHERE CASE WHEN reporting_age(born, d) < k THEN d + 1 ELSE d END > on_day
$$;

CREATE TABLE reporting_person (
    person_id        uuid          PRIMARY KEY,
    household_id     uuid          NOT NULL,
    arrival_day      date          NOT NULL,
    bcp              varchar(40)   NOT NULL,
    camp             varchar(40),
    stage            varchar(20)   NOT NULL,
    sex              varchar(1),
    birth_date       date,
    citizenship      varchar(20)   NOT NULL,
    unaccompanied    boolean       NOT NULL,
    needs            varchar(10)[] NOT NULL,
    sensitive_needs  varchar(10)[] NOT NULL,
    -- the camp they are checked in at now, and whether their household was released to a private address
    lodged_in        varchar(40),
    private          boolean       NOT NULL,
    -- every decision granting them protection, and their protection now
    granted          timestamptz[] NOT NULL,
    protection       varchar(12),
    valid_from       date,
    valid_until      date,
    ended_on         date,
    -- as counted today
    unhcr_group      text,
    eurostat_group   text,
    benefiting       boolean       NOT NULL,
    recheck_on       date
);
CREATE INDEX reporting_person_household ON reporting_person (household_id);
CREATE INDEX reporting_person_recheck ON reporting_person (recheck_on);

CREATE TABLE reporting_population (
    grouped        smallint      NOT NULL,
    arrival_day    date          NOT NULL,
    bcp            varchar(40)   NOT NULL,
    camp           varchar(40),
    stage          varchar(20)   NOT NULL,
    sex            varchar(1),
    age_group      text,
    citizenship    varchar(20),
    need           varchar(10),
    sensitive_too  boolean,
    persons        bigint        NOT NULL,
    households     bigint        NOT NULL,
    CONSTRAINT reporting_population_cell UNIQUE NULLS NOT DISTINCT
        (grouped, arrival_day, bcp, camp, stage, sex, age_group, citizenship, need, sensitive_too)
);
CREATE TABLE reporting_population_change (LIKE reporting_population);
ALTER TABLE reporting_population_change DROP CONSTRAINT IF EXISTS reporting_population_cell;

CREATE TABLE reporting_stock_change (
    recorded_on    date          NOT NULL,
    kind           varchar(10)   NOT NULL CHECK (kind IN ('UNHCR', 'TP')),
    line           varchar(40)   NOT NULL,
    accommodation  varchar(10)   NOT NULL,
    sex            varchar(1),
    age_group      text,
    persons        bigint        NOT NULL
);

CREATE TABLE reporting_stock_day (
    day            date          NOT NULL,
    kind           varchar(10)   NOT NULL,
    line           varchar(40)   NOT NULL,
    accommodation  varchar(10)   NOT NULL,
    sex            varchar(1),
    age_group      text,
    persons        bigint        NOT NULL
);
CREATE INDEX reporting_stock_day_day ON reporting_stock_day (day, kind);
CREATE TABLE reporting_stock_closed (day date PRIMARY KEY);

CREATE TABLE reporting_protection (
    kind           varchar(10)   NOT NULL CHECK (kind IN ('GRANTED', 'ENDED')),
    day            date          NOT NULL,
    citizenship    varchar(20)   NOT NULL,
    sex            varchar(1),
    age_group      text,
    minor_alone    boolean       NOT NULL,
    reason         varchar(12),
    persons        bigint        NOT NULL,
    CONSTRAINT reporting_protection_cell UNIQUE NULLS NOT DISTINCT (kind, day, citizenship, sex, age_group, minor_alone, reason)
);
CREATE TABLE reporting_protection_change (LIKE reporting_protection);

-- What the published views and reporting_household say about the registered persons of the households ids now.
CREATE FUNCTION reporting_person_facts(ids uuid[]) RETURNS SETOF reporting_person LANGUAGE sql STABLE AS $$
    SELECT p.person_id, p.household_id, reporting_day(h.arrived_at), h.bcp, h.camp, h.stage, p.sex, p.birth_date,
           p.citizenship, p.unaccompanied, coalesce(n.needs, '{}'), coalesce(n.sensitive_needs, '{}'), st.camp_code,
           pa.household_id IS NOT NULL, coalesce(g.granted, '{}'), ps.status, ps.valid_from, ps.valid_until, ps.ended_on,
           reporting_unhcr_group(reporting_age(p.birth_date, t.today)), reporting_eurostat_group(reporting_age(p.birth_date, t.today)),
           coalesce(ps.valid_from <= t.today AND ps.valid_until >= t.today AND (ps.ended_on IS NULL OR ps.ended_on > t.today), false),
           (SELECT min(d) FROM unnest(ARRAY[reporting_next_birthday_group(p.birth_date, t.today),
                   CASE WHEN ps.valid_from > t.today THEN ps.valid_from END,
                   CASE WHEN ps.valid_until >= t.today THEN ps.valid_until + 1 END,
                   CASE WHEN ps.ended_on > t.today THEN ps.ended_on END, st.leaves_on]) d)
    FROM (SELECT * FROM registration_report_person v WHERE v.household_id = ANY (ids)) p
    JOIN reporting_household h ON h.household_id = p.household_id AND h.stage <> 'VOIDED'
    CROSS JOIN (SELECT reporting_today() AS today) t
    LEFT JOIN (SELECT v.person_id,
                      array_agg(DISTINCT v.category ORDER BY v.category) FILTER (WHERE NOT v.sensitive) AS needs,
                      array_agg(DISTINCT v.category ORDER BY v.category) FILTER (WHERE v.sensitive) AS sensitive_needs
               FROM registration_report_need v WHERE v.household_id = ANY (ids) GROUP BY v.person_id) n ON n.person_id = p.person_id
    -- checked in at a camp at the end of today (a stay that ends later today has ended; one that ends another day is
    -- counted again that day)
    LEFT JOIN (SELECT DISTINCT ON (v.person_id) v.person_id, v.camp_code, reporting_day(v.ended_at) AS leaves_on FROM camps_report_stay v
               WHERE v.household_id = ANY (ids) AND (v.ended_at IS NULL OR reporting_day(v.ended_at) > reporting_today())
               ORDER BY v.person_id, v.checked_in_at DESC) st ON st.person_id = p.person_id
    LEFT JOIN (SELECT DISTINCT v.household_id FROM camps_report_private v WHERE v.household_id = ANY (ids)) pa ON pa.household_id = p.household_id
    LEFT JOIN LATERAL (SELECT array_agg(v.granted_at ORDER BY v.granted_at) AS granted FROM protection_report_grant v
                       WHERE v.person_id = p.person_id) g ON true
    LEFT JOIN (SELECT * FROM protection_report_status v WHERE v.household_id = ANY (ids)) ps ON ps.person_id = p.person_id
$$;

-- The stock cells a person counts in today: the UNHCR table (at the camp they are checked in at, else at their BCP as
-- PRIVATE or OTHER) and, while protected, the persons benefiting from temporary protection.
CREATE FUNCTION reporting_person_stock(p reporting_person) RETURNS TABLE (kind text, line varchar, accommodation text, sex varchar, age_group text)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT k.kind, CASE k.kind WHEN 'UNHCR' THEN coalesce(p.lodged_in, p.bcp) ELSE p.citizenship END,
           CASE WHEN k.kind = 'TP' THEN '' WHEN p.lodged_in IS NOT NULL THEN 'CAMP' WHEN p.private THEN 'PRIVATE' ELSE 'OTHER' END,
           p.sex, CASE k.kind WHEN 'UNHCR' THEN p.unhcr_group ELSE p.eurostat_group END
    FROM (VALUES ('UNHCR'), ('TP')) k(kind)
    WHERE k.kind = 'UNHCR' OR p.benefiting
$$;

-- The protection events a person counts in: each grant on its day, and how their protection ended or will end.
CREATE FUNCTION reporting_person_events(p reporting_person, zone text)
    RETURNS TABLE (kind text, day date, citizenship varchar, sex varchar, age_group text, minor_alone boolean, reason text)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT 'GRANTED', d.day, p.citizenship, p.sex, reporting_eurostat_group(reporting_age(p.birth_date, d.day)),
           p.unaccompanied AND reporting_age(p.birth_date, d.day) < 18, NULL
    FROM unnest(p.granted) g(at), LATERAL (SELECT CAST(timezone(zone, g.at) AS date) AS day) d
    UNION ALL
    SELECT 'ENDED', CASE WHEN p.protection IN ('TERMINATED', 'CEASED') THEN p.ended_on ELSE p.valid_until END, p.citizenship,
           NULL, NULL, false, CASE WHEN p.protection IN ('TERMINATED', 'CEASED') THEN p.protection ELSE 'EXPIRED' END
    WHERE p.protection IS NOT NULL
$$;

-- Brings the registered persons of the households ids up to date and records the change of every cell they are in.
-- Runs after reporting_household was brought up to date (its stage, camp), under the same row locks.
CREATE FUNCTION reporting_persons_changed(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    WITH fresh AS (SELECT f.person_id, f.household_id, f AS p FROM reporting_person_facts(ids) f),
    old AS (SELECT r.person_id, r.household_id, r AS p FROM reporting_person r WHERE r.household_id = ANY (ids)),
    changed AS (SELECT o.person_id AS o_id, f.person_id AS f_id, f.household_id AS f_household, o.household_id AS o_household
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
    population AS (
        INSERT INTO reporting_population_change
        SELECT grouped, arrival_day, bcp, camp, stage, sex, age_group, citizenship, need, sensitive_too, sum(sign * persons), sum(sign)
        FROM (SELECT e.sign, GROUPING(e.sex, e.age_group, e.citizenship, e.need) AS grouped, e.arrival_day, e.bcp, e.camp, e.stage,
                     e.sex, e.age_group, e.citizenship, e.need, e.sensitive_too, count(DISTINCT e.person_id) AS persons
              FROM (SELECT m.sign, (m.p).person_id, (m.p).household_id, (m.p).arrival_day, (m.p).bcp, (m.p).camp, (m.p).stage,
                           (m.p).sex, (m.p).unhcr_group AS age_group, (m.p).citizenship, a.sensitive_too, n.need
                    FROM moved m CROSS JOIN (VALUES (true), (false)) a(sensitive_too)
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

-- V48's function keeps the households' facts; the new one does that and then the persons'.
ALTER FUNCTION reporting_households_changed(uuid[]) RENAME TO reporting_household_facts_changed;
CREATE FUNCTION reporting_households_changed(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM reporting_household_facts_changed(ids);
    PERFORM reporting_persons_changed(ids);
END
$$;

-- Households whose facts change by themselves today (a protection's validity ended, a birthday, a protection that
-- starts): brought up to date. Called before the figures are read and by the folding timer: an index lookup.
CREATE OR REPLACE FUNCTION reporting_recheck() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    ids uuid[];
BEGIN
    SELECT array_agg(DISTINCT x ORDER BY x) INTO ids FROM (
        SELECT r.household_id AS x FROM reporting_household r WHERE r.recheck_on <= current_date
        UNION ALL
        SELECT p.household_id FROM reporting_person p WHERE p.recheck_on <= reporting_today()) due;
    PERFORM reporting_households_changed(ids);
    RETURN coalesce(cardinality(ids), 0);
END
$$;

-- Each closed day's stock tables (days since the summary is kept, closed at least five minutes ago, so that a
-- transaction running over midnight is in its day), then the stock's change rows of closed days summed into one row
-- per cell. A day's table is the sum of the changes recorded up to its end.
CREATE FUNCTION reporting_close_days() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    d date;
    n integer := 0;
BEGIN
    FOR d IN SELECT g::date FROM reporting_calendar c,
                 generate_series(coalesce((SELECT max(day) + 1 FROM reporting_stock_closed), reporting_day(c.since)),
                                 reporting_day(now() - interval '5 minutes') - 1, interval '1 day') g LOOP
        INSERT INTO reporting_stock_day (day, kind, line, accommodation, sex, age_group, persons)
        SELECT d, kind, line, accommodation, sex, age_group, sum(persons) FROM reporting_stock_change WHERE recorded_on <= d
        GROUP BY kind, line, accommodation, sex, age_group HAVING sum(persons) <> 0;
        INSERT INTO reporting_stock_closed VALUES (d);
        n := n + 1;
    END LOOP;
    WITH gone AS (DELETE FROM reporting_stock_change WHERE recorded_on <= (SELECT max(day) FROM reporting_stock_closed) RETURNING *)
    INSERT INTO reporting_stock_change (recorded_on, kind, line, accommodation, sex, age_group, persons)
    SELECT '-infinity', kind, line, accommodation, sex, age_group, sum(persons) FROM gone
    GROUP BY kind, line, accommodation, sex, age_group HAVING sum(persons) <> 0;
    RETURN n;
END
$$;

-- V48's fold, then the persons' change rows added into their cells (rows of zero stay: they are few and harmless).
ALTER FUNCTION reporting_fold() RENAME TO reporting_household_fold;
CREATE FUNCTION reporting_fold() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('reporting_fold')) THEN
        RETURN;
    END IF;
    PERFORM reporting_household_fold();
    WITH gone AS (DELETE FROM reporting_population_change RETURNING *)
    INSERT INTO reporting_population AS t
    SELECT grouped, arrival_day, bcp, camp, stage, sex, age_group, citizenship, need, sensitive_too, sum(persons), sum(households)
    FROM gone GROUP BY grouped, arrival_day, bcp, camp, stage, sex, age_group, citizenship, need, sensitive_too
    ON CONFLICT ON CONSTRAINT reporting_population_cell
        DO UPDATE SET persons = t.persons + excluded.persons, households = t.households + excluded.households;
    WITH gone AS (DELETE FROM reporting_protection_change RETURNING *)
    INSERT INTO reporting_protection AS t
    SELECT kind, day, citizenship, sex, age_group, minor_alone, reason, sum(persons)
    FROM gone GROUP BY kind, day, citizenship, sex, age_group, minor_alone, reason
    ON CONFLICT ON CONSTRAINT reporting_protection_cell DO UPDATE SET persons = t.persons + excluded.persons;
    PERFORM reporting_close_days();
END
$$;

-- protection (its part of this migration): decisions. A grant's event may be written after its status row, whose
-- trigger (V49) then did not see it; so the events tell reporting too (only inserted, never changed).
CREATE TRIGGER protection_event_report_insert AFTER INSERT ON protection_event REFERENCING NEW TABLE AS now_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reporting_households_touched(
        'SELECT array_agg(DISTINCT s.household_id ORDER BY s.household_id) FROM protection_status s WHERE s.person_id IN (SELECT person_id FROM now_rows)');

-- Fills the persons' summary from scratch (V50 and a change of zone; not while registrations run): the persons' facts
-- 20,000 households at a time, then every cell counted in one pass over them (the same cells reporting_persons_changed
-- keeps by households; ReportSummaryIT compares the two).
CREATE FUNCTION reporting_person_backfill() RETURNS bigint LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    ids uuid[];
    n bigint := 0;
BEGIN
    DELETE FROM reporting_person;
    DELETE FROM reporting_population;
    DELETE FROM reporting_population_change;
    DELETE FROM reporting_protection;
    DELETE FROM reporting_protection_change;
    DELETE FROM reporting_stock_change;
    FOR ids IN SELECT array_agg(household_id) FROM (
                   SELECT household_id, (row_number() OVER (ORDER BY household_id) - 1) / 20000 AS chunk
                   FROM reporting_household) h
               GROUP BY chunk ORDER BY chunk LOOP
        INSERT INTO reporting_person SELECT * FROM reporting_person_facts(ids);
        n := n + cardinality(ids);
    END LOOP;
    ANALYZE reporting_person;

    INSERT INTO reporting_population
    SELECT 2 * GROUPING(p.sex, p.unhcr_group, p.citizenship) + 1, p.arrival_day, p.bcp, p.camp, p.stage, p.sex, p.unhcr_group,
           p.citizenship, NULL, NULL, count(*), count(DISTINCT p.household_id)
    FROM reporting_person p
    GROUP BY p.arrival_day, p.bcp, p.camp, p.stage, CUBE (p.sex, p.unhcr_group, p.citizenship);
    INSERT INTO reporting_population
    SELECT 2 * GROUPING(e.sex, e.unhcr_group, e.citizenship), e.arrival_day, e.bcp, e.camp, e.stage, e.sex, e.unhcr_group,
           e.citizenship, e.need, e.sensitive_too, count(*), count(DISTINCT e.household_id)
    FROM (SELECT p.*, a.sensitive_too, n.need FROM reporting_person p CROSS JOIN (VALUES (true), (false)) a(sensitive_too)
          CROSS JOIN LATERAL unnest(coalesce(nullif(CASE WHEN a.sensitive_too THEN p.needs || p.sensitive_needs ELSE p.needs END, '{}'),
                                             '{NONE}')) n(need)) e
    GROUP BY e.arrival_day, e.bcp, e.camp, e.stage, e.need, e.sensitive_too, CUBE (e.sex, e.unhcr_group, e.citizenship);

    INSERT INTO reporting_stock_change (recorded_on, kind, line, accommodation, sex, age_group, persons)
    SELECT reporting_today(), s.kind, s.line, s.accommodation, s.sex, s.age_group, count(*)
    FROM reporting_person p CROSS JOIN LATERAL reporting_person_stock(p) s
    GROUP BY s.kind, s.line, s.accommodation, s.sex, s.age_group;
    INSERT INTO reporting_protection (kind, day, citizenship, sex, age_group, minor_alone, reason, persons)
    SELECT e.kind, e.day, e.citizenship, e.sex, e.age_group, e.minor_alone, e.reason, count(*)
    FROM reporting_person p CROSS JOIN reporting_calendar c CROSS JOIN LATERAL reporting_person_events(p, c.zone) e
    WHERE p.protection IS NOT NULL OR cardinality(p.granted) > 0
    GROUP BY e.kind, e.day, e.citizenship, e.sex, e.age_group, e.minor_alone, e.reason;
    ANALYZE reporting_population, reporting_protection;
    RETURN n;
END
$$;

-- The zone the summary counts days in, as the server is configured (afterMigrate__reporting_calendar.sql, at every
-- start). A new zone counts everything again from now on; the days already closed keep their tables.
CREATE FUNCTION reporting_set_zone(z text) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT zone FROM reporting_calendar) = z THEN
        RETURN 0;
    END IF;
    UPDATE reporting_calendar SET zone = z, since = now();
    RETURN reporting_person_backfill();
END
$$;

SELECT reporting_person_backfill();
