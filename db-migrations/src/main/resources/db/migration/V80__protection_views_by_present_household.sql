-- V78 gave reporting's person facts a protected person's protection by person. Protection's views of the persons
-- protected today still counted a person who moved to another household (an earlier registration linked, a duplicate
-- resolved) in the household of the grant: the dashboard's protected persons of a household and the list of persons
-- protected today placed them in the household they left. The views now name the household the person is in now.

-- protection (its part): V48's and V51's views, by the person's present household (registration's registry_member)
CREATE OR REPLACE VIEW protection_report_household AS
SELECT m.household_id,
       count(*)::integer AS protected_persons,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id
                                      AND d.status = 'HANDED_OVER'))::integer AS documented_persons,
       min(s.valid_until) + 1 AS changes_on
FROM protection_status s
JOIN registry_member m ON m.person_id = s.person_id
WHERE s.status IN ('GRANTED', 'EXTENDED') AND s.valid_until >= current_date
GROUP BY m.household_id;

CREATE OR REPLACE VIEW protection_report_person AS
SELECT s.person_id, m.household_id,
       EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id AND d.status = 'HANDED_OVER') AS documented
FROM protection_status s
JOIN registry_member m ON m.person_id = s.person_id
WHERE s.status IN ('GRANTED', 'EXTENDED') AND s.valid_until >= current_date;

-- summed up again (facts and persons): the households a protected person left and the one they are in now (few)
SELECT reporting_households_changed(array_agg(DISTINCT x ORDER BY x))
FROM (SELECT m.household_id FROM protection_status s JOIN registry_member m ON m.person_id = s.person_id
      WHERE m.household_id <> s.household_id
      UNION ALL
      SELECT s.household_id FROM protection_status s JOIN registry_member m ON m.person_id = s.person_id
      WHERE m.household_id <> s.household_id) t(x);
