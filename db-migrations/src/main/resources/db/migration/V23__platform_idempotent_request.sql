-- Requests that must take effect once however often a client sends them (a retry after a lost answer, a double
-- click): the first one's result is kept under the caller's Idempotency-Key, and the same key answers it again.
CREATE TABLE idempotent_request (
    actor       varchar(100) NOT NULL,
    request_key varchar(100) NOT NULL,
    operation   varchar(100) NOT NULL,
    result      varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, request_key)
);
