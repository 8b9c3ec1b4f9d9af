package org.refuge.load;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the load test is run with, each from a system property ({@code -Drefuge.users=1000}) or else an environment
 * variable ({@code REFUGE_LOAD_USERS}), or else its default. The addresses follow the launcher and the benchmark:
 * {@code REFUGE_URL} (http://localhost:8080) and {@code REFUGE_KEYCLOAK_URL} (http://localhost:8180), realm
 * {@code refuge}; {@code -Drefuge.url} and {@code -Drefuge.keycloakUrl} win over them.
 *
 * @param users        virtual users working at once at their desks (REST) and in their browsers (JSF pages)
 * @param minutes      how long they work, after the ramp
 * @param rampSeconds  over how long they arrive (sign-ins and first tokens are spread over it)
 * @param signIns      sign-ins of the storm (browser form flow), injected at an even rate
 * @param stormSeconds over how long the storm's sign-ins are injected
 * @param stormAfter   seconds after the start when the storm begins (during the work, as at a change of shift)
 * @param think        factor on every think time (1 = a person's pace; 0.3 makes a smoke run reach every path)
 * @param mix          other weights of the desks than {@link Mix#SHARES} ({@code registrar=9,documents=3,...}), or empty
 */
record LoadSettings(String appUrl, String keycloakUrl, String realm, String password, int users, int minutes, int rampSeconds,
                    int signIns, int stormSeconds, int stormAfter, double think, String mix) {

    static LoadSettings fromSystem() {
        return from(key -> {
            String property = System.getProperty(key);
            if (property != null && !property.isBlank()) {
                return property.strip();
            }
            return System.getenv(environmentName(key));
        });
    }

    /** Reads each setting through {@code lookup} (a property name in, its value or null out). */
    static LoadSettings from(UnaryOperator<String> lookup) {
        String app = firstOf(lookup.apply("refuge.url"), System.getenv("REFUGE_URL"), "http://localhost:8080");
        String keycloak = firstOf(lookup.apply("refuge.keycloakUrl"), System.getenv("REFUGE_KEYCLOAK_URL"), "http://localhost:8180");
        int users = integer(lookup, "refuge.users", 1000);
        return new LoadSettings(trimSlash(app), trimSlash(keycloak),
                firstOf(lookup.apply("refuge.realm"), null, "refuge"),
                firstOf(lookup.apply("refuge.password"), null, "demo"),
                users, integer(lookup, "refuge.minutes", 10),
                integer(lookup, "refuge.rampSeconds", Math.max(10, Math.min(180, users / 5))),
                integer(lookup, "refuge.signIns", 200), integer(lookup, "refuge.stormSeconds", 60),
                integer(lookup, "refuge.stormAfter", 60),
                Double.parseDouble(firstOf(lookup.apply("refuge.think"), null, "1")),
                firstOf(lookup.apply("refuge.mix"), null, ""));
    }

    /** {@code refuge.users} → {@code REFUGE_LOAD_USERS}; {@code refuge.stormAfter} → {@code REFUGE_LOAD_STORM_AFTER}. */
    static String environmentName(String key) {
        String name = key.substring("refuge.".length()).replaceAll("([a-z])([A-Z])", "$1_$2");
        return "REFUGE_LOAD_" + name.toUpperCase(Locale.ROOT);
    }

    String tokenEndpoint() {
        return keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    String api(String path) {
        return appUrl + "/api/v1" + path;
    }

    /** The settings that differ from the defaults, as the {@code -D} arguments that give them: for the report's command. */
    Map<String, String> arguments() {
        LoadSettings defaults = from(key -> null);
        Map<String, String> changed = new LinkedHashMap<>();
        if (users != defaults.users) changed.put("refuge.users", Integer.toString(users));
        if (minutes != defaults.minutes) changed.put("refuge.minutes", Integer.toString(minutes));
        if (rampSeconds != Math.max(10, Math.min(180, users / 5))) changed.put("refuge.rampSeconds", Integer.toString(rampSeconds));
        if (signIns != defaults.signIns) changed.put("refuge.signIns", Integer.toString(signIns));
        if (stormSeconds != defaults.stormSeconds) changed.put("refuge.stormSeconds", Integer.toString(stormSeconds));
        if (stormAfter != defaults.stormAfter) changed.put("refuge.stormAfter", Integer.toString(stormAfter));
        if (think != defaults.think) changed.put("refuge.think", String.format(Locale.ROOT, "%s", think));
        if (!mix.isEmpty()) changed.put("refuge.mix", mix);
        return changed;
    }

    private static int integer(UnaryOperator<String> lookup, String key, int fallback) {
        String value = lookup.apply(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    private static String firstOf(String first, String second, String fallback) {
        if (first != null && !first.isBlank()) return first;
        if (second != null && !second.isBlank()) return second;
        return fallback;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
