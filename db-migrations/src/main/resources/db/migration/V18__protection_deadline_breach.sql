-- Breaches of the three-day deadline (registration to handover of the identity documents), recorded by the
-- identityDocuments process when its 72-hour timer fires while documents are still missing. One row per household:
-- the record stays when the documents are handed over late (handed_over_at), so supervisors can count breaches.
CREATE TABLE document_deadline_breach (
    household_id    uuid         PRIMARY KEY REFERENCES household (id),
    registry_number varchar(64)  NOT NULL,
    site_code       varchar(40)  NOT NULL,
    deadline        timestamptz  NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    persons_waiting integer      NOT NULL CONSTRAINT document_deadline_breach_waiting CHECK (persons_waiting >= 0),
    handed_over_at  timestamptz
);
CREATE INDEX document_deadline_breach_recorded ON document_deadline_breach (recorded_at);

-- A renewal decision may replace the protection documents by convention travel documents (TRAVEL_DOC).
ALTER TABLE protection_event DROP CONSTRAINT protection_event_action_known;
ALTER TABLE protection_event ADD CONSTRAINT protection_event_action_known CHECK (action IN
    ('GRANTED', 'EXTENDED', 'TERMINATED', 'CEASED', 'PROPOSED', 'APPROVED', 'REJECTED', 'TRAVEL_DOC'));
