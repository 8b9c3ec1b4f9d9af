-- Worklists of the three desks that worked one registry number at a time (issue 15, item 2): the caseworkers'
-- households ready for a protection decision, the police's persons waiting for their identity card, the camp
-- managers' allocation queue with filters. Each is a count and a page over one summary table with an index in the
-- list's order, never a scan of the registry: fast with 1,000,000 open items. Each context adds its part.

-- screening: the security check's result as SecurityCheck.result() computed it when the check last changed (the entity
-- writes it with every answer), so that SQL can leave out the households with a hit without a second copy of the rule.
-- Existing checks get the result the rule gives their answers now; reporting's triggers are not told (no stage changes).
ALTER TABLE security_check ADD COLUMN result varchar(10);
ALTER TABLE security_check DISABLE TRIGGER security_check_report_update;
UPDATE security_check SET result = CASE WHEN nss_answer = 'HIT' OR police_answer = 'HIT' THEN 'HIT'
                                        WHEN nss_answer <> 'PENDING' AND police_answer <> 'PENDING' THEN 'CLEAR' ELSE 'PENDING' END;
ALTER TABLE security_check ENABLE TRIGGER security_check_report_update;
ALTER TABLE security_check ALTER COLUMN result SET NOT NULL,
    ADD CONSTRAINT security_check_result_known CHECK (result IN ('PENDING', 'CLEAR', 'HIT'));
CREATE INDEX security_check_hit ON security_check (household_id) WHERE result = 'HIT';

-- What screening publishes for protection's worklist: the households whose security check found something (the
-- result only, never which enquiry nor its reference). Few, so a worklist leaves them out with one hashed anti-join.
CREATE VIEW screening_security_hit AS
SELECT c.household_id
FROM security_check c
WHERE c.result = 'HIT';

-- registration: every citizenship of a registered person (STATELESS for a stateless person), beside the one the
-- statistics count, so that a decree's scope (any citizenship it lists) can be judged from reporting's summary.
CREATE OR REPLACE VIEW registration_report_person AS
SELECT p.id AS person_id, p.household_id, h.site_code, h.arrived_at, p.sex, p.birth_date,
       CASE WHEN p.stateless THEN 'STATELESS'
            ELSE coalesce((SELECT min(c.country_code) FROM person_citizenship c WHERE c.person_id = p.id), 'UNKNOWN') END AS citizenship,
       EXISTS (SELECT 1 FROM person_need n WHERE n.person_id = p.id AND n.need_code = 'SC-UC') AS unaccompanied,
       CASE WHEN p.stateless THEN ARRAY['STATELESS']::varchar[]
            ELSE ARRAY(SELECT c.country_code::varchar FROM person_citizenship c WHERE c.person_id = p.id ORDER BY c.country_code) END
           AS citizenships
FROM person p
JOIN household h ON h.id = p.household_id
WHERE p.status = 'REGISTERED' AND h.status <> 'VOIDED';

-- reporting: three more facts of each household, kept with the others in the same transaction by the providers'
-- triggers (V49): the citizenships of its registered persons, the specific-need categories they have (as
-- reporting_household_need holds them, sensitive ones included: a worklist offers those only to their readers), and
-- whether any of them holds or held temporary protection (a decision was made). In one row with the household's other
-- facts, a worklist filters on them from one index. Reporting publishes its household summary to the worklists as views.
ALTER TABLE reporting_household ADD COLUMN citizenships varchar(20)[] NOT NULL DEFAULT '{}',
                                ADD COLUMN needs varchar(10)[] NOT NULL DEFAULT '{}',
                                ADD COLUMN decided boolean NOT NULL DEFAULT false;

CREATE FUNCTION reporting_worklist_changed(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE reporting_household r SET citizenships = f.citizenships, needs = f.needs, decided = f.decided
    FROM (SELECT i.id AS household_id,
                 ARRAY(SELECT DISTINCT c.code FROM registration_report_person v CROSS JOIN LATERAL unnest(v.citizenships) c(code)
                       WHERE v.household_id = i.id ORDER BY c.code)::varchar(20)[] AS citizenships,
                 ARRAY(SELECT n.category FROM reporting_household_need n WHERE n.household_id = i.id ORDER BY n.category)::varchar(10)[] AS needs,
                 EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = i.id AND p.protection IS NOT NULL) AS decided
          FROM unnest(ids) i(id)) f
    WHERE r.household_id = f.household_id
      AND (r.citizenships, r.needs, r.decided) IS DISTINCT FROM (f.citizenships, f.needs, f.decided)
$$;

-- V50's function, then the worklists' facts (after the persons': "decided" reads them).
CREATE OR REPLACE FUNCTION reporting_households_changed(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM reporting_household_facts_changed(ids);
    PERFORM reporting_persons_changed(ids);
    PERFORM reporting_worklist_changed(ids);
END
$$;

-- the households already summarised, in two passes over the registry rather than one look-up per household
UPDATE reporting_household r SET citizenships = c.citizenships
FROM (SELECT v.household_id, array_agg(DISTINCT x.code ORDER BY x.code)::varchar(20)[] AS citizenships
      FROM registration_report_person v CROSS JOIN LATERAL unnest(v.citizenships) x(code)
      GROUP BY v.household_id) c
WHERE r.household_id = c.household_id;
UPDATE reporting_household r SET decided = true
WHERE EXISTS (SELECT 1 FROM reporting_person p WHERE p.household_id = r.household_id AND p.protection IS NOT NULL);
UPDATE reporting_household r SET needs = n.needs
FROM (SELECT household_id, array_agg(category ORDER BY category)::varchar(10)[] AS needs FROM reporting_household_need GROUP BY household_id) n
WHERE r.household_id = n.household_id;

-- What reporting publishes for the worklists of protection and camps: its summary of each household now (V48, and the
-- facts above: needs holds sensitive categories too, so a worklist filters on it only by a category its reader may ask
-- for) and the specific-need categories of its registered persons, each with whether it is sensitive, for the rows a
-- page shows. No names and no registry numbers: those come from registration's read API, page by page.
CREATE VIEW reporting_worklist_household AS
SELECT r.household_id, r.bcp, r.camp, r.stage, r.since, r.arrived_at, r.persons, r.registered, r.decided, r.citizenships, r.needs
FROM reporting_household r;

CREATE VIEW reporting_worklist_need AS
SELECT n.household_id, n.category, n.sensitive
FROM reporting_household_need n;

-- the caseworkers' worklist: screened, every member registered, nobody decided yet; oldest arrival first, and of one BCP
CREATE INDEX reporting_household_undecided ON reporting_household (arrived_at, household_id) INCLUDE (bcp, persons, citizenships)
    WHERE registered AND NOT decided AND stage IN ('WAITING_FOR_BED', 'ALLOCATED', 'IN_TRANSIT', 'IN_CAMP', 'PRIVATE_ADDRESS');
CREATE INDEX reporting_household_undecided_bcp ON reporting_household (bcp, arrived_at, household_id) INCLUDE (persons, citizenships)
    WHERE registered AND NOT decided AND stage IN ('WAITING_FOR_BED', 'ALLOCATED', 'IN_TRANSIT', 'IN_CAMP', 'PRIVATE_ADDRESS');
-- a citizenship or a need category among them (GIN: 3 % of a million households found in 48 ms instead of 333 ms)
CREATE INDEX reporting_household_undecided_facts ON reporting_household USING gin (citizenships, needs)
    WHERE registered AND NOT decided AND stage IN ('WAITING_FOR_BED', 'ALLOCATED', 'IN_TRANSIT', 'IN_CAMP', 'PRIVATE_ADDRESS');
-- the allocation queue filtered: households waiting for a bed, longest waiting first, and of one BCP
-- (its rank, a need that gives priority, read from the index too: the first page of a BCP's queue in 0.1 ms, 107 ms without)
CREATE INDEX reporting_household_waiting ON reporting_household (since, household_id) INCLUDE (bcp, arrived_at, persons, needs, citizenships)
    WHERE stage = 'WAITING_FOR_BED';
CREATE INDEX reporting_household_waiting_bcp ON reporting_household (bcp, since, household_id) INCLUDE (arrived_at, persons, needs, citizenships)
    WHERE stage = 'WAITING_FOR_BED';
CREATE INDEX reporting_household_waiting_facts ON reporting_household USING gin (needs, citizenships) WHERE stage = 'WAITING_FOR_BED';

-- protection: the persons waiting for an identity card, with when their three-day clock started: the police's queue
-- and the supervisors' deadline lists (DocumentWorklists) count and page this table in the order of its indexes.
-- protection_card_waiting() is the one copy of the rule (it was DocumentWorklists' query until now); statement
-- triggers on protection's own tables, and one on registration's persons (a person voided, merged or moved), keep the
-- table in the transaction of the change.
CREATE TABLE protection_card_wait (
    person_id     uuid         PRIMARY KEY,
    household_id  uuid         NOT NULL,
    site_code     varchar(40)  NOT NULL,
    started_at    timestamptz  NOT NULL
);
CREATE INDEX protection_card_wait_started ON protection_card_wait (started_at, household_id, person_id) INCLUDE (site_code);
CREATE INDEX protection_card_wait_site ON protection_card_wait (site_code, started_at, household_id, person_id);
CREATE INDEX protection_card_wait_household ON protection_card_wait (household_id);
-- a person's earlier documents (when the last one handed over ended)
CREATE INDEX identity_document_person ON identity_document (person_id);

-- Protected persons among ids without a handed-over document that covers their protection, and when their clock
-- started: three days from registration for the first document; from the extension for a renewed one (produced or
-- not yet); from the loss or theft for a replacement.
CREATE FUNCTION protection_card_waiting(ids uuid[]) RETURNS TABLE (person_id uuid, household_id uuid, site_code varchar,
        started_at timestamptz) LANGUAGE sql STABLE AS $$
    SELECT m.person_id, m.household_id, m.site_code,
           CASE WHEN d.status = 'HANDED_OVER'
                     OR (SELECT r.status FROM identity_document r WHERE r.id = d.replaces) = 'REPLACED' THEN s.changed_at
                ELSE coalesce((SELECT max(x.ended_at) FROM identity_document x WHERE x.person_id = m.person_id
                               AND x.handed_over_at IS NOT NULL AND x.ended_at IS NOT NULL), m.registered_at) END
    FROM protection_status s JOIN registry_member m ON m.person_id = s.person_id
    LEFT JOIN identity_document d ON d.person_id = m.person_id AND d.status IN ('PRODUCED', 'HANDED_OVER')
    WHERE s.person_id = ANY (ids) AND s.status IN ('GRANTED', 'EXTENDED') AND m.person_status = 'REGISTERED'
      AND (d.status IS NULL OR d.status = 'PRODUCED' OR d.valid_until < s.valid_until)
$$;

-- Brings the persons ids up to date in protection_card_wait.
CREATE FUNCTION protection_card_wait_changed(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    WITH fresh AS (SELECT * FROM protection_card_waiting(ids)),
    gone AS (DELETE FROM protection_card_wait w WHERE w.person_id = ANY (ids)
             AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.person_id = w.person_id))
    INSERT INTO protection_card_wait AS w (person_id, household_id, site_code, started_at)
    SELECT f.person_id, f.household_id, f.site_code, f.started_at FROM fresh f
    ON CONFLICT (person_id) DO UPDATE SET household_id = excluded.household_id, site_code = excluded.site_code,
        started_at = excluded.started_at
    WHERE (w.household_id, w.site_code, w.started_at) IS DISTINCT FROM (excluded.household_id, excluded.site_code, excluded.started_at);
END
$$;

-- A statement trigger's function: its argument is a query over the statement's transition tables answering the persons.
CREATE FUNCTION protection_card_wait_touched() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids uuid[];
BEGIN
    EXECUTE TG_ARGV[0] INTO ids;
    PERFORM protection_card_wait_changed(ids);
    RETURN NULL;
END
$$;

CREATE FUNCTION pg_temp.card_wait_triggers(tab text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS now_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION protection_card_wait_touched(%L)', tab || '_card_wait_insert', tab,
                   'SELECT array_agg(DISTINCT person_id) FROM now_rows');
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS was_rows NEW TABLE AS now_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION protection_card_wait_touched(%L)', tab || '_card_wait_update', tab,
                   'SELECT array_agg(DISTINCT x) FROM (SELECT person_id FROM now_rows UNION ALL SELECT person_id FROM was_rows) t(x)');
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS was_rows FOR EACH STATEMENT '
                   'EXECUTE FUNCTION protection_card_wait_touched(%L)', tab || '_card_wait_delete', tab,
                   'SELECT array_agg(DISTINCT person_id) FROM was_rows');
END
$$;
SELECT pg_temp.card_wait_triggers('protection_status');
SELECT pg_temp.card_wait_triggers('identity_document');
DROP FUNCTION pg_temp.card_wait_triggers(text);

-- registration (its part): a person whose status or household changes tells protection (nothing to do for a person
-- without protection: one index look-up).
CREATE FUNCTION protection_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM protection_card_wait_changed(ARRAY[NEW.id]);
    RETURN NULL;
END
$$;
CREATE TRIGGER person_card_wait AFTER UPDATE OF status, household_id ON person FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.household_id IS DISTINCT FROM NEW.household_id)
    EXECUTE FUNCTION protection_person_changed();

-- the persons protected already
INSERT INTO protection_card_wait (person_id, household_id, site_code, started_at)
SELECT * FROM protection_card_waiting(ARRAY(SELECT s.person_id FROM protection_status s WHERE s.status IN ('GRANTED', 'EXTENDED')));
