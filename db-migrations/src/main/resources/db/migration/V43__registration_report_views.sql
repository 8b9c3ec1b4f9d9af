-- What registration publishes for reporting's figures (issue 13): every household with its BCP, status, arrival and
-- registration times and its number of persons. A household counts the persons it declared at pre-registration until
-- more members are registered one by one than it declared; merged and voided members are not counted. No names.
CREATE VIEW registration_report_household AS
SELECT h.id AS household_id, h.registry_number, h.site_code, h.status, h.arrived_at, h.registered_at,
       greatest(h.female_children + h.male_children + h.female_adults + h.male_adults + h.female_elderly + h.male_elderly,
                (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.status = 'REGISTERED'))::integer AS persons
FROM household h;

-- The specific needs of registered persons of households not voided, by UNHCR category, each with whether its code
-- is sensitive: reporting counts the sensitive ones only for readers of SENSITIVE_NEEDS (the data-protection policy).
CREATE VIEW registration_report_need AS
SELECT p.household_id, p.id AS person_id, s.category, s.sensitive
FROM person_need n
JOIN person p ON p.id = n.person_id
JOIN specific_need s ON s.code = n.need_code
JOIN household h ON h.id = p.household_id
WHERE p.status = 'REGISTERED' AND h.status <> 'VOIDED';

-- Registered persons of households not voided, for reporting's statistics: BCP, arrival, sex, birth date and one
-- citizenship (STATELESS for a stateless person, else the first of their citizenships in code order, UNKNOWN without).
CREATE VIEW registration_report_person AS
SELECT p.id AS person_id, p.household_id, h.site_code, h.arrived_at, p.sex, p.birth_date,
       CASE WHEN p.stateless THEN 'STATELESS'
            ELSE coalesce((SELECT min(c.country_code) FROM person_citizenship c WHERE c.person_id = p.id), 'UNKNOWN') END AS citizenship
FROM person p
JOIN household h ON h.id = p.household_id
WHERE p.status = 'REGISTERED' AND h.status <> 'VOIDED';
