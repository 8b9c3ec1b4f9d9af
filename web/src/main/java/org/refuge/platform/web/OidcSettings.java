package org.refuge.platform.web;

/** The OIDC provider settings that {@code WEB-INF/oidc.json} reads too, with the same defaults. */
final class OidcSettings {

    private OidcSettings() {
    }

    static String providerUrl() {
        return env("REFUGE_OIDC_PROVIDER_URL", "http://localhost:8180/realms/refuge");
    }

    static String clientId() {
        return env("REFUGE_OIDC_CLIENT_ID", "refuge-web");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
