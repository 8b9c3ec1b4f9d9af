-- What protection publishes for reporting's figures (issue 13): per household, how many persons hold temporary
-- protection today (granted or extended, not yet expired) and how many of them hold a handed-over identity document.
CREATE VIEW protection_report_household AS
SELECT s.household_id,
       count(*)::integer AS protected_persons,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id
                                      AND d.status = 'HANDED_OVER'))::integer AS documented_persons
FROM protection_status s
WHERE s.status IN ('GRANTED', 'EXTENDED') AND s.valid_until >= current_date
GROUP BY s.household_id;
