-- Assistance (issue 14, item 7): every household with a specific need has one open follow-up case for the social
-- workers of its site, with actions (referrals) that each have a due day, an assignee and an outcome, and a closing
-- outcome. Cases and actions are closed or completed, never deleted.

-- What registration publishes about specific needs, for the follow-up of other contexts: each need code of a household
-- not voided, seen at the desk (person_id null) or recorded for one of its registered members, with its UNHCR category
-- and whether the code is sensitive. Readers apply the data-protection policy (Sensitivity.SENSITIVE_NEEDS).
CREATE VIEW registration_need AS
SELECT v.household_id, NULL::uuid AS person_id, v.need_code AS code, s.category, s.sensitive
FROM household_visible_need v
JOIN household h ON h.id = v.household_id
JOIN specific_need s ON s.code = v.need_code
WHERE h.status <> 'VOIDED'
UNION ALL
SELECT p.household_id, p.id AS person_id, n.need_code AS code, s.category, s.sensitive
FROM person_need n
JOIN person p ON p.id = n.person_id
JOIN household h ON h.id = p.household_id
JOIN specific_need s ON s.code = n.need_code
WHERE p.status = 'REGISTERED' AND h.status <> 'VOIDED';

-- A household's follow-up case. Its site is the camp the household is placed in (camps_household_placement), else
-- bcp_code, the border crossing point that registered it; at most one case of a household is open at a time.
CREATE TABLE assistance_follow_up_case (
    id                    uuid          PRIMARY KEY,
    household_id          uuid          NOT NULL,
    registry_number       varchar(40)   NOT NULL,
    bcp_code              varchar(40)   NOT NULL,
    status                varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_at             timestamptz   NOT NULL,
    first_contact_due_at  timestamptz   NOT NULL,
    first_contact_at      timestamptz,
    closed_at             timestamptz,
    closed_by             varchar(100),
    outcome               varchar(20)   CHECK (outcome IN ('RESOLVED', 'REFERRED_ON', 'NOT_NEEDED', 'DEPARTED')),
    outcome_note          varchar(1000),
    -- the needs the case covers, as sorted "person id or household:code" pairs: a need recorded after the case was
    -- closed (one not among them) opens a new case, a correction of members that adds none does not
    needs_covered         text          NOT NULL DEFAULT '',
    version               bigint        NOT NULL DEFAULT 0,
    CHECK ((status = 'OPEN') = (outcome IS NULL AND closed_at IS NULL))
);
CREATE UNIQUE INDEX assistance_follow_up_case_open ON assistance_follow_up_case (household_id) WHERE status = 'OPEN';
CREATE INDEX assistance_follow_up_case_number ON assistance_follow_up_case (registry_number);
CREATE INDEX assistance_follow_up_case_opened ON assistance_follow_up_case (status, opened_at);

-- An action of a case: a referral to medical care, psychosocial support, child protection, legal aid or a partner
-- (then partner_code names it), due on a day, assigned to a user, completed with an outcome.
CREATE TABLE assistance_follow_up_action (
    id            uuid          PRIMARY KEY,
    case_id       uuid          NOT NULL REFERENCES assistance_follow_up_case (id),
    kind          varchar(20)   NOT NULL CHECK (kind IN ('MEDICAL', 'PSYCHOSOCIAL', 'CHILD_PROTECTION', 'LEGAL_AID', 'PARTNER')),
    partner_code  varchar(40)   REFERENCES assistance_partner (code),
    note          varchar(1000),
    due_on        date          NOT NULL,
    assignee      varchar(100)  NOT NULL,
    recorded_at   timestamptz   NOT NULL,
    recorded_by   varchar(100)  NOT NULL,
    completed_at  timestamptz,
    completed_by  varchar(100),
    outcome       varchar(20)   CHECK (outcome IN ('DONE', 'DECLINED', 'NOT_POSSIBLE')),
    outcome_note  varchar(1000),
    version       bigint        NOT NULL DEFAULT 0,
    CHECK ((kind = 'PARTNER') = (partner_code IS NOT NULL)),
    CHECK ((outcome IS NULL) = (completed_at IS NULL))
);
CREATE INDEX assistance_follow_up_action_case ON assistance_follow_up_action (case_id, due_on);

-- Households registered with specific needs before follow-up existed get their case now (the first contact due 72
-- hours from now); their processes are started by the bpmn module's start-up step (NeedsFollowUpBackfill).
INSERT INTO assistance_follow_up_case (id, household_id, registry_number, bcp_code, status, opened_at, first_contact_due_at,
                                       needs_covered)
SELECT gen_random_uuid(), h.id, h.registry_number, h.site_code, 'OPEN', now(), now() + interval '72 hours',
       (SELECT string_agg(DISTINCT coalesce(n.person_id::text, 'household') || ':' || n.code, ',')
        FROM registration_need n WHERE n.household_id = h.id)
FROM registration_accommodation_household h
WHERE h.status <> 'VOIDED' AND EXISTS (SELECT 1 FROM registration_need n WHERE n.household_id = h.id);
