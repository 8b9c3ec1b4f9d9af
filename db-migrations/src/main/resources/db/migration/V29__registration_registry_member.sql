-- Registration publishes its registered persons with their household for other contexts' SQL that needs one join
-- for speed (paged worklists filtered by site, ordered by registry number): they name this view, never registration's
-- tables, so a column renamed in registration is changed here once. Read-only; statuses are exposed as they are, each
-- reader filters what its rule needs. The photo is joined only when a reader asks for when it was taken.

CREATE VIEW registry_member AS
SELECT p.id                                   AS person_id,
       p.household_id                         AS household_id,
       h.registry_number                      AS registry_number,
       h.site_code                            AS site_code,
       h.status                               AS household_status,
       h.arrived_at                           AS arrived_at,
       h.registered_at                        AS registered_at,
       p.status                               AS person_status,
       p.given_name || ' ' || p.family_name   AS name,
       p.birth_date                           AS birth_date,
       CASE p.relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END AS member_rank,
       ph.taken_at                            AS photo_taken_at
FROM person p
JOIN household h ON h.id = p.household_id
LEFT JOIN photo ph ON ph.id = p.photo_id;
