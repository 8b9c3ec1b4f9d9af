-- The audit trail: who read, changed, exported or printed which record, when, from where and why.
-- Append-only: the database itself refuses updates and deletes.
CREATE TABLE audit_event (
    id              bigserial    PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL DEFAULT now(),
    actor           varchar(100) NOT NULL,
    action          varchar(20)  NOT NULL CONSTRAINT audit_action_known
                        CHECK (action IN ('LOGIN', 'READ', 'SEARCH', 'CREATE', 'UPDATE', 'VOID', 'EXPORT', 'PRINT', 'DECIDE')),
    record_type     varchar(60)  NOT NULL,
    record_id       varchar(100),
    purpose         varchar(300),
    client_address  varchar(64)
);
CREATE INDEX audit_event_time ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_actor_time ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_record ON audit_event (record_type, record_id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
