-- Runs after every migration (a Flyway callback), as the schema's owner: the application's runtime role
-- (${runtime_role}, REFUGE_DB_USER) may read and write rows and nothing else. It owns no table, so it can neither
-- change the schema, nor TRUNCATE, nor switch triggers off; on the audit trail and the history it may only INSERT
-- and SELECT. Tables created later by the owner (migrations, Flowable's own) get the same rights by default.
-- With a single role (no REFUGE_DB_OWNER), the runtime role is the owner and nothing is done here.
DO $$
DECLARE
    runtime text := '${runtime_role}';
    t record;
BEGIN
    IF runtime = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', runtime);
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
             AND (tablename IN ('audit_event', 'registry_revision', 'protection_event') OR tablename LIKE '%\_aud') LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON %I FROM %I', t.tablename, runtime);
    END LOOP;
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON refuge_schema_history FROM %I', runtime);
END
$$;
