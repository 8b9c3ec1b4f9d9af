package org.refuge.platform.persistence;

import java.util.Optional;

/**
 * The database role that owns the schema, when it is not the role the application runs as: Flyway migrates and
 * Flowable creates or upgrades its tables as the owner, while the server's datasource works as a role that may only
 * read and write rows (no DDL, no TRUNCATE, no trigger control; only INSERT and SELECT on the audit trail and the
 * history). Configured by {@code REFUGE_DB_OWNER} and {@code REFUGE_DB_OWNER_PASSWORD} (or the system properties
 * {@code refuge.db.owner}, {@code refuge.db.owner.password}) on the server of {@code REFUGE_DB_HOST/PORT/NAME}; when
 * unset, the runtime role owns the schema itself, as in a single-role set-up.
 */
public record SchemaOwner(String jdbcUrl, String user, String password) {

    public static Optional<SchemaOwner> configured() {
        String user = setting("refuge.db.owner", "REFUGE_DB_OWNER", "");
        if (user.isBlank() || user.equals(runtimeRole())) {
            return Optional.empty();
        }
        String url = "jdbc:postgresql://" + setting("refuge.db.host", "REFUGE_DB_HOST", "localhost") + ":"
                + setting("refuge.db.port", "REFUGE_DB_PORT", "5432") + "/" + setting("refuge.db.name", "REFUGE_DB_NAME", "refuge");
        return Optional.of(new SchemaOwner(url, user, setting("refuge.db.owner.password", "REFUGE_DB_OWNER_PASSWORD", "")));
    }

    /** The role of the server's datasource (the same expression as the server configuration's). */
    public static String runtimeRole() {
        return setting("refuge.db.user", "REFUGE_DB_USER", "refuge");
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        return "SchemaOwner[" + user + " at " + jdbcUrl + "]"; // never the password
    }
}
