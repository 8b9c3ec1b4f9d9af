-- Reporting's summary (issue 13, item 5: every dashboard figure in under a second at 5,000,000 persons). Reporting
-- owns these tables and keeps them from the views the other contexts publish for it (V43-V46; protection's gains a column below), never their
-- tables: each provider's migration (V49) adds triggers on its own tables that call reporting_households_changed()
-- with the households a statement touched, in the same transaction.
--
-- - reporting_household: one row per household, what the published views say about it now (its stage by the one
--   stage rule, since when, BCP, camp, persons, protected and documented persons, arrival); the age of a queue's
--   oldest household is read from its index on (stage, bcp, camp, since).
-- - reporting_household_need: a household's registered persons with specific needs, per UNHCR category.
-- - reporting_stage_delta, reporting_arrival_delta, reporting_need_delta: the counts per cell as rows of changes
--   (+1 household here, -1 there) that are only ever inserted, so that concurrent registrations at one BCP never wait
--   for one counter row; a figure is the sum of its cell's rows, and reporting_fold() now and then replaces a cell's
--   rows by their sum (without blocking writers).
--
-- Every change to a household's facts locks its reporting_household row first and only then reads the views, so a
-- concurrent change of the same household waits and then reads what the first one committed: the deltas always add up
-- to the stored facts, and the stored facts to what the views say.

-- Protection publishes (its part of this migration): the day a household's protected persons change by themselves,
-- the day after the first of their protections ends, so that reporting knows when to count them again without a write.
CREATE OR REPLACE VIEW protection_report_household AS
SELECT s.household_id,
       count(*)::integer AS protected_persons,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id
                                      AND d.status = 'HANDED_OVER'))::integer AS documented_persons,
       min(s.valid_until) + 1 AS changes_on
FROM protection_status s
WHERE s.status IN ('GRANTED', 'EXTENDED') AND s.valid_until >= current_date
GROUP BY s.household_id;

-- The stage of a household, from registration's status (h.status), camps' stage (c.stage) and when screening finished
-- (s.screened_at): voided first, then what camps says, then screening, then registration. The one copy of the rule
-- (StageFigures.STAGE names this function).
CREATE FUNCTION reporting_stage(registration_status text, camps_stage text, screened_at timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN registration_status = 'VOIDED' THEN 'VOIDED' WHEN camps_stage IS NOT NULL THEN camps_stage
                WHEN screened_at IS NOT NULL THEN 'WAITING_FOR_BED' ELSE registration_status END
$$;

-- Since when a household is at its stage: since camps' step, else since screening finished, else since pre-registration.
CREATE FUNCTION reporting_stage_since(camps_stage text, camps_since timestamptz, screened_at timestamptz,
                                      registered_at timestamptz) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN camps_stage IS NOT NULL THEN camps_since WHEN screened_at IS NOT NULL THEN screened_at ELSE registered_at END
$$;

-- The 15-minute slot an arrival falls in: days of any time zone (whole quarter hours from UTC) are whole slots.
CREATE FUNCTION reporting_arrival_slot(arrived_at timestamptz) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_bin('15 minutes', arrived_at, TIMESTAMPTZ '2000-01-01 00:00:00+00')
$$;

CREATE TABLE reporting_household (
    household_id  uuid         PRIMARY KEY,
    bcp           varchar(40)  NOT NULL,
    camp          varchar(40),
    stage         varchar(20)  NOT NULL,
    since         timestamptz,
    persons       integer      NOT NULL,
    protected     integer      NOT NULL,
    documented    integer      NOT NULL,
    arrived_at    timestamptz  NOT NULL,
    registered    boolean      NOT NULL,
    -- the day its protected persons change by themselves (a protection's validity ended the day before)
    recheck_on    date
);
CREATE INDEX reporting_household_queue ON reporting_household (stage, bcp, (coalesce(camp, '')), since)
    WHERE stage IN ('PRE_REGISTERED', 'REGISTERED', 'WAITING_FOR_BED', 'ALLOCATED', 'IN_TRANSIT');
CREATE INDEX reporting_household_recheck ON reporting_household (recheck_on) WHERE recheck_on IS NOT NULL;

CREATE TABLE reporting_household_need (
    household_id  uuid         NOT NULL,
    category      varchar(10)  NOT NULL,
    sensitive     boolean      NOT NULL,
    camp          varchar(40),
    persons       integer      NOT NULL,
    PRIMARY KEY (household_id, category)
);

CREATE TABLE reporting_stage_delta (
    bcp         varchar(40)  NOT NULL,
    camp        varchar(40),
    stage       varchar(20)  NOT NULL,
    households  bigint       NOT NULL,
    persons     bigint       NOT NULL,
    protected   bigint       NOT NULL,
    documented  bigint       NOT NULL
);

CREATE TABLE reporting_arrival_delta (
    slot                   timestamptz  NOT NULL,
    bcp                    varchar(40)  NOT NULL,
    households             bigint       NOT NULL,
    persons                bigint       NOT NULL,
    registered_households  bigint       NOT NULL,
    registered_persons     bigint       NOT NULL
);
CREATE INDEX reporting_arrival_delta_slot ON reporting_arrival_delta (slot);

CREATE TABLE reporting_need_delta (
    camp        varchar(40),
    category    varchar(10)  NOT NULL,
    sensitive   boolean      NOT NULL,
    persons     bigint       NOT NULL
);

-- What the published views say about the households ids now: the facts reporting_household keeps. Each view is
-- restricted to the ids on its own (a join clause would not reach into camps' and protection's grouped views).
CREATE FUNCTION reporting_household_facts(ids uuid[]) RETURNS TABLE (household_id uuid, bcp varchar, camp varchar,
        stage text, since timestamptz, persons integer, protected integer, documented integer, arrived_at timestamptz,
        registered boolean, recheck_on date)
    LANGUAGE sql STABLE AS $$
    SELECT h.household_id, h.site_code, c.camp_code, reporting_stage(h.status, c.stage, s.screened_at),
           reporting_stage_since(c.stage, c.since, s.screened_at, h.registered_at), h.persons,
           coalesce(p.protected_persons, 0), coalesce(p.documented_persons, 0), h.arrived_at, h.status = 'REGISTERED',
           p.changes_on
    FROM (SELECT * FROM registration_report_household v WHERE v.household_id = ANY (ids)) h
    LEFT JOIN (SELECT * FROM camps_report_household v WHERE v.household_id = ANY (ids)) c ON c.household_id = h.household_id
    LEFT JOIN (SELECT * FROM screening_report_household v WHERE v.household_id = ANY (ids)) s ON s.household_id = h.household_id
    LEFT JOIN (SELECT * FROM protection_report_household v WHERE v.household_id = ANY (ids)) p ON p.household_id = h.household_id
$$;

-- Brings the facts of the households ids up to date with the published views and records the change of every count
-- they are in. Called by the providers' triggers (V49) in the transaction that changed them.
CREATE FUNCTION reporting_households_changed(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    -- first the lock, then (in the next statements, with a new snapshot) the views: see the head of this file
    PERFORM 1 FROM reporting_household r WHERE r.household_id = ANY (ids) ORDER BY r.household_id FOR UPDATE;

    WITH fresh AS (SELECT * FROM reporting_household_facts(ids)),
    old AS (SELECT * FROM reporting_household r WHERE r.household_id = ANY (ids)),
    changed AS (
        SELECT o.household_id AS o_id, o.bcp AS o_bcp, o.camp AS o_camp, o.stage AS o_stage, o.persons AS o_persons,
               o.protected AS o_protected, o.documented AS o_documented, o.arrived_at AS o_arrived_at, o.registered AS o_registered,
               f.*
        FROM old o FULL JOIN fresh f ON f.household_id = o.household_id
        WHERE (o.household_id, o.bcp, o.camp, o.stage, o.since, o.persons, o.protected, o.documented, o.arrived_at, o.registered, o.recheck_on)
              IS DISTINCT FROM
              (f.household_id, f.bcp, f.camp, f.stage, f.since, f.persons, f.protected, f.documented, f.arrived_at, f.registered, f.recheck_on)),
    kept AS (
        INSERT INTO reporting_household AS r (household_id, bcp, camp, stage, since, persons, protected, documented, arrived_at, registered, recheck_on)
        SELECT c.household_id, c.bcp, c.camp, c.stage, c.since, c.persons, c.protected, c.documented, c.arrived_at, c.registered, c.recheck_on
        FROM changed c WHERE c.household_id IS NOT NULL
        ON CONFLICT (household_id) DO UPDATE SET bcp = excluded.bcp, camp = excluded.camp, stage = excluded.stage,
            since = excluded.since, persons = excluded.persons, protected = excluded.protected, documented = excluded.documented,
            arrived_at = excluded.arrived_at, registered = excluded.registered, recheck_on = excluded.recheck_on),
    gone AS (
        DELETE FROM reporting_household r USING changed c WHERE c.household_id IS NULL AND r.household_id = c.o_id),
    cells AS (
        SELECT o_bcp AS bcp, o_camp AS camp, o_stage AS stage, -1 AS households, -o_persons AS persons, -o_protected AS protected,
               -o_documented AS documented, o_arrived_at AS arrived_at, o_registered AS registered
        FROM changed WHERE o_id IS NOT NULL
        UNION ALL
        SELECT bcp, camp, stage, 1, persons, protected, documented, arrived_at, registered
        FROM changed WHERE household_id IS NOT NULL),
    stages AS (
        INSERT INTO reporting_stage_delta (bcp, camp, stage, households, persons, protected, documented)
        SELECT bcp, camp, stage, sum(households), sum(persons), sum(protected), sum(documented)
        FROM cells GROUP BY bcp, camp, stage
        HAVING sum(households) <> 0 OR sum(persons) <> 0 OR sum(protected) <> 0 OR sum(documented) <> 0)
    INSERT INTO reporting_arrival_delta (slot, bcp, households, persons, registered_households, registered_persons)
    SELECT reporting_arrival_slot(arrived_at), bcp, sum(households), sum(persons),
           coalesce(sum(households) FILTER (WHERE registered), 0), coalesce(sum(persons) FILTER (WHERE registered), 0)
    FROM cells WHERE stage <> 'VOIDED'
    GROUP BY 1, 2
    HAVING sum(households) <> 0 OR sum(persons) <> 0 OR coalesce(sum(households) FILTER (WHERE registered), 0) <> 0
        OR coalesce(sum(persons) FILTER (WHERE registered), 0) <> 0;

    -- the specific needs, under the camp the facts above now say
    WITH fresh AS (
        SELECT n.household_id, n.category, bool_or(n.sensitive) AS sensitive, r.camp, count(DISTINCT n.person_id)::integer AS persons
        FROM registration_report_need n JOIN reporting_household r ON r.household_id = n.household_id
        WHERE n.household_id = ANY (ids)
        GROUP BY n.household_id, n.category, r.camp),
    old AS (SELECT * FROM reporting_household_need r WHERE r.household_id = ANY (ids)),
    changed AS (
        SELECT o.household_id AS o_id, o.category AS o_category, o.sensitive AS o_sensitive, o.camp AS o_camp, o.persons AS o_persons, f.*
        FROM old o FULL JOIN fresh f ON f.household_id = o.household_id AND f.category = o.category
        WHERE (o.sensitive, o.camp, o.persons) IS DISTINCT FROM (f.sensitive, f.camp, f.persons)),
    kept AS (
        INSERT INTO reporting_household_need AS r (household_id, category, sensitive, camp, persons)
        SELECT c.household_id, c.category, c.sensitive, c.camp, c.persons FROM changed c WHERE c.household_id IS NOT NULL
        ON CONFLICT (household_id, category) DO UPDATE SET sensitive = excluded.sensitive, camp = excluded.camp, persons = excluded.persons),
    gone AS (
        DELETE FROM reporting_household_need r USING changed c
        WHERE c.household_id IS NULL AND r.household_id = c.o_id AND r.category = c.o_category)
    INSERT INTO reporting_need_delta (camp, category, sensitive, persons)
    SELECT camp, category, sensitive, sum(persons)
    FROM (SELECT o_camp AS camp, o_category AS category, o_sensitive AS sensitive, -o_persons AS persons FROM changed WHERE o_id IS NOT NULL
          UNION ALL
          SELECT camp, category, sensitive, persons FROM changed WHERE household_id IS NOT NULL) d
    GROUP BY camp, category, sensitive
    HAVING sum(persons) <> 0;
END
$$;

-- A trigger function for the providers' tables (V49): its argument is a query over the statement's transition
-- tables (now_rows, was_rows) answering the household ids the statement touched. What it calls is planned once per
-- connection (generic plans): planning over the views costs some 25 ms, running for one household under 1 ms.
CREATE FUNCTION reporting_households_touched() RETURNS trigger LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    ids uuid[];
BEGIN
    EXECUTE TG_ARGV[0] INTO ids;
    PERFORM reporting_households_changed(ids);
    RETURN NULL;
END
$$;

-- Households whose protected persons changed by themselves (a validity ended): brought up to date. Called before the
-- stage figures are read and by the folding timer; nothing to do on most calls (an index lookup).
CREATE FUNCTION reporting_recheck() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    ids uuid[];
BEGIN
    SELECT array_agg(r.household_id ORDER BY r.household_id) INTO ids FROM reporting_household r WHERE r.recheck_on <= current_date;
    PERFORM reporting_households_changed(ids);
    RETURN coalesce(cardinality(ids), 0);
END
$$;

-- Replaces each cell's delta rows by one row of their sum (none when it is zero). Rows inserted meanwhile by other
-- transactions are not in this statement's snapshot and stay; only one fold runs at a time.
CREATE FUNCTION reporting_fold() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('reporting_fold')) THEN
        RETURN;
    END IF;
    WITH gone AS (DELETE FROM reporting_stage_delta RETURNING *)
    INSERT INTO reporting_stage_delta (bcp, camp, stage, households, persons, protected, documented)
    SELECT bcp, camp, stage, sum(households), sum(persons), sum(protected), sum(documented) FROM gone
    GROUP BY bcp, camp, stage
    HAVING sum(households) <> 0 OR sum(persons) <> 0 OR sum(protected) <> 0 OR sum(documented) <> 0;

    WITH gone AS (DELETE FROM reporting_arrival_delta RETURNING *)
    INSERT INTO reporting_arrival_delta (slot, bcp, households, persons, registered_households, registered_persons)
    SELECT slot, bcp, sum(households), sum(persons), sum(registered_households), sum(registered_persons) FROM gone
    GROUP BY slot, bcp
    HAVING sum(households) <> 0 OR sum(persons) <> 0 OR sum(registered_households) <> 0 OR sum(registered_persons) <> 0;

    WITH gone AS (DELETE FROM reporting_need_delta RETURNING *)
    INSERT INTO reporting_need_delta (camp, category, sensitive, persons)
    SELECT camp, category, sensitive, sum(persons) FROM gone
    GROUP BY camp, category, sensitive
    HAVING sum(persons) <> 0;
END
$$;

-- Fills the summary from scratch for the households already registered, 5,000 at a time through
-- reporting_households_changed() (V49 runs it once the providers' triggers exist). Idempotent: run again, it finds
-- the facts as they are and changes nothing. The summary's tables are analysed after the first chunk: a plan made
-- while reporting_household was empty would scan it whole for every later chunk.
CREATE FUNCTION reporting_backfill() RETURNS bigint LANGUAGE plpgsql
    SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    ids uuid[];
    n bigint := 0;
BEGIN
    FOR ids IN SELECT array_agg(household_id) FROM (
                   SELECT household_id, (row_number() OVER (ORDER BY household_id) - 1) / 5000 AS chunk
                   FROM registration_report_household) h
               GROUP BY chunk ORDER BY chunk LOOP
        PERFORM reporting_households_changed(ids);
        IF n = 0 THEN
            ANALYZE reporting_household, reporting_household_need;
        END IF;
        n := n + cardinality(ids);
    END LOOP;
    PERFORM reporting_fold();
    RETURN n;
END
$$;
