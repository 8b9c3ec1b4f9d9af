-- A bulk allocation's answer, kept under the caller's Idempotency-Key (issue 15, item 3): a retry of the same request
-- answers what the first one did, household by household, whatever happened since. The key itself and the request's
-- fingerprint are in idempotent_request (platform), whose result column holds only a summary; here is one row per
-- household of the request, in its order. The refusal is kept as its message key and arguments, so that the retry
-- reads it in the language it asks for. No personal data: registry numbers, camps, tents and rule names only.
CREATE TABLE camp_bulk_allocation_item (
    actor           varchar(100) NOT NULL,
    request_key     varchar(100) NOT NULL,
    position        integer      NOT NULL,
    registry_number varchar(64)  NOT NULL,
    outcome         varchar(20)  NOT NULL CHECK (outcome IN ('ALLOCATED', 'ALREADY_ALLOCATED', 'REFUSED')),
    camp_code       varchar(64),
    tents           text,
    rule            varchar(60),
    message_key     varchar(120),
    arguments       text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, request_key, position)
);
