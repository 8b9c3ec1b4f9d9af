-- Identity documents of persons with temporary protection, produced by the police (Passport and Visa Department)
-- from the registry's data and photo, never retyped: the PDF card as printed and the signed QR text it carries.
-- A person holds one current document; a lost, stolen or replaced one stays on record, with what ended it. Every
-- print is recorded (a reprint with its reason), and the handover: who handed it to whom, when.

CREATE SEQUENCE identity_document_number_seq;

CREATE TABLE identity_document (
    id               uuid          PRIMARY KEY,
    number           varchar(20)   NOT NULL CONSTRAINT identity_document_number_unique UNIQUE,
    person_id        uuid          NOT NULL REFERENCES person (id),
    household_id     uuid          NOT NULL REFERENCES household (id),
    site_code        varchar(40)   NOT NULL REFERENCES site (code),
    status           varchar(12)   NOT NULL CONSTRAINT identity_document_status_known CHECK (status IN
                         ('PRODUCED', 'HANDED_OVER', 'REPLACED', 'LOST', 'STOLEN')),
    valid_from       date          NOT NULL,
    valid_until      date          NOT NULL,
    qr               varchar(3000) NOT NULL,
    pdf              bytea         NOT NULL,
    produced_at      timestamptz   NOT NULL,
    produced_by      varchar(100)  NOT NULL,
    handed_over_at   timestamptz,
    handed_over_by   varchar(100),
    handed_to        varchar(200),
    replaces         uuid          REFERENCES identity_document (id),
    ended_at         timestamptz,
    end_reason       varchar(300),
    version          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT identity_document_validity CHECK (valid_until > valid_from),
    CONSTRAINT identity_document_handed_over CHECK ((handed_over_at IS NULL) = (handed_to IS NULL)),
    CONSTRAINT identity_document_ended CHECK ((status IN ('PRODUCED', 'HANDED_OVER')) = (ended_at IS NULL))
);
CREATE UNIQUE INDEX identity_document_one_current ON identity_document (person_id) WHERE status IN ('PRODUCED', 'HANDED_OVER');
CREATE INDEX identity_document_household ON identity_document (household_id);
CREATE INDEX identity_document_queue ON identity_document (site_code, produced_at) WHERE status = 'PRODUCED';

CREATE TABLE identity_document_print (
    document_id  uuid          NOT NULL REFERENCES identity_document (id),
    printed_at   timestamptz   NOT NULL,
    printed_by   varchar(100)  NOT NULL,
    reason       varchar(300),
    PRIMARY KEY (document_id, printed_at)
);
