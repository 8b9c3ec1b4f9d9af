package org.refuge.platform.audit;

/** What was done to a record. Mirrors the check constraint of {@code audit_event.action}. */
public enum AuditAction {
    LOGIN, READ, SEARCH, CREATE, UPDATE, VOID, EXPORT, PRINT, DECIDE
}
