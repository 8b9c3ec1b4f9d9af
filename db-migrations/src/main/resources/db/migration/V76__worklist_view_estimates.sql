-- Assistance's published view for allocation (V59), written so that the planner estimates it right. Registration's view
-- registration_separated_child holds SC-UC and SC-SC children only; asked for SC-UC on top of that, the planner
-- multiplied the two conditions on the same column and expected 249 of 18,014 unaccompanied children at 5,000,000
-- persons, so it read all of them for each page of the allocation queue (227 ms for the 50 households of a page).
-- "Not separated" is the same set, estimated as it is: the page's households are looked up by household (8 ms).
CREATE OR REPLACE VIEW assistance_unaccompanied_household AS
SELECT DISTINCT c.household_id AS household_id
FROM registration_separated_child c
WHERE c.need_code <> 'SC-SC'
  AND NOT EXISTS (SELECT 1 FROM assistance_caregiver g WHERE g.child_id = c.person_id AND g.ended_at IS NULL);

-- Protection's published exceptions (V75) without DISTINCT: reporting asks whether a person has one, and a DISTINCT
-- view is summed up whole before each such question.
CREATE OR REPLACE VIEW protection_exception_person AS
SELECT e.person_id
FROM protection_exception e;
