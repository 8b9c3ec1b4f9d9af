-- What screening publishes for reporting's figures (issue 13): when a household's screening was finished, i.e. its
-- medical screening recorded and both enquiries of its security check answered (SecurityCheck.complete()). Neither
-- the medical outcome nor the security result leaves screening here: a count of stages must not reveal them.
CREATE VIEW screening_report_household AS
SELECT m.household_id, greatest(m.screened_at, s.updated_at) AS screened_at
FROM medical_screening m
JOIN security_check s ON s.household_id = m.household_id
WHERE s.nss_answer <> 'PENDING' AND s.police_answer <> 'PENDING';
