-- What registration publishes for the lists other contexts draw with one SQL join (camps' residents, manifests and
-- transfers; the allocation queue's search by name; emergency's arrivals count). Other contexts name these views,
-- never registration's tables: a column renamed in household or person changes a view here, in the same migration.

-- A household as accommodation shows it: its registry number, site, status, head's name and registration time.
CREATE VIEW registration_accommodation_household AS
SELECT h.id, h.registry_number, h.site_code, h.status, h.head_name, h.head_name_latin, h.registered_at
FROM household h;

-- A person as a camp's lists show them: names, sex, birth date, relationship to the head, status.
CREATE VIEW registration_accommodation_member AS
SELECT p.id, p.household_id, p.status, p.given_name, p.family_name, p.given_name_latin, p.family_name_latin,
       p.sex, p.birth_date, p.relationship
FROM person p;

-- The persons of each household not voided, by when it arrived: what the influx threshold counts.
CREATE VIEW registration_arrival AS
SELECT h.id AS household_id, h.arrived_at,
       h.female_children + h.male_children + h.female_adults + h.male_adults + h.female_elderly + h.male_elderly AS persons
FROM household h
WHERE h.status <> 'VOIDED';
