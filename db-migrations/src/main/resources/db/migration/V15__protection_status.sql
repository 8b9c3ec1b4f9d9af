-- Temporary protection of a person: granted under a decree in force (valid one year from the decision), extended,
-- terminated (with its legal ground) or ceased; every change is an event of its history, never overwritten. Persons
-- outside the decree's scope or whose household has a security-check hit need a supervisor's decision on an
-- exception proposed by a caseworker: the one who proposes does not approve (four eyes, also in the database).

CREATE TABLE protection_status (
    person_id     uuid         PRIMARY KEY REFERENCES person (id),
    household_id  uuid         NOT NULL REFERENCES household (id),
    decree_id     uuid         NOT NULL REFERENCES protection_decree (id),
    status        varchar(12)  NOT NULL CONSTRAINT protection_status_known CHECK (status IN ('GRANTED', 'EXTENDED', 'TERMINATED', 'CEASED')),
    valid_from    date         NOT NULL,
    valid_until   date         NOT NULL,
    ended_on      date,
    ground        varchar(300),
    changed_at    timestamptz  NOT NULL,
    changed_by    varchar(100) NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT protection_status_validity CHECK (valid_until > valid_from),
    CONSTRAINT protection_status_end_has_ground CHECK ((status IN ('TERMINATED', 'CEASED')) = (ended_on IS NOT NULL AND ground IS NOT NULL))
);
CREATE INDEX protection_status_household ON protection_status (household_id);
CREATE INDEX protection_status_valid_until ON protection_status (valid_until) WHERE status IN ('GRANTED', 'EXTENDED');

CREATE TABLE protection_event (
    id           uuid         PRIMARY KEY,
    person_id    uuid         NOT NULL REFERENCES person (id),
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(100) NOT NULL,
    action       varchar(12)  NOT NULL CONSTRAINT protection_event_action_known CHECK (action IN
                     ('GRANTED', 'EXTENDED', 'TERMINATED', 'CEASED', 'PROPOSED', 'APPROVED', 'REJECTED')),
    decree_id    uuid         REFERENCES protection_decree (id),
    valid_until  date,
    ground       varchar(1000)
);
CREATE INDEX protection_event_person ON protection_event (person_id, occurred_at);

CREATE TABLE protection_exception (
    id             uuid          PRIMARY KEY,
    person_id      uuid          NOT NULL REFERENCES person (id),
    decree_id      uuid          NOT NULL REFERENCES protection_decree (id),
    reason         varchar(20)   NOT NULL CONSTRAINT protection_exception_reason_known CHECK (reason IN ('OUT_OF_SCOPE', 'SECURITY_HIT')),
    justification  varchar(1000) NOT NULL CONSTRAINT protection_exception_justified CHECK (length(btrim(justification)) > 0),
    proposed_by    varchar(100)  NOT NULL,
    proposed_at    timestamptz   NOT NULL,
    status         varchar(10)   NOT NULL CONSTRAINT protection_exception_status_known CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED')),
    decided_by     varchar(100),
    decided_at     timestamptz,
    decision_note  varchar(300),
    version        bigint        NOT NULL DEFAULT 0,
    CONSTRAINT protection_exception_four_eyes CHECK (decided_by IS NULL OR decided_by <> proposed_by),
    CONSTRAINT protection_exception_decided CHECK ((status = 'OPEN') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX protection_exception_one_open ON protection_exception (person_id) WHERE status = 'OPEN';

-- the history is append-only, like the audit trail
CREATE FUNCTION protection_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'protection history is append-only';
END $$;
CREATE TRIGGER protection_event_no_change BEFORE UPDATE OR DELETE ON protection_event
    FOR EACH ROW EXECUTE FUNCTION protection_event_append_only();
