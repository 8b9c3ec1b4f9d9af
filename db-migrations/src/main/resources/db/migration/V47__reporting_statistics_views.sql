-- What the providers publish for reporting's ready tables (issue 13, item 2): the UNHCR population table at a date
-- and Eurostat's monthly temporary-protection tables. Each section belongs to its provider; no names, no addresses.

-- registration: its registered persons as in V43, and whether a person is an unaccompanied child (UNHCR code SC-UC,
-- not a sensitive code), for Eurostat's table of unaccompanied minors.
CREATE OR REPLACE VIEW registration_report_person AS
SELECT p.id AS person_id, p.household_id, h.site_code, h.arrived_at, p.sex, p.birth_date,
       CASE WHEN p.stateless THEN 'STATELESS'
            ELSE coalesce((SELECT min(c.country_code) FROM person_citizenship c WHERE c.person_id = p.id), 'UNKNOWN') END AS citizenship,
       EXISTS (SELECT 1 FROM person_need n WHERE n.person_id = p.id AND n.need_code = 'SC-UC') AS unaccompanied
FROM person p
JOIN household h ON h.id = p.household_id
WHERE p.status = 'REGISTERED' AND h.status <> 'VOIDED';

-- camps: each person's time in a camp, from check-in to the end of the stay (open while they stay), so reporting can
-- say where a person lived on any past date; and when a household was released to a private address (not where).
CREATE VIEW camps_report_stay AS
SELECT s.person_id, s.household_id, s.camp_code, s.checked_in_at, s.ended_at
FROM camp_stay s
WHERE s.checked_in_at IS NOT NULL;

CREATE VIEW camps_report_private AS
SELECT a.household_id, a.recorded_at
FROM private_accommodation a;

-- protection: every decision granting temporary protection (a person granted again after an end counts again), and
-- each person's protection now: validity, and how and when it ended. Not the ground of an end (free text).
CREATE VIEW protection_report_grant AS
SELECT e.person_id, e.occurred_at AS granted_at
FROM protection_event e
WHERE e.action = 'GRANTED';

CREATE VIEW protection_report_status AS
SELECT s.person_id, s.household_id, s.status, s.valid_from, s.valid_until, s.ended_on
FROM protection_status s;
