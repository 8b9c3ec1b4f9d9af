-- Screening per person (issue 15 item 1). Each registered member has a medical screening of their own, and a security
-- check when at or above the security-check age when registered (REFUGE_SECURITY_CHECK_AGE, 14); a hit concerns its
-- person. A household counts as screened when each member is.
--
-- screening_person: the members whose screening started (when registered, or when linked into a household), and
-- whether their security check is due. A member without a row has not been started: their result is PENDING.
CREATE TABLE screening_person (
    person_id          uuid         PRIMARY KEY,
    household_id       uuid         NOT NULL,
    security_required  boolean      NOT NULL,
    started_at         timestamptz  NOT NULL
);
CREATE INDEX screening_person_household ON screening_person (household_id);

-- The records are a person's now. A record without a person is a household's of before V67 (or of a task of the arrival
-- process started before it): one per household, which members registered since inherit.
ALTER TABLE medical_screening ADD COLUMN person_id uuid,
    DROP CONSTRAINT medical_screening_one_per_household;
CREATE UNIQUE INDEX medical_screening_one_per_person ON medical_screening (person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX medical_screening_one_per_household ON medical_screening (household_id) WHERE person_id IS NULL;
CREATE INDEX medical_screening_household ON medical_screening (household_id);

ALTER TABLE security_check ADD COLUMN person_id uuid,
    DROP CONSTRAINT security_check_one_per_household;
CREATE UNIQUE INDEX security_check_one_per_person ON security_check (person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX security_check_one_per_household ON security_check (household_id) WHERE person_id IS NULL;
CREATE INDEX security_check_household ON security_check (household_id);
DROP INDEX security_check_hit;
CREATE INDEX security_check_hit ON security_check (person_id) WHERE result = 'HIT' AND person_id IS NOT NULL;

-- Existing households: their household-level result becomes each registered member's: the medical decision (triage,
-- outcome, isolation, referral, accommodation needs) for each, never the clinical findings (conditions, pregnancy), which
-- may concern one person and stay on the household's record; the security check for each member of 14 or more only.
-- Reporting is not told: whether a household is screened does not change.
ALTER TABLE medical_screening DISABLE TRIGGER medical_screening_report_insert;
ALTER TABLE security_check DISABLE TRIGGER security_check_report_insert;

-- A check is due from 14 (REFUGE_SECURITY_CHECK_AGE's default) on the day of the migration; of an unknown age, due.
INSERT INTO screening_person (person_id, household_id, security_required, started_at)
SELECT p.id, p.household_id, coalesce(p.birth_date <= current_date - interval '14 years', true), now()
FROM person p WHERE p.status = 'REGISTERED';

INSERT INTO medical_screening (id, household_id, person_id, screened_at, screened_by, triage, conditions, pregnancy,
                               communicable_suspicion, hospital_referral, isolation_needed, outcome, accommodation_needs)
SELECT gen_random_uuid(), m.household_id, p.id, m.screened_at, m.screened_by, m.triage, NULL, false,
       m.communicable_suspicion, m.hospital_referral, m.isolation_needed, m.outcome, m.accommodation_needs
FROM medical_screening m JOIN person p ON p.household_id = m.household_id AND p.status = 'REGISTERED'
WHERE m.person_id IS NULL;

INSERT INTO security_check (id, household_id, person_id, nss_reference, nss_answer, police_reference, police_answer, result,
                            updated_at, updated_by)
SELECT gen_random_uuid(), c.household_id, p.person_id, c.nss_reference, c.nss_answer, c.police_reference, c.police_answer, c.result,
       c.updated_at, c.updated_by
FROM security_check c JOIN screening_person p ON p.household_id = c.household_id AND p.security_required
WHERE c.person_id IS NULL;

ALTER TABLE medical_screening ENABLE TRIGGER medical_screening_report_insert;
ALTER TABLE security_check ENABLE TRIGGER security_check_report_insert;

-- A person's screening is done when their medical screening is recorded and, when due, both enquiries of their security
-- check answered (SecurityCheck.complete()); when it was done.
CREATE VIEW screening_person_done AS
SELECT p.person_id, greatest(m.screened_at, s.updated_at) AS screened_at
FROM screening_person p
JOIN medical_screening m ON m.person_id = p.person_id
LEFT JOIN security_check s ON s.person_id = p.person_id
WHERE NOT p.security_required OR (s.nss_answer <> 'PENDING' AND s.police_answer <> 'PENDING');

-- A household's screening of before V67, finished.
CREATE VIEW screening_household_done AS
SELECT m.household_id, greatest(m.screened_at, s.updated_at) AS screened_at
FROM medical_screening m
JOIN security_check s ON s.household_id = m.household_id AND s.person_id IS NULL
WHERE m.person_id IS NULL AND s.nss_answer <> 'PENDING' AND s.police_answer <> 'PENDING';

-- What screening publishes for reporting (V44, same columns): a household is screened when each of its registered
-- members is (at least one); a household screened before V67 whose members are not registered yet stays screened. As
-- before, a member registered later does not take back the allocation offered: they are screened in turn, and until
-- then the household does not count as screened. Neither the outcome nor a hit leaves here.
CREATE OR REPLACE VIEW screening_report_household AS
SELECT m.household_id, max(d.screened_at) AS screened_at
FROM registry_member m
LEFT JOIN screening_person_done d ON d.person_id = m.person_id
WHERE m.person_status = 'REGISTERED'
GROUP BY m.household_id
HAVING bool_and(d.person_id IS NOT NULL)
UNION ALL
SELECT l.household_id, l.screened_at
FROM screening_household_done l
WHERE NOT EXISTS (SELECT 1 FROM registry_member m WHERE m.household_id = l.household_id AND m.person_status = 'REGISTERED');

-- What screening publishes for accommodation (V32, same column): a household with a member medical screening asked to
-- isolate (or whose household-level screening did), the outcome only.
CREATE OR REPLACE VIEW screening_isolated_household AS
SELECT m.household_id
FROM medical_screening m
WHERE m.outcome = 'ISOLATION' AND m.person_id IS NULL
UNION
SELECT r.household_id
FROM medical_screening m JOIN registry_member r ON r.person_id = m.person_id
WHERE m.outcome = 'ISOLATION' AND r.person_status = 'REGISTERED';

-- What screening publishes for protection's worklist, per person now (V65's household-level view goes): the persons whose
-- security check found something (the result only, never which enquiry nor its reference).
DROP VIEW screening_security_hit;
CREATE VIEW screening_security_hit_person AS
SELECT c.person_id
FROM security_check c
WHERE c.result = 'HIT' AND c.person_id IS NOT NULL;
