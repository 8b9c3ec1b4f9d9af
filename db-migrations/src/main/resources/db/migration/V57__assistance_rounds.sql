-- Assistance (issue 14, items 4 and 5): distribution rounds and the collections recorded at the desks.
-- A round is held at a site on a day for one or more entitlement rules; for each rule it keeps the version in force
-- that day and the period the day falls in (from the rule's first day: Period.window), so every round of the same
-- rule in the same period, at any site, names the same period start. The distribution list is computed from the
-- registry's published views, never stored. Households and persons are referred to by id, without a foreign key into
-- registration's tables (ADR 0008).
CREATE TABLE assistance_round (
    id          uuid          PRIMARY KEY,
    site_code   varchar(40)   NOT NULL REFERENCES site (code),
    held_on     date          NOT NULL,
    status      varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_at   timestamptz   NOT NULL,
    opened_by   varchar(100)  NOT NULL,
    closed_at   timestamptz,
    closed_by   varchar(100),
    version     bigint        NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX assistance_round_site ON assistance_round (site_code, held_on DESC);

CREATE TABLE assistance_round_entitlement (
    round_id        uuid  NOT NULL REFERENCES assistance_round (id),
    entitlement_id  uuid  NOT NULL REFERENCES assistance_entitlement (id),
    version_id      uuid  NOT NULL REFERENCES assistance_entitlement_version (id),
    period_from     date  NOT NULL,
    period_until    date,
    PRIMARY KEY (round_id, entitlement_id),
    CHECK (period_until IS NULL OR period_until > period_from)
);

-- One line handed over: an entitlement's quantity for a household (per household) or one of its persons (per person),
-- in one period, at a desk of a site, to a member or a named proxy, by a staff member. The same entitlement is
-- collected once per beneficiary and period: the unique index below says so for every desk, site and retry at once,
-- whatever the application checked before. A correction voids the line with its reason (never a DELETE), which frees
-- the entitlement. For a cash item (unit AMD) the quantity is the amount; a payment list marks its lines against
-- these rows by id.
CREATE TABLE assistance_collection (
    id                  uuid            PRIMARY KEY,
    round_id            uuid            NOT NULL REFERENCES assistance_round (id),
    entitlement_id      uuid            NOT NULL REFERENCES assistance_entitlement (id),
    version_id          uuid            NOT NULL REFERENCES assistance_entitlement_version (id),
    household_id        uuid            NOT NULL,
    person_id           uuid,
    beneficiary_id      uuid            NOT NULL,
    period_from         date            NOT NULL,
    period_until        date,
    site_code           varchar(40)     NOT NULL REFERENCES site (code),
    item_code           varchar(40)     NOT NULL REFERENCES assistance_item (code),
    partner_code        varchar(40)     NOT NULL REFERENCES assistance_partner (code),
    quantity            numeric(15, 3)  NOT NULL CHECK (quantity > 0),
    received_by_person  uuid,
    proxy_name          varchar(200),
    collected_at        timestamptz     NOT NULL,
    collected_by        varchar(100)    NOT NULL,
    request_key         varchar(100),
    voided_at           timestamptz,
    voided_by           varchar(100),
    void_reason         varchar(300),
    version             bigint          NOT NULL DEFAULT 0,
    CHECK (beneficiary_id = coalesce(person_id, household_id)),
    CHECK ((received_by_person IS NULL) <> (proxy_name IS NULL)),
    CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
);
CREATE UNIQUE INDEX assistance_collection_once ON assistance_collection (entitlement_id, beneficiary_id, period_from)
    WHERE voided_at IS NULL;
CREATE INDEX assistance_collection_household ON assistance_collection (household_id, collected_at DESC);
CREATE INDEX assistance_collection_round ON assistance_collection (round_id);
CREATE INDEX assistance_collection_request ON assistance_collection (collected_by, request_key) WHERE request_key IS NOT NULL;
