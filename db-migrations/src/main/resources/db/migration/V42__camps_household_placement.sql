-- What camps publishes about where households are placed, for the scope of camp staff in other contexts: the camps
-- in which a household holds beds now, allocated (on its way, on a manifest or not yet) or checked in. A household
-- that left (checked out, no-show, moved on) is no longer placed where it was. Registration's scope of camp managers
-- and social workers names this view, never camp_stay (ADR 0008).
CREATE VIEW camps_household_placement AS
SELECT DISTINCT s.household_id, s.camp_code
FROM camp_stay s
WHERE s.status IN ('ALLOCATED', 'CHECKED_IN');
