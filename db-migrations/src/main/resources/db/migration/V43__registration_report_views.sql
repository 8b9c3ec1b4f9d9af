-- What registration publishes for reporting's figures (issue 13): every household with its BCP, status, arrival and
-- registration times and its number of persons. A household counts the persons it declared at pre-registration until
-- more members are registered one by one than it declared; merged and voided members are not counted. No names.
CREATE VIEW registration_report_household AS
SELECT h.id AS household_id, h.registry_number, h.site_code, h.status, h.arrived_at, h.registered_at,
       greatest(h.female_children + h.male_children + h.female_adults + h.male_adults + h.female_elderly + h.male_elderly,
                (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.status = 'REGISTERED'))::integer AS persons
FROM household h;
