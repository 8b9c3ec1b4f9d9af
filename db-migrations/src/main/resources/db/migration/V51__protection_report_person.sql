-- What protection publishes for reporting's lists (issue 13, item 1: every number of the dashboard opens the list
-- behind it): each person protected today, as protection_report_household (V48) counts them, and whether their card
-- was handed over. No validity dates, no grounds.
CREATE VIEW protection_report_person AS
SELECT s.person_id, s.household_id,
       EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = s.person_id AND d.status = 'HANDED_OVER') AS documented
FROM protection_status s
WHERE s.status IN ('GRANTED', 'EXTENDED') AND s.valid_until >= current_date;
