-- A document whose holder's protection ended (terminated or ceased) is revoked with it. One-time upgrade steps that
-- run at start-up (e.g. resuming households screened under the first arrival process) record that they ran.

ALTER TABLE identity_document DROP CONSTRAINT identity_document_status_known;
ALTER TABLE identity_document ADD CONSTRAINT identity_document_status_known CHECK (status IN
    ('PRODUCED', 'HANDED_OVER', 'REPLACED', 'LOST', 'STOLEN', 'REVOKED'));

CREATE TABLE upgrade_step (
    name     varchar(100) PRIMARY KEY,
    done_at  timestamptz  NOT NULL
);
