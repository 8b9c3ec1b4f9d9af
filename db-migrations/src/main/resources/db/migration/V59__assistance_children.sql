-- Assistance (issue 14, item 8): unaccompanied (UNHCR SC-UC) and separated (SC-SC) children. Children are referred to
-- by their person id, without a foreign key into registration's tables (ADR 0008); registration publishes the view
-- registration_separated_child, and assistance publishes assistance_unaccompanied_household for allocation.

-- Registration's published read of the children with an SC code of these two kinds: registered persons only.
CREATE VIEW registration_separated_child AS
SELECT p.id                 AS person_id,
       p.household_id       AS household_id,
       h.registry_number    AS registry_number,
       h.site_code          AS site_code,
       n.need_code          AS need_code,
       p.given_name         AS given_name,
       p.family_name        AS family_name,
       p.given_name_latin   AS given_name_latin,
       p.family_name_latin  AS family_name_latin,
       p.birth_date         AS birth_date,
       p.sex                AS sex
FROM person_need n
JOIN person p ON p.id = n.person_id
JOIN household h ON h.id = p.household_id
WHERE n.need_code IN ('SC-UC', 'SC-SC') AND p.status = 'REGISTERED' AND h.status <> 'VOIDED';

CREATE INDEX person_need_code ON person_need (need_code, person_id);

-- A child's caregiver or guardian as a social worker recorded it. A change closes the current row (ended_at) and
-- opens the next, so the history is kept; at most one current caregiver per child. The caregiver may be a registered
-- person (person_id) or someone outside the registry (name and contact only). A current caregiver is the caregiver
-- arrangement that lets allocation place an unaccompanied child with the caregiver's household.
CREATE TABLE assistance_caregiver (
    id           uuid          PRIMARY KEY,
    child_id     uuid          NOT NULL,
    name         varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    relation     varchar(20)   NOT NULL CHECK (relation IN ('PARENT', 'SIBLING', 'GRANDPARENT', 'OTHER_RELATIVE',
                                                            'LEGAL_GUARDIAN', 'FOSTER_CARER', 'COMMUNITY_CARER')),
    person_id    uuid,
    contact      varchar(200),
    recorded_at  timestamptz   NOT NULL,
    recorded_by  varchar(100)  NOT NULL,
    ended_at     timestamptz,
    ended_by     varchar(100),
    CHECK ((ended_at IS NULL) = (ended_by IS NULL)),
    CHECK (person_id IS NULL OR person_id <> child_id)
);
CREATE UNIQUE INDEX assistance_caregiver_current ON assistance_caregiver (child_id) WHERE ended_at IS NULL;
CREATE INDEX assistance_caregiver_child ON assistance_caregiver (child_id, recorded_at DESC);

-- The best-interests assessment of each child: opened (due 24 hours later) when the SC code is first seen, completed
-- once with its outcome. One row per child: a code removed and added again does not open a second one.
CREATE TABLE assistance_best_interests (
    child_id      uuid          PRIMARY KEY,
    registry_number varchar(64) NOT NULL,
    opened_at     timestamptz   NOT NULL,
    due_at        timestamptz   NOT NULL,
    outcome       varchar(30)   CHECK (outcome IN ('STAY_WITH_CAREGIVER', 'INTERIM_CARE', 'FOSTER_CARE', 'FAMILY_TRACING',
                                                   'REFERRAL', 'NO_ACTION_NEEDED')),
    note          varchar(2000),
    assessed_at   timestamptz,
    assessed_by   varchar(100),
    version       bigint        NOT NULL DEFAULT 0,
    CHECK ((outcome IS NULL) = (assessed_at IS NULL) AND (assessed_at IS NULL) = (assessed_by IS NULL))
);
CREATE INDEX assistance_best_interests_open ON assistance_best_interests (due_at) WHERE outcome IS NULL;

-- Family tracing (FU-TR): a social worker looks for a relative of a person (usually a child). Matches are proposed
-- from the registry by name in any script and birth year, and confirmed or rejected by a social worker.
CREATE TABLE assistance_tracing_request (
    id                uuid          PRIMARY KEY,
    person_id         uuid          NOT NULL,
    household_id      uuid          NOT NULL,
    registry_number   varchar(64)   NOT NULL,
    site_code         varchar(40)   NOT NULL,
    sought_name       varchar(200)  NOT NULL CHECK (btrim(sought_name) <> ''),
    birth_year        integer       CHECK (birth_year BETWEEN 1900 AND 2100),
    year_tolerance    integer       NOT NULL DEFAULT 3 CHECK (year_tolerance BETWEEN 0 AND 15),
    relation          varchar(20)   NOT NULL CHECK (relation IN ('PARENT', 'SIBLING', 'GRANDPARENT', 'OTHER_RELATIVE',
                                                                 'LEGAL_GUARDIAN', 'FOSTER_CARER', 'COMMUNITY_CARER')),
    status            varchar(10)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FOUND', 'CLOSED')),
    opened_at         timestamptz   NOT NULL,
    opened_by         varchar(100)  NOT NULL,
    version           bigint        NOT NULL DEFAULT 0
);
CREATE INDEX assistance_tracing_request_site ON assistance_tracing_request (site_code, opened_at DESC);
CREATE INDEX assistance_tracing_request_person ON assistance_tracing_request (person_id);

CREATE TABLE assistance_tracing_match (
    request_id   uuid          NOT NULL REFERENCES assistance_tracing_request (id),
    person_id    uuid          NOT NULL,
    similarity   real          NOT NULL,
    status       varchar(10)   NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    proposed_at  timestamptz   NOT NULL,
    decided_at   timestamptz,
    decided_by   varchar(100),
    PRIMARY KEY (request_id, person_id),
    CHECK ((status = 'PROPOSED') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX assistance_tracing_match_confirmed ON assistance_tracing_match (request_id) WHERE status = 'CONFIRMED';

-- Assistance's published read for allocation: the households holding an unaccompanied child (SC-UC) for whom no
-- social worker has recorded a caregiver arrangement. Camps keeps such a child away from unrelated adults.
CREATE VIEW assistance_unaccompanied_household AS
SELECT DISTINCT c.household_id AS household_id
FROM registration_separated_child c
WHERE c.need_code = 'SC-UC'
  AND NOT EXISTS (SELECT 1 FROM assistance_caregiver g WHERE g.child_id = c.person_id AND g.ended_at IS NULL);
