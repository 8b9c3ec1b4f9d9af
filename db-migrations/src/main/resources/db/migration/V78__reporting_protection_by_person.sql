-- A protected person who moves to another household (an earlier registration linked, a duplicate resolved) keeps the
-- household of the grant on their protection status (V77 says why). Reporting's person facts found the status by that
-- household, so in the household they are in now the statistics counted them as not benefiting from protection, and
-- their Eurostat decisions and ends fell out of the tables. The facts now find a person's protection by person.

-- V50's function (with V52's row estimate), protection joined by person
CREATE OR REPLACE FUNCTION reporting_person_facts(ids uuid[]) RETURNS SETOF reporting_person LANGUAGE sql STABLE AS $$
    SELECT p.person_id, p.household_id, reporting_day(h.arrived_at), h.bcp, h.camp, h.stage, p.sex, p.birth_date,
           p.citizenship, p.unaccompanied, coalesce(n.needs, '{}'), coalesce(n.sensitive_needs, '{}'), st.camp_code,
           pa.household_id IS NOT NULL, coalesce(g.granted, '{}'), ps.status, ps.valid_from, ps.valid_until, ps.ended_on,
           reporting_unhcr_group(reporting_age(p.birth_date, t.today)), reporting_eurostat_group(reporting_age(p.birth_date, t.today)),
           coalesce(ps.valid_from <= t.today AND ps.valid_until >= t.today AND (ps.ended_on IS NULL OR ps.ended_on > t.today), false),
           (SELECT min(d) FROM unnest(ARRAY[reporting_next_birthday_group(p.birth_date, t.today),
                   CASE WHEN ps.valid_from > t.today THEN ps.valid_from END,
                   CASE WHEN ps.valid_until >= t.today THEN ps.valid_until + 1 END,
                   CASE WHEN ps.ended_on > t.today THEN ps.ended_on END, st.leaves_on]) d)
    FROM (SELECT * FROM registration_report_person v WHERE v.household_id = ANY (ids)) p
    JOIN reporting_household h ON h.household_id = p.household_id AND h.stage <> 'VOIDED'
    CROSS JOIN (SELECT reporting_today() AS today) t
    LEFT JOIN (SELECT v.person_id,
                      array_agg(DISTINCT v.category ORDER BY v.category) FILTER (WHERE NOT v.sensitive) AS needs,
                      array_agg(DISTINCT v.category ORDER BY v.category) FILTER (WHERE v.sensitive) AS sensitive_needs
               FROM registration_report_need v WHERE v.household_id = ANY (ids) GROUP BY v.person_id) n ON n.person_id = p.person_id
    -- checked in at a camp at the end of today (a stay that ends later today has ended; one that ends another day is
    -- counted again that day)
    LEFT JOIN (SELECT DISTINCT ON (v.person_id) v.person_id, v.camp_code, reporting_day(v.ended_at) AS leaves_on FROM camps_report_stay v
               WHERE v.household_id = ANY (ids) AND (v.ended_at IS NULL OR reporting_day(v.ended_at) > reporting_today())
               ORDER BY v.person_id, v.checked_in_at DESC) st ON st.person_id = p.person_id
    LEFT JOIN (SELECT DISTINCT v.household_id FROM camps_report_private v WHERE v.household_id = ANY (ids)) pa ON pa.household_id = p.household_id
    LEFT JOIN LATERAL (SELECT array_agg(v.granted_at ORDER BY v.granted_at) AS granted FROM protection_report_grant v
                       WHERE v.person_id = p.person_id) g ON true
    LEFT JOIN protection_report_status ps ON ps.person_id = p.person_id
$$;

ALTER FUNCTION reporting_person_facts(uuid[]) ROWS 5;

-- the persons summed up already: those in households holding a protected person whose status names another (few)
SELECT reporting_persons_changed(array_agg(DISTINCT m.household_id ORDER BY m.household_id))
FROM protection_status s
JOIN registry_member m ON m.person_id = s.person_id
WHERE m.household_id <> s.household_id;
