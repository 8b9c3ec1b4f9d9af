-- The auditor finds every event of one record (a registry number, a person, a document) by its id alone.
CREATE INDEX audit_event_record_id ON audit_event (record_id, occurred_at DESC);
