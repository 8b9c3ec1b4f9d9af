package org.refuge.perf;

import java.util.Map;

/**
 * Where the running system is, from the same environment variables as the launcher and the server:
 * {@code REFUGE_URL} (default http://localhost:8080), {@code REFUGE_KEYCLOAK_URL} (http://localhost:8180) and
 * {@code REFUGE_DB_HOST/PORT/NAME/USER/PASSWORD} (localhost, 5432, refuge, refuge, refuge). The bulk load and the
 * benchmark's raw-insert tables are maintenance work: they connect as the schema's owner ({@code REFUGE_DB_OWNER},
 * {@code REFUGE_DB_OWNER_PASSWORD}) where one is configured, since the server's own role may not create tables.
 */
record Settings(String appUrl, String keycloakUrl, String dbHost, int dbPort, String dbName, String dbUser, String dbPassword) {

    static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        return new Settings(
                trimSlash(env.getOrDefault("REFUGE_URL", "http://localhost:8080")),
                trimSlash(env.getOrDefault("REFUGE_KEYCLOAK_URL", "http://localhost:8180")),
                env.getOrDefault("REFUGE_DB_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("REFUGE_DB_PORT", "5432")),
                env.getOrDefault("REFUGE_DB_NAME", "refuge"),
                owner(env) ? env.get("REFUGE_DB_OWNER") : env.getOrDefault("REFUGE_DB_USER", "refuge"),
                owner(env) ? env.getOrDefault("REFUGE_DB_OWNER_PASSWORD", "") : env.getOrDefault("REFUGE_DB_PASSWORD", "refuge"));
    }

    private static boolean owner(Map<String, String> env) {
        String owner = env.get("REFUGE_DB_OWNER");
        return owner != null && !owner.isBlank();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName;
    }

    String api(String path) {
        return appUrl + "/api/v1" + path;
    }

    String tokenEndpoint() {
        return keycloakUrl + "/realms/refuge/protocol/openid-connect/token";
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
