-- Cash (issue 14, item 6): a payment list per round for the paying agency, each line marked paid or failed. A line of
-- the list is a collection "paid via" the agency (assistance_collection, V57), so the unique index over the lines not
-- voided keeps a cash entitlement from being listed twice, paid twice, or handed out at a desk as well; a failed
-- payment voids its collection, which frees the entitlement for a later list or a desk.

ALTER TABLE assistance_collection ADD COLUMN paid_via varchar(200) CHECK (paid_via IS NULL OR btrim(paid_via) <> '');

-- a line is received by a member, a named proxy, or paid via an agency: exactly one of them (V57 allowed the first two)
DO $$
DECLARE
    receiver text;
BEGIN
    SELECT conname INTO STRICT receiver FROM pg_constraint
    WHERE conrelid = 'assistance_collection'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%received_by_person IS NULL%proxy_name IS NULL%';
    EXECUTE format('ALTER TABLE assistance_collection DROP CONSTRAINT %I', receiver);
END
$$;
ALTER TABLE assistance_collection ADD CONSTRAINT assistance_collection_receiver
    CHECK (num_nonnulls(received_by_person, proxy_name, paid_via) = 1);

CREATE TABLE assistance_payment_list (
    id          uuid          PRIMARY KEY,
    round_id    uuid          NOT NULL REFERENCES assistance_round (id),
    agency      varchar(200)  NOT NULL CHECK (btrim(agency) <> ''),
    currency    varchar(10)   NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(100)  NOT NULL
);
CREATE INDEX assistance_payment_list_round ON assistance_payment_list (round_id);

-- one line per cash collection listed; LISTED until the agency's answer, then PAID (with its reference) or FAILED
-- (with its reason, and its collection voided)
CREATE TABLE assistance_payment (
    id              uuid          PRIMARY KEY,
    list_id         uuid          NOT NULL REFERENCES assistance_payment_list (id),
    collection_id   uuid          NOT NULL UNIQUE REFERENCES assistance_collection (id),
    status          varchar(6)    NOT NULL CHECK (status IN ('LISTED', 'PAID', 'FAILED')),
    marked_at       timestamptz,
    marked_by       varchar(100),
    reference       varchar(100),
    failure_reason  varchar(300),
    version         bigint        NOT NULL DEFAULT 0,
    CHECK ((status = 'LISTED') = (marked_at IS NULL) AND (marked_at IS NULL) = (marked_by IS NULL)),
    CHECK ((status = 'FAILED') = (failure_reason IS NOT NULL))
);
CREATE INDEX assistance_payment_lines ON assistance_payment (list_id, id);
