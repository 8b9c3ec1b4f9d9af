-- What camps publishes for reporting's figures (issue 13): where a household is on the accommodation path now, and
-- since when. A household holding beds is in camp once a member checked in, in transit once its manifest departed
-- (and until check-in), else allocated; without beds it is at a private address when one is recorded, or has left
-- (checked out, or a no-show) when it held beds before. Households never placed are not in this view.
CREATE VIEW camps_report_household AS
SELECT s.household_id, min(s.camp_code) AS camp_code,
       CASE WHEN bool_or(s.status = 'CHECKED_IN') THEN 'IN_CAMP'
            WHEN bool_or(m.status IN ('DEPARTED', 'ARRIVED')) THEN 'IN_TRANSIT'
            ELSE 'ALLOCATED' END AS stage,
       CASE WHEN bool_or(s.status = 'CHECKED_IN') THEN min(s.checked_in_at)
            WHEN bool_or(m.status IN ('DEPARTED', 'ARRIVED')) THEN min(m.departed_at)
            ELSE min(s.allocated_at) END AS since
FROM camp_stay s
LEFT JOIN transfer_manifest m ON m.id = s.manifest_id
WHERE s.status IN ('ALLOCATED', 'CHECKED_IN')
GROUP BY s.household_id
UNION ALL
SELECT a.household_id, NULL, 'PRIVATE_ADDRESS', a.recorded_at
FROM private_accommodation a
WHERE NOT EXISTS (SELECT 1 FROM camp_stay s WHERE s.household_id = a.household_id AND s.status IN ('ALLOCATED', 'CHECKED_IN'))
UNION ALL
SELECT s.household_id, NULL, 'LEFT', max(s.ended_at)
FROM camp_stay s
WHERE NOT EXISTS (SELECT 1 FROM camp_stay c WHERE c.household_id = s.household_id AND c.status IN ('ALLOCATED', 'CHECKED_IN'))
  AND NOT EXISTS (SELECT 1 FROM private_accommodation a WHERE a.household_id = s.household_id)
GROUP BY s.household_id;

-- Each camp's beds in service and beds taken (allocated or checked in), for reporting's occupancy against capacity.
CREATE VIEW camps_report_occupancy AS
SELECT c.site_code AS camp_code, c.status,
       coalesce(sum(t.beds) FILTER (WHERE t.kind = 'TENT' AND t.in_service), 0)::integer AS beds,
       coalesce(sum(t.occupied) FILTER (WHERE t.kind = 'TENT'), 0)::integer AS occupied
FROM camp c
LEFT JOIN camp_structure t ON t.camp_code = c.site_code
GROUP BY c.site_code, c.status;
