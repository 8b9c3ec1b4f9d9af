package org.refuge.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two realm files of {@code wildfly-config/src/main/keycloak}, read as files (no server): the production realm that
 * operators import holds no account and no client that takes passwords, and has the protections a registry of refugees
 * needs; the demo import that {@code ./refuge} adds on top gives every role a demo user.
 */
class KeycloakRealmTest {

    private static final Set<String> OTP_ROLES = Set.of("police", "medical", "supervisor", "admin");
    private static final Path DIR = Path.of("..", "wildfly-config", "src", "main", "keycloak");

    private static JsonNode production;
    private static JsonNode demo;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        production = json.readTree(Files.readString(DIR.resolve("refuge-realm.json")));
        Path demoFile = DIR.resolve("refuge-realm-demo.json");
        demo = Files.exists(demoFile) ? json.readTree(Files.readString(demoFile)) : json.createObjectNode();
    }

    @Test
    void production_holdsNoUsers() {
        assertEquals(0, production.path("users").size(), "accounts in the production realm");
        assertEquals(0, production.path("federatedUsers").size());
    }

    /**
     * No client takes the password grant, every enabled client is confidential; Keycloak's own {@code admin-cli}, which
     * every realm gets with the password grant on, is named in the file and disabled.
     */
    @Test
    void production_noClientAcceptsPasswordsOrIsPublic() {
        assertFalse(production.path("clients").isEmpty());
        for (JsonNode client : production.path("clients")) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(false), id + " takes the password grant");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(false), id + " has the implicit flow");
            if (client.path("enabled").asBoolean(true)) {
                assertFalse(client.path("publicClient").asBoolean(true), id + " is public (or does not say)");
            }
        }
        JsonNode adminCli = client(production, "admin-cli");
        assertNotNull(adminCli, "admin-cli (otherwise Keycloak makes it with the password grant)");
        assertFalse(adminCli.path("enabled").asBoolean(true), "admin-cli disabled");
        assertTrue(adminCli.has("directAccessGrantsEnabled"), "admin-cli says directAccessGrantsEnabled");
    }

    @Test
    void production_hasPasswordPolicyBruteForceProtectionAndEvents() {
        String policy = production.path("passwordPolicy").asText("");
        Matcher length = Pattern.compile("(?:^| )length\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find(), "password policy with a minimum length: " + policy);
        assertTrue(Integer.parseInt(length.group(1)) >= 12, policy);
        assertTrue(production.path("bruteForceProtected").asBoolean(false), "bruteForceProtected");
        assertTrue(production.path("failureFactor").asInt(0) > 0);
        assertTrue(production.path("eventsEnabled").asBoolean(false), "login events");
        assertTrue(production.path("adminEventsEnabled").asBoolean(false), "admin events");
        assertTrue(production.path("eventsExpiration").asLong(0) > 0, "login events are kept for a while, not forever");
    }

    @Test
    void production_webClientHasTheSitesAndAudienceMappersTheApplicationVerifies() throws IOException {
        JsonNode oidc = new ObjectMapper().readTree(Files.readString(
                Path.of("..", "web", "src", "main", "webapp", "WEB-INF", "oidc.json")));
        assertTrue(oidc.path("verify-token-audience").asBoolean(false));
        String clientId = oidc.path("client-id").asText().replaceAll("^\\$\\{env\\.[A-Z_]+:(.*)}$", "$1");
        JsonNode web = client(production, clientId);
        assertNotNull(web, "client " + clientId);
        assertTrue(web.path("standardFlowEnabled").asBoolean(false), "authorization code flow");
        assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
        JsonNode audience = mapper(web, "oidc-audience-mapper");
        assertNotNull(audience, "audience mapper");
        assertEquals(clientId, audience.path("config").path("included.client.audience").asText());
        assertEquals("true", audience.path("config").path("access.token.claim").asText());
        JsonNode sites = mapper(web, "oidc-usermodel-attribute-mapper");
        assertNotNull(sites, "sites mapper");
        assertEquals("site", sites.path("config").path("user.attribute").asText());
        assertEquals("sites", sites.path("config").path("claim.name").asText());
        assertEquals("true", sites.path("config").path("multivalued").asText());
        assertEquals("true", sites.path("config").path("access.token.claim").asText());
    }

    /**
     * The browser flow asks for OTP exactly in the conditional subflows whose condition is one of the four roles, and
     * nowhere else (a user of another role signs in with the password; one of these roles without OTP is asked to set
     * it up, which the OTP Form does by itself).
     */
    @Test
    void production_browserFlowRequiresOtpForPoliceMedicalSupervisorAndAdminOnly() {
        String browser = production.path("browserFlow").asText("");
        JsonNode top = flow(production, browser);
        assertNotNull(top, "the realm binds its own browser flow, not Keycloak's default: '" + browser + "'");
        Set<String> roles = new TreeSet<>();
        List<JsonNode> otpOutsideRoleSubflows = new ArrayList<>();
        walk(top, false, roles, otpOutsideRoleSubflows);
        assertEquals(new TreeSet<>(OTP_ROLES), roles, "roles that must give an OTP");
        assertTrue(otpOutsideRoleSubflows.isEmpty(), "OTP outside a role-conditional subflow: " + otpOutsideRoleSubflows);
        Set<String> realmRoles = realmRoles(production);
        assertTrue(realmRoles.containsAll(OTP_ROLES), "the conditions name roles of the realm");
    }

    /** Keycloak's admin API refuses ':' in an authenticator config alias, so a flow with one could never be re-created. */
    @Test
    void production_flowReferencesResolveAndConfigAliasesAreAcceptedByTheAdminApi() {
        Set<String> configs = new HashSet<>();
        for (JsonNode config : production.path("authenticatorConfig")) {
            String alias = config.path("alias").asText();
            assertTrue(alias.matches("[A-Za-z0-9 ._-]+"), "config alias " + alias);
            assertTrue(configs.add(alias), "config alias twice: " + alias);
        }
        Set<String> flows = new HashSet<>();
        for (JsonNode flow : production.path("authenticationFlows")) {
            assertTrue(flows.add(flow.path("alias").asText()), "flow alias twice: " + flow.path("alias"));
        }
        for (JsonNode flow : production.path("authenticationFlows")) {
            for (JsonNode execution : flow.path("authenticationExecutions")) {
                if (execution.path("authenticatorFlow").asBoolean()) {
                    assertTrue(flows.contains(execution.path("flowAlias").asText()), "subflow " + execution);
                }
                if (execution.has("authenticatorConfig")) {
                    assertTrue(configs.contains(execution.path("authenticatorConfig").asText()), "config " + execution);
                }
            }
        }
    }

    @Test
    void demo_everyRoleHasADemoUserWithProfileAndPassword() {
        Set<String> covered = new HashSet<>();
        for (JsonNode user : demo.path("users")) {
            String name = user.path("username").asText();
            user.path("realmRoles").forEach(r -> covered.add(r.asText()));
            assertTrue(user.path("enabled").asBoolean(false), name);
            assertTrue(user.path("emailVerified").asBoolean(false), name);
            for (String field : List.of("email", "firstName", "lastName")) {
                assertFalse(user.path(field).asText("").isBlank(), name + " " + field);
            }
            assertTrue(user.path("credentials").findValuesAsText("type").contains("password"), name + " has a password");
        }
        assertEquals(realmRoles(production), covered, "roles with a demo user");
        JsonNode caseworkerPolice = user(demo, "caseworker-police");
        assertNotNull(caseworkerPolice, "caseworker-police");
        assertEquals(Set.of("caseworker", "police"), texts(caseworkerPolice.path("realmRoles")));
        assertEquals(Set.of("BCP-MARGARA"), texts(caseworkerPolice.path("attributes").path("site")));
    }

    /** The tests, the demo loader and the benchmark get tokens with the password grant of refuge-api: only here. */
    @Test
    void demo_holdsThePasswordGrantClientWithTheMappersOfTheWebClient() {
        JsonNode api = client(demo, "refuge-api");
        assertNotNull(api, "refuge-api in the demo import");
        assertTrue(api.path("directAccessGrantsEnabled").asBoolean(false));
        assertNotNull(client(production, "refuge-web"));
        assertEquals(mapper(client(production, "refuge-web"), "oidc-audience-mapper").path("config"),
                mapper(api, "oidc-audience-mapper").path("config"));
        assertEquals(mapper(client(production, "refuge-web"), "oidc-usermodel-attribute-mapper").path("config"),
                mapper(api, "oidc-usermodel-attribute-mapper").path("config"));
        assertEquals(0, demo.path("roles").size(), "roles belong to the production realm");
    }

    /** The demo users have no OTP, and the browser tests sign in as each role: the demo binds Keycloak's plain flow. */
    @Test
    void demo_bindsThePlainBrowserFlow() {
        assertEquals("browser", demo.path("browserFlow").asText());
        Set<String> demoSettings = new TreeSet<>();
        demo.fieldNames().forEachRemaining(demoSettings::add);
        assertEquals(new TreeSet<>(Set.of("realm", "browserFlow", "clients", "users")), demoSettings,
                "the demo changes nothing else of the realm");
    }

    /**
     * Every border crossing point of the demo sites has a registrar, a medical officer and a police officer, and every
     * camp a camp manager and a social worker, so a family can be walked to its card at any BCP and into any camp.
     */
    @Test
    void demo_everyBcpHasItsDesksAndEveryCampItsStaff() throws IOException {
        String sites = Files.readString(Path.of("..", "db-migrations", "src", "main", "resources", "db", "demo", "R__demo_sites.sql"));
        Matcher site = Pattern.compile("\\('([A-Z0-9-]+)',\\s*'(BCP|CAMP)'").matcher(sites);
        int found = 0;
        while (site.find()) {
            found++;
            List<String> roles = "BCP".equals(site.group(2)) ? List.of("registrar", "medical", "police") : List.of("camp-manager", "social-worker");
            for (String role : roles) {
                assertTrue(usersOf(role).stream().anyMatch(u -> texts(u.path("attributes").path("site")).contains(site.group(1))),
                        "a demo " + role + " at " + site.group(1));
            }
        }
        assertTrue(found >= 5, "demo sites read: " + found);
    }

    /**
     * The realm speaks English, Armenian and Russian, on the Refuge themes of the sign-in, account and e-mail pages,
     * which the repository holds with Armenian texts (Keycloak has none) for the languages the realm offers.
     */
    @Test
    void production_speaksEnglishArmenianAndRussian_onTheRefugeThemes() throws IOException {
        assertTrue(production.path("internationalizationEnabled").asBoolean(false));
        assertEquals(Set.of("en", "hy", "ru"), texts(production.path("supportedLocales")));
        assertEquals("en", production.path("defaultLocale").asText());
        for (String type : List.of("login", "account", "email")) {
            assertEquals("refuge", production.path(type + "Theme").asText(), type + " theme");
            Path theme = DIR.resolve("themes").resolve("refuge").resolve(type);
            java.util.Properties properties = properties(theme.resolve("theme.properties"));
            assertTrue(properties.getProperty("parent", "").startsWith("keycloak"), type + " extends Keycloak's own theme");
            assertEquals(Set.of("en", "hy", "ru"), Set.of(properties.getProperty("locales", "").split("\\s*,\\s*")), type + " locales");
            java.util.Properties armenian = properties(theme.resolve("messages").resolve("messages_hy.properties"));
            assertFalse(armenian.isEmpty(), type + " has Armenian texts");
            for (String key : armenian.stringPropertyNames()) {
                String words = armenian.getProperty(key).replaceAll("\\{\\{?[^}]*}}?|<[^>]*>", "");
                assertTrue(words.chars().noneMatch(Character::isLetter) || words.matches("(?s).*[\\u0531-\\u0587].*"),
                        type + " " + key + " is Armenian: " + armenian.getProperty(key));
            }
        }
        java.util.Properties signIn = properties(DIR.resolve("themes/refuge/login/messages/messages_hy.properties"));
        for (String key : List.of("loginAccountTitle", "loginTitle", "usernameOrEmail", "username", "password", "doLogIn", "showPassword",
                "hidePassword", "languages", "invalidUserMessage", "loginTotpTitle", "loginOtpOneTime", "updatePasswordTitle", "passwordNew",
                "passwordConfirm", "doSubmit", "doLogout", "errorTitle", "backToApplication", "expiredCodeMessage")) {
            assertTrue(signIn.containsKey(key), "the Armenian sign-in pages say " + key);
        }
    }

    private static java.util.Properties properties(Path file) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<JsonNode> usersOf(String role) {
        List<JsonNode> users = new ArrayList<>();
        for (JsonNode user : demo.path("users")) {
            if (texts(user.path("realmRoles")).contains(role)) {
                users.add(user);
            }
        }
        return users;
    }

    private static void walk(JsonNode flow, boolean inRoleSubflow, Set<String> roles, List<JsonNode> stray) {
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            String requirement = execution.path("requirement").asText();
            if (execution.path("authenticatorFlow").asBoolean()) {
                JsonNode sub = flow(production, execution.path("flowAlias").asText());
                assertNotNull(sub, execution.toString());
                String role = "CONDITIONAL".equals(requirement) ? otpRole(sub) : null;
                if (role != null) {
                    roles.add(role);
                }
                walk(sub, inRoleSubflow || role != null, roles, stray);
            } else if ("auth-otp-form".equals(execution.path("authenticator").asText())
                    && !"DISABLED".equals(requirement) && !inRoleSubflow) {
                stray.add(execution);
            }
        }
    }

    /** The role of a subflow that requires the OTP form under "Condition - User Role" of one role, or null. */
    private static String otpRole(JsonNode subflow) {
        String role = null;
        boolean otp = false;
        for (JsonNode execution : subflow.path("authenticationExecutions")) {
            String authenticator = execution.path("authenticator").asText();
            boolean required = "REQUIRED".equals(execution.path("requirement").asText());
            if ("conditional-user-role".equals(authenticator) && required) {
                JsonNode config = config(execution.path("authenticatorConfig").asText());
                assertNotNull(config, "config of " + execution);
                if (!config.path("negate").asBoolean(false)) {
                    assertEquals(null, role, "one role per OTP subflow: " + subflow.path("alias"));
                    role = config.path("condUserRole").asText();
                }
            }
            otp |= "auth-otp-form".equals(authenticator) && required;
        }
        return otp ? role : null;
    }

    private static JsonNode config(String alias) {
        for (JsonNode config : production.path("authenticatorConfig")) {
            if (alias.equals(config.path("alias").asText())) {
                return config.path("config");
            }
        }
        return null;
    }

    private static JsonNode flow(JsonNode realm, String alias) {
        for (JsonNode flow : realm.path("authenticationFlows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow;
            }
        }
        return null;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        return null;
    }

    private static JsonNode user(JsonNode realm, String username) {
        for (JsonNode user : realm.path("users")) {
            if (username.equals(user.path("username").asText())) {
                return user;
            }
        }
        return null;
    }

    private static JsonNode mapper(JsonNode client, String type) {
        JsonNode found = null;
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (type.equals(mapper.path("protocolMapper").asText())) {
                assertEquals(null, found, "one " + type + " on " + client.path("clientId"));
                found = mapper;
            }
        }
        return found;
    }

    private static Set<String> realmRoles(JsonNode realm) {
        Set<String> names = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> names.add(r.path("name").asText()));
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
