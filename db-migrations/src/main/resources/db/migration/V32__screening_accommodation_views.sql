-- What screening publishes for accommodation's guarded bed updates, which must decide in one statement: the
-- households that medical screening asked to isolate (the outcome only, never the medical detail).
CREATE VIEW screening_isolated_household AS
SELECT m.household_id
FROM medical_screening m
WHERE m.outcome = 'ISOLATION';
