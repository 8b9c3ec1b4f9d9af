package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every cell of {@code role-matrix.csv} against the running system, with the demo users' real Keycloak tokens: a
 * "deny" is answered 403; an "allow" anything but 401/403 (a 400/404/409 for a made-up body or id is fine: what is
 * checked is the authorization decision); an "own" is allowed on a record of the user's site and refused (403/404)
 * on a record of another site, also to the role's user of another BCP (registrar2, police2) on the first site's
 * record; an "all" is allowed on records of two sites. Without a token, every endpoint answers 401.
 * <p>
 * Calls that are expected to be allowed carry a harmless body (refused as invalid after the authorization, so they
 * change nothing); calls expected to be refused for the site carry a valid body, so that the refusal is the site
 * decision and not the validation.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    /** How to call one endpoint: the path under /api/v1/ with placeholders, the harmless body and the valid one. */
    record Probe(String path, String contentType, String body, String validBody) {
    }

    private static final String MEMBER = "{\"relationship\":\"SIBLING\",\"givenName\":\"Matrix\",\"familyName\":\"Probe\",\"sex\":\"F\","
            + "\"birthDate\":\"1990-01-01\",\"birthPrecision\":\"EXACT\"}";
    private static final String JPEG = "image/jpeg";
    private static final String NOT_AN_IMAGE = "not an image";
    /** Stands for a real portrait (Portraits.jpeg()): a photo is decoded before the site is checked, so a refusal by
     *  site needs a photo that decodes. */
    private static final String A_PORTRAIT = "@portrait";

    private static final Map<String, Probe> PROBES = new LinkedHashMap<>();

    private static void probe(String endpoint, String path) {
        probe(endpoint, path, "", null);
    }

    private static void probe(String endpoint, String path, String body) {
        probe(endpoint, path, body, null);
    }

    private static void probe(String endpoint, String path, String body, String validBody) {
        PROBES.put(endpoint, new Probe(path, "application/json", body, validBody == null ? body : validBody));
    }

    static {
        // of the site the cell checks: {H} household, {P} person, {C} camp, {S} site, {MT}/{ST} medical/security task,
        // {W} household waiting for accommodation, {DOC} identity document, {STAY} camp stay, {MAN} manifest, {STR} tent,
        // {PT} end-of-day photo-print task (none is created: they come from the evening timer);
        // {RND} distribution round, {COL} collection at a camp;
        // {U} a random id, {R} a well-formed registry number of no household, {D} today
        probe("POST /api/v1/households", "households", "{}");
        probe("GET /api/v1/households", "households?name=Matrix");
        probe("GET /api/v1/households/{registryNumber}", "households/{H}");
        probe("GET /api/v1/households/{registryNumber}/members", "households/{H}/members");
        probe("POST /api/v1/households/{registryNumber}/members", "households/{H}/members", "{}", MEMBER);
        probe("POST /api/v1/households/{registryNumber}/duplicate-check", "households/{H}/duplicate-check",
                "{\"givenName\":\"Matrix\",\"familyName\":\"Probe\"}");
        probe("GET /api/v1/households/{registryNumber}/history", "households/{H}/history");
        probe("POST /api/v1/households/{registryNumber}/void", "households/{H}/void", "{\"reason\":\"\"}", "{\"reason\":\"role matrix probe\"}");
        PROBES.put("PUT /api/v1/households/{registryNumber}/head-photo", new Probe("households/{H}/head-photo", JPEG, NOT_AN_IMAGE, A_PORTRAIT));
        probe("GET /api/v1/persons", "persons?name=Matrix");
        probe("GET /api/v1/persons/{id}", "persons/{P}");
        probe("PUT /api/v1/persons/{id}", "persons/{P}", "{}", MEMBER);
        PROBES.put("PUT /api/v1/persons/{id}/photo", new Probe("persons/{P}/photo", JPEG, NOT_AN_IMAGE, A_PORTRAIT));
        probe("GET /api/v1/persons/{id}/photo", "persons/{P}/photo");
        probe("GET /api/v1/duplicates", "duplicates");
        probe("POST /api/v1/duplicates/{id}/decision", "duplicates/{U}/decision", "{}");
        probe("GET /api/v1/reference-data/{list}", "reference-data/countries");
        probe("PUT /api/v1/reference-data/{list}/{code}", "reference-data/countries/ZZZ", "{}");
        probe("GET /api/v1/me", "me");
        probe("GET /api/v1/sites", "sites");
        probe("POST /api/v1/sites", "sites", "{}");
        probe("GET /api/v1/tasks", "tasks?reference={R}");
        probe("GET /api/v1/tasks/claimed", "tasks/claimed?reference={R}");
        probe("GET /api/v1/tasks/queues", "tasks/queues?group=medical&site=BCP-MARGARA");
        probe("GET /api/v1/tasks/{id}/eligible-assignees", "tasks/{U}/eligible-assignees");
        probe("POST /api/v1/tasks/{id}/assignee", "tasks/{U}/assignee", "{}", "{\"user\":\"supervisor\"}");
        probe("DELETE /api/v1/tasks/{id}/assignee", "tasks/{U}/assignee");
        probe("GET /api/v1/tasks/redirects", "tasks/redirects");
        probe("POST /api/v1/tasks/redirects", "tasks/redirects", "{}");
        probe("POST /api/v1/tasks/redirects/{id}/lift", "tasks/redirects/{U}/lift");
        probe("GET /api/v1/audit-events", "audit-events");
        probe("GET /api/v1/screening/households/{registryNumber}", "screening/households/{H}");
        probe("GET /api/v1/screening/households/{registryNumber}/medical", "screening/households/{H}/medical");
        probe("POST /api/v1/screening/tasks/{taskId}/medical-screening", "screening/tasks/{MT}/medical-screening", "{}",
                "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");
        probe("POST /api/v1/screening/tasks/{taskId}/security-check", "screening/tasks/{ST}/security-check", "{}",
                "{\"nssReference\":\"NSS/MATRIX\",\"nssAnswer\":\"CLEAR\",\"policeReference\":\"POL/MATRIX\",\"policeAnswer\":\"CLEAR\"}");
        probe("GET /api/v1/decrees", "decrees");
        probe("POST /api/v1/decrees", "decrees", "{}");
        probe("GET /api/v1/protection/households/{number}", "protection/households/{H}");
        probe("POST /api/v1/protection/households/{number}/grant", "protection/households/{H}/grant", "{}", "{\"decreeId\":\"{U}\",\"persons\":[]}");
        probe("POST /api/v1/protection/households/bulk", "protection/households/bulk", "{}");
        probe("POST /api/v1/protection/households/{number}/renewal", "protection/households/{H}/renewal", "{}",
                "{\"decision\":\"RENEW\"}");
        probe("POST /api/v1/protection/exceptions", "protection/exceptions", "{}",
                "{\"personId\":\"{P}\",\"decreeId\":\"{U}\",\"justification\":\"role matrix probe\"}");
        probe("GET /api/v1/protection/exceptions", "protection/exceptions");
        probe("POST /api/v1/protection/exceptions/{id}/decision", "protection/exceptions/{U}/decision", "{}");
        probe("POST /api/v1/protection/persons/{id}/extension", "protection/persons/{P}/extension");
        probe("POST /api/v1/protection/persons/{id}/end", "protection/persons/{P}/end", "{}", "{\"terminated\":false}");
        probe("GET /api/v1/protection/persons/{id}/history", "protection/persons/{P}/history");
        probe("GET /api/v1/protection/renewals", "protection/renewals");
        probe("GET /api/v1/protection/worklist", "protection/worklist?bcp=BCP-MARGARA&personsFrom=1");
        probe("POST /api/v1/documents/households/{number}", "documents/households/{H}");
        probe("GET /api/v1/documents/households/{number}", "documents/households/{H}");
        probe("GET /api/v1/documents/households/{number}/clock", "documents/households/{H}/clock");
        probe("POST /api/v1/documents/{id}/prints", "documents/{DOC}/prints", "{\"reason\":\"" + "x".repeat(301) + "\"}", "{}");
        probe("GET /api/v1/documents/{id}/portrait", "documents/{DOC}/portrait");
        probe("POST /api/v1/documents/{id}/handover", "documents/{DOC}/handover", "{}", "{\"handedTo\":\"Matrix Probe\"}");
        probe("POST /api/v1/documents/{id}/missing", "documents/{DOC}/missing", "{}", "{\"stolen\":false,\"circumstances\":\"role matrix probe\"}");
        probe("GET /api/v1/documents/queue", "documents/queue");
        probe("GET /api/v1/documents/deadlines", "documents/deadlines");
        probe("GET /api/v1/documents/deadlines/overdue", "documents/deadlines/overdue");
        probe("GET /api/v1/documents/deadlines/at-risk", "documents/deadlines/at-risk");
        probe("GET /api/v1/documents/deadlines/breaches", "documents/deadlines/breaches");
        probe("POST /api/v1/documents/photo-print-tasks/{task}/printed", "documents/photo-print-tasks/{PT}/printed");
        probe("POST /api/v1/documents/deadline-tasks/{task}/seen", "documents/deadline-tasks/{U}/seen");
        probe("GET /api/v1/documents/photo-sheets/{site}/{day}", "documents/photo-sheets/{S}/{D}");
        probe("POST /api/v1/documents/verification", "documents/verification", "{\"qr\":\"not a code\"}");
        probe("GET /api/v1/documents/public-key", "documents/public-key");
        probe("POST /api/v1/documents/bulk", "documents/bulk", "{\"registryNumbers\":[]}");
        probe("POST /api/v1/documents/prints/bulk", "documents/prints/bulk", "{\"documentIds\":[\"{DOC}\"],\"layout\":\"legal\"}",
                "{\"documentIds\":[\"{DOC}\"],\"layout\":\"card\"}");
        probe("POST /api/v1/documents/scans", "documents/scans", "{\"qr\":\"not a code\"}");
        probe("POST /api/v1/assistance/slips/{registryNumber}/prints", "assistance/slips/{H}/prints");
        probe("POST /api/v1/assistance/slips/{registryNumber}/reprints", "assistance/slips/{H}/reprints", "{}",
                "{\"reason\":\"role matrix probe\"}");
        probe("POST /api/v1/assistance/slips/verification", "assistance/slips/verification", "{\"qr\":\"not a code\"}");
        probe("GET /api/v1/assistance/items", "assistance/items");
        probe("POST /api/v1/assistance/items", "assistance/items", "{}");
        probe("PUT /api/v1/assistance/items/{code}", "assistance/items/ZZZ-MATRIX", "{}");
        probe("GET /api/v1/assistance/partners", "assistance/partners");
        probe("POST /api/v1/assistance/partners", "assistance/partners", "{}");
        probe("PUT /api/v1/assistance/partners/{code}", "assistance/partners/ZZZ-MATRIX", "{}");
        probe("GET /api/v1/assistance/stock/{site}", "assistance/stock/{C}");
        probe("GET /api/v1/assistance/stock/{site}/entries", "assistance/stock/{C}/entries");
        probe("POST /api/v1/assistance/stock/{site}/receipts", "assistance/stock/{C}/receipts", "{}",
                "{\"itemCode\":\"FOOD-PARCEL\",\"partnerCode\":\"STATE-RESERVE\",\"quantity\":1,\"receivedOn\":\"{D}\"}");
        probe("POST /api/v1/assistance/stock/{site}/receipts/{id}/correction", "assistance/stock/{C}/receipts/{U}/correction", "{}",
                "{\"reason\":\"role matrix probe\"}");
        probe("GET /api/v1/assistance/entitlements", "assistance/entitlements?on={D}");
        probe("GET /api/v1/assistance/entitlements/{id}", "assistance/entitlements/{U}");
        probe("POST /api/v1/assistance/entitlements", "assistance/entitlements", "{}");
        probe("PUT /api/v1/assistance/entitlements/{id}", "assistance/entitlements/{U}", "{}");
        probe("GET /api/v1/assistance/follow-up-cases", "assistance/follow-up-cases");
        probe("GET /api/v1/assistance/follow-up-cases/{id}", "assistance/follow-up-cases/{U}");
        probe("POST /api/v1/assistance/follow-up-cases/{id}/actions", "assistance/follow-up-cases/{U}/actions", "{}");
        probe("POST /api/v1/assistance/follow-up-cases/{id}/actions/{actionId}/completion",
                "assistance/follow-up-cases/{U}/actions/{U}/completion", "{}");
        probe("POST /api/v1/assistance/follow-up-cases/{id}/closure", "assistance/follow-up-cases/{U}/closure", "{}");
        probe("POST /api/v1/assistance/rounds", "assistance/rounds", "{}", "{\"siteCode\":\"{C}\",\"entitlementIds\":[\"{U}\"]}");
        probe("GET /api/v1/assistance/rounds", "assistance/rounds");
        probe("GET /api/v1/assistance/rounds/{id}", "assistance/rounds/{RND}");
        probe("POST /api/v1/assistance/rounds/{id}/close", "assistance/rounds/{RND}/close");
        probe("GET /api/v1/assistance/rounds/{id}/list", "assistance/rounds/{RND}/list");
        probe("POST /api/v1/assistance/collections", "assistance/collections", "{\"roundId\":\"{RND}\"}",
                "{\"roundId\":\"{RND}\",\"registryNumber\":\"{R}\",\"proxyName\":\"Matrix Probe\"}");
        probe("POST /api/v1/assistance/collections/{id}/void", "assistance/collections/{COL}/void", "{}", "{\"reason\":\"role matrix probe\"}");
        probe("GET /api/v1/assistance/collections", "assistance/collections?household={R}");
        probe("POST /api/v1/assistance/desks/{site}/scans", "assistance/desks/{C}/scans", "{}", "{\"qr\":\"not a code\"}");
        probe("POST /api/v1/assistance/payment-lists", "assistance/payment-lists", "{}", "{\"roundId\":\"{U}\",\"agency\":\"Matrix Bank\"}");
        probe("GET /api/v1/assistance/payment-lists/{id}", "assistance/payment-lists/{U}");
        probe("GET /api/v1/assistance/payment-lists/{id}/lines", "assistance/payment-lists/{U}/lines");
        probe("POST /api/v1/assistance/payment-lists/{id}/marks", "assistance/payment-lists/{U}/marks", "[]",
                "[{\"lineId\":\"{U}\",\"status\":\"PAID\"}]");
        probe("GET /api/v1/assistance/children", "assistance/children");
        probe("GET /api/v1/assistance/children/{personId}", "assistance/children/{P}");
        probe("PUT /api/v1/assistance/children/{personId}/caregiver", "assistance/children/{P}/caregiver", "{}",
                "{\"name\":\"Matrix Probe\",\"relation\":\"LEGAL_GUARDIAN\"}");
        probe("POST /api/v1/assistance/children/{personId}/caregiver/end", "assistance/children/{P}/caregiver/end");
        probe("POST /api/v1/assistance/children/{personId}/best-interests", "assistance/children/{P}/best-interests", "{}",
                "{\"outcome\":\"NO_ACTION_NEEDED\"}");
        probe("GET /api/v1/assistance/tracing-requests", "assistance/tracing-requests");
        probe("POST /api/v1/assistance/tracing-requests", "assistance/tracing-requests", "{}");
        probe("GET /api/v1/assistance/tracing-requests/{id}", "assistance/tracing-requests/{U}");
        probe("POST /api/v1/assistance/tracing-requests/{id}/search", "assistance/tracing-requests/{U}/search");
        probe("POST /api/v1/assistance/tracing-requests/{id}/matches/{personId}/confirmation",
                "assistance/tracing-requests/{U}/matches/{P}/confirmation");
        probe("POST /api/v1/assistance/tracing-requests/{id}/matches/{personId}/rejection",
                "assistance/tracing-requests/{U}/matches/{P}/rejection");
        probe("POST /api/v1/assistance/tracing-requests/{id}/closure", "assistance/tracing-requests/{U}/closure");
        probe("GET /api/v1/influx-events", "influx-events");
        probe("POST /api/v1/influx-events", "influx-events", "{}");
        probe("GET /api/v1/influx-events/{id}", "influx-events/{U}");
        probe("GET /api/v1/influx-events/{id}/action-plan", "influx-events/{U}/action-plan");
        probe("POST /api/v1/influx-events/{id}/activation", "influx-events/{U}/activation");
        probe("GET /api/v1/allocations", "allocations?household={R}");
        probe("GET /api/v1/allocations/proposal", "allocations/proposal?household={R}&camp={C}");
        probe("POST /api/v1/allocations", "allocations", "{}", "{\"registryNumber\":\"{R}\",\"campCode\":\"{C}\"}");
        probe("POST /api/v1/allocations/bulk", "allocations/bulk", "{}", "{\"registryNumbers\":[\"{R}\"],\"campCode\":\"{C}\"}");
        probe("POST /api/v1/allocations/{number}/private-address", "allocations/{W}/private-address", "{}",
                "{\"address\":\"1 Matrix Street\"}");
        probe("POST /api/v1/manifests/{id}/departure", "manifests/{MAN}/departure", "{}", "{\"boarded\":[]}");
        probe("POST /api/v1/manifests/{id}/arrival", "manifests/{MAN}/arrival");
        probe("POST /api/v1/stays/{id}/check-in", "stays/{STAY}/check-in");
        probe("POST /api/v1/stays/{id}/no-show", "stays/{STAY}/no-show", "{\"note\":\"" + "x".repeat(301) + "\"}", "{}");
        probe("GET /api/v1/stays", "stays?household={R}");
        probe("GET /api/v1/camps", "camps");
        probe("GET /api/v1/camps/plan", "camps/plan?arrivals=100");
        probe("GET /api/v1/camps/{code}", "camps/{C}");
        probe("PUT /api/v1/camps/{code}", "camps/{C}", "{}", "{\"areaM2\":20000}");
        probe("POST /api/v1/camps/{code}/tents", "camps/{C}/tents", "{}", "{\"count\":1,\"beds\":20,\"coveredM2\":70,\"accessible\":false}");
        probe("POST /api/v1/camps/{code}/staff-tents", "camps/{C}/staff-tents", "{}", "{\"kind\":\"POLICE_TENT\",\"coveredM2\":70}");
        probe("POST /api/v1/camps/{code}/water-points", "camps/{C}/water-points", "{}", "{\"taps\":2,\"toilets\":8,\"showers\":4}");
        probe("PUT /api/v1/camps/{code}/power", "camps/{C}/power", "{}", "{\"supplied\":true}");
        probe("POST /api/v1/camps/{code}/water-supply", "camps/{C}/water-supply", "{}", "{\"day\":\"{D}\",\"litres\":1000}");
        probe("POST /api/v1/camps/{code}/open", "camps/{C}/open");
        probe("PUT /api/v1/camps/structures/{id}/service", "camps/structures/{STR}/service", "{}", "{\"inService\":true}");
        probe("GET /api/v1/camps/{code}/transfers", "camps/{C}/transfers");
        probe("GET /api/v1/camps/{code}/manifests", "camps/{C}/manifests");
        probe("POST /api/v1/camps/{code}/manifests", "camps/{C}/manifests", "{}",
                "{\"vehicle\":\"Bus\",\"driver\":\"Matrix Probe\",\"departure\":\"2030-01-01T10:00:00\",\"households\":[\"{R}\"]}");
        probe("GET /api/v1/camps/{code}/residents", "camps/{C}/residents");
        probe("POST /api/v1/camps/{code}/households/{number}/check-out", "camps/{C}/households/{R}/check-out", "{}",
                "{\"reason\":\"HOSPITAL\",\"day\":\"{D}\"}");
        probe("POST /api/v1/camps/{code}/households/{number}/move", "camps/{C}/households/{R}/move", "{}", "{\"toCamp\":\"{C}\"}");
        probe("POST /api/v1/camps/{code}/close", "camps/{C}/close", "{\"confirm\":false}", "{\"confirm\":true}");
        probe("GET /api/v1/reports/stages", "reports/stages");
        probe("GET /api/v1/reports/needs", "reports/needs");
        probe("GET /api/v1/reports/arrivals", "reports/arrivals");
        probe("GET /api/v1/reports/distributions", "reports/distributions");
        probe("GET /api/v1/reports/population", "reports/population?by=sex,ageGroup");
        probe("GET /api/v1/reports/unhcr-population", "reports/unhcr-population");
        probe("GET /api/v1/reports/eurostat-tp", "reports/eurostat-tp?month=2026-11");
        probe("GET /api/v1/reports/households", "reports/households?stage=WAITING_FOR_BED");
        probe("GET /api/v1/reports/persons", "reports/persons?need=DS");
    }

    /** The demo users: one per role at its site, and the users of another BCP for the site-bound roles that have one. */
    private static final Map<String, String> SECOND_SITE_USER = Map.of("registrar", "registrar2", "police", "police2");
    /** The roles whose demo user works at BCP-MARGARA; camp-manager and social-worker work at CAMP-ARARAT-1. */
    private static final Set<String> AT_THE_BCP = Set.of("registrar", "police", "medical");
    private static final Set<String> AT_THE_CAMP = Set.of("camp-manager", "social-worker");
    /** Record kinds of a BCP (the others belong to a camp). */
    private static final Set<String> BCP_KINDS = Set.of("household", "person", "site", "medical-task", "security-task",
            "photo-task", "document", "deadline-task");

    /** The records of one site (or of none: well-formed ids that name nothing). */
    record Site(String name, Map<String, String> values) {
    }

    private final List<String> mismatches = new ArrayList<>();
    private final List<String> notExercised = new ArrayList<>();
    private int requests;
    private int cells;

    @Test
    void everyCellOfTheRoleMatrix_isTheSystemsDecision() {
        List<RoleMatrix.Row> rows = RoleMatrix.read();
        assertThat(PROBES.keySet()).as("a probe for every row of " + RoleMatrix.FILE)
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(RoleMatrix.Row::endpoint).toList());

        Camps camps = camps();
        Site margara = margara(camps);
        Site bagratashen = bagratashen(camps);
        Site none = none();
        int unauthenticated = 0;
        for (RoleMatrix.Row row : rows) {
            Probe probe = PROBES.get(row.endpoint());
            Integer anonymous = call(null, row.method(), probe, probe.body(), none);
            unauthenticated++;
            if (!Integer.valueOf(401).equals(anonymous)) {
                mismatches.add(row.endpoint() + " without a token: expected 401, got " + anonymous);
            }
            for (String role : RoleMatrix.ROLES) {
                RoleMatrix.Access access = row.access().get(role);
                cells++;
                String label = row.endpoint() + " " + role + " (" + access.name().toLowerCase(java.util.Locale.ROOT) + ")";
                switch (access) {
                    case DENY -> {
                        Integer status = call(role, row.method(), probe, probe.body(), home(role, row.site(), margara, none));
                        expectDenied(label, status != null ? status : call(role, row.method(), probe, probe.body(), none), false);
                    }
                    case ALLOW -> expectAllowed(label, call(role, row.method(), probe, probe.body(), margara));
                    case ALL -> {
                        expectAllowed(label + " on " + margara.name(), call(role, row.method(), probe, probe.body(), margara));
                        expectAllowed(label + " on " + bagratashen.name(), call(role, row.method(), probe, probe.body(), bagratashen));
                    }
                    case OWN -> {
                        Site home = home(role, row.site(), margara, none);
                        Site other = home == none ? margara : bagratashen;
                        Integer mine = call(role, row.method(), probe, probe.body(), home);
                        if (mine == null) {
                            notExercised.add(label + " on " + home.name());
                            expectAllowed(label + " on " + none.name(), call(role, row.method(), probe, probe.body(), none));
                        } else {
                            expectAllowed(label + " on " + home.name(), mine);
                        }
                        expectDenied(label + " on " + other.name(), call(role, row.method(), probe, probe.validBody(), other), true);
                        String second = SECOND_SITE_USER.get(role);
                        if (second != null && home != none && BCP_KINDS.contains(row.site())) {
                            expectDenied(row.endpoint() + " " + second + " (own, of BCP-BAGRATASHEN) on " + home.name(),
                                    call(second, row.method(), probe, probe.validBody(), home), true);
                        }
                    }
                }
            }
        }
        System.out.printf("Role matrix: %d endpoints, %d roles, %d cells checked (+%d without a token), %d requests, "
                        + "%d site calls not tried (no record of that site), %d mismatches%n",
                rows.size(), RoleMatrix.ROLES.size(), cells, unauthenticated, requests, notExercised.size(), mismatches.size());
        notExercised.forEach(n -> System.out.println("  not tried, this test has no such record of that site yet: " + n));
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(mismatches).as("cells of " + RoleMatrix.FILE + " the running system decides otherwise").isEmpty();
    }

    /**
     * The API is bearer-only: with the session cookie of a registrar signed in to the screens, and no token, every
     * endpoint answers 401 (a registrar: the realm asks no one-time password of that role). The cookie is first shown
     * to open a screen, so it is a live session. Needs the main test lane's port (Keycloak redirects only there).
     */
    @Test
    void everyEndpoint_withOnlyASignedInSessionCookie_is401() {
        String cookie;
        try (Browser browser = new Browser()) {   // a real sign-in to the screens, as a person makes it
            browser.open(System.getProperty("refuge.test.base-url", "http://localhost:8280/"));
            browser.signIn("registrar");
            cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        }
        Site none = none();
        List<RoleMatrix.Row> rows = RoleMatrix.read();
        for (RoleMatrix.Row row : rows) {
            Probe probe = PROBES.get(row.endpoint());
            Integer status = call(null, cookie, row.method(), probe, probe.body(), none);
            if (!Integer.valueOf(401).equals(status)) {
                mismatches.add(row.endpoint() + " with only a session cookie: expected 401, got " + status);
            }
        }
        System.out.printf("Role matrix: %d endpoints called with only a session cookie, %d mismatches%n", rows.size(), mismatches.size());
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(mismatches).as("endpoints that take the session cookie for a token").isEmpty();
    }

    /** The role's own records for this kind: Margara's or the camp's when the demo user works there, else none. */
    private static Site home(String role, String kind, Site margara, Site none) {
        boolean bcpKind = BCP_KINDS.contains(kind);
        return (bcpKind && AT_THE_BCP.contains(role)) || (!bcpKind && AT_THE_CAMP.contains(role)) ? margara : none;
    }

    private void expectAllowed(String label, Integer status) {
        if (status == null) {
            notExercised.add(label);
        } else if (status == 401 || status == 403 || status >= 500) {
            mismatches.add(label + ": expected allowed (not 401/403), got " + status);
        }
    }

    private void expectDenied(String label, Integer status, boolean notFoundToo) {
        if (status == null) {
            notExercised.add(label);
        } else if (!(status == 403 || (notFoundToo && status == 404))) {
            mismatches.add(label + ": expected " + (notFoundToo ? "403/404" : "403") + ", got " + status);
        }
    }

    /** One call as the user (null: no token) with the records of a site; the status. */
    private Integer call(String user, String method, Probe probe, String body, Site site) {
        return call(user, null, method, probe, body, site);
    }

    /** The same, with a Cookie header; null when the site has no record of the kind the probe names (nothing is sent then). */
    private Integer call(String user, String cookie, String method, Probe probe, String body, Site site) {
        String path = fill(probe.path(), site);
        String content = fill(body, site);
        if (UNFILLED.matcher(path).find() || UNFILLED.matcher(content).find()) {
            return null;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri(path)).header("Accept-Language", "en");
        if (user != null) {
            request.header("Authorization", "Bearer " + Keycloak.token(user));
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", probe.contentType()).method(method, A_PORTRAIT.equals(content)
                    ? HttpRequest.BodyPublishers.ofByteArray(Portraits.jpeg())
                    : HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8));
        }
        requests++;
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.regex.Pattern UNFILLED = java.util.regex.Pattern.compile("\\{[A-Z]+}");

    private static String fill(String template, Site site) {
        String filled = template.replace("{U}", UUID.randomUUID().toString()).replace("{R}", unknownNumber())
                .replace("{D}", LocalDate.now().toString());
        for (Map.Entry<String, String> value : site.values().entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static String unknownNumber() {
        return "BCP-MARGARA-19990101-" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
    }

    /**
     * At BCP-MARGARA: a household with its head registered and its screening tasks open, a screened household waiting
     * for accommodation, a protected person's identity document; at CAMP-ARARAT-1 a stay, a manifest and a tent.
     */
    private static Site margara(Camps camps) {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 0, 0, 0);
        Map<String, String> records = new LinkedHashMap<>(Map.of("H", number, "P", head("registrar", number, head), "S", "BCP-MARGARA",
                "C", "CAMP-ARARAT-1", "MT", taskId(number, "screening/medical"), "ST", taskId(number, "screening/security")));
        records.put("W", Api.screenedHousehold(1, 0, false));
        records.put("DOC", document("registrar", "police", camps.decree()));
        records.putAll(camps.ararat());
        return new Site("BCP-MARGARA/CAMP-ARARAT-1", records);
    }

    /** The same at BCP-BAGRATASHEN (registrar2, police2) and CAMP-GORIS-1, but no waiting household (no medical user there). */
    private static Site bagratashen(Camps camps) {
        Names head = Names.random();
        String number = Api.preRegister("registrar2", head.givenLatin() + " " + head.familyLatin(), 1, 0, 0, 0);
        Map<String, String> records = new LinkedHashMap<>(Map.of("H", number, "P", head("registrar2", number, head), "S", "BCP-BAGRATASHEN",
                "C", "CAMP-GORIS-1", "MT", taskId(number, "screening/medical"), "ST", taskId(number, "screening/security")));
        records.put("DOC", document("registrar2", "police2", camps.decree()));
        records.putAll(camps.goris());
        return new Site("BCP-BAGRATASHEN/CAMP-GORIS-1", records);
    }

    /** Ids that name nothing: for a role whose demo user's site cannot hold such a record. */
    private static Site none() {
        Map<String, String> records = new LinkedHashMap<>(Map.of("H", unknownNumber(), "P", UUID.randomUUID().toString(), "S", "BCP-NOWHERE",
                "C", "CAMP-NOWHERE", "MT", UUID.randomUUID().toString(), "ST", UUID.randomUUID().toString(), "W", unknownNumber()));
        for (String id : List.of("DOC", "STAY", "MAN", "STR", "PT", "RND", "COL")) {
            records.put(id, UUID.randomUUID().toString());
        }
        return new Site("records of no site", records);
    }

    /**
     * A decree in force, and at each camp (both opened) a household of Margara allocated there: its stay, its manifest, a
     * tent, a distribution round of a rule for every registered household and the household's collection in it.
     */
    record Camps(String decree, Map<String, String> ararat, Map<String, String> goris) {
    }

    private static Camps camps() {
        String rule = Api.json(require(Api.post("supervisor", "assistance/entitlements", "{\"code\":\"MATRIX-" + UUID.randomUUID().toString()
                .substring(0, 8).toUpperCase() + "\",\"itemCode\":\"BLANKET\",\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"ONCE\","
                + "\"stage\":\"ANY_REGISTERED\",\"partnerCode\":\"ARCS\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"}"), 201))
                .get("id").asText();
        return new Camps(Api.decree("TP-MATRIX " + UUID.randomUUID().toString().substring(0, 8)), campRecords("CAMP-ARARAT-1", rule),
                campRecords("CAMP-GORIS-1", rule));
    }

    private static Map<String, String> campRecords(String camp, String rule) {
        Api.openCamp("supervisor", camp);
        String number = Api.screenedHousehold(1, 0, false);
        require(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}"), 201);
        String stay = Api.json(require(Api.get("supervisor", "camps/" + camp + "/residents?household=" + number), 200))
                .get("items").get(0).get("persons").get(0).get("stayId").asText();
        String manifest = Api.json(require(Api.post("supervisor", "camps/" + camp + "/manifests", "{\"vehicle\":\"Bus\",\"driver\":\"Matrix Probe\","
                + "\"departure\":\"" + java.time.LocalDateTime.now().plusHours(2).withNano(0) + "\",\"households\":[\"" + number + "\"]}"), 201))
                .get("id").asText();
        String tent = Api.json(require(Api.get("supervisor", "camps/" + camp), 200)).get("structures").get(0).get("id").asText();
        String round = Api.json(require(Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\""
                + rule + "\"]}"), 201)).get("id").asText();
        // the blanket handed out below, and one for each role the matrix lets collect at the camp
        require(Api.post("supervisor", "assistance/stock/" + camp + "/receipts", "{\"itemCode\":\"BLANKET\",\"partnerCode\":\"ARCS\","
                + "\"quantity\":10,\"receivedOn\":\"" + LocalDate.now() + "\"}"), 201);
        String collection = Api.json(require(Api.post("supervisor", "assistance/collections", "{\"roundId\":\"" + round + "\",\"registryNumber\":\""
                + number + "\",\"proxyName\":\"Matrix Probe\"}"), 201)).get(0).get("id").asText();
        return Map.of("STAY", stay, "MAN", manifest, "STR", tent, "RND", round, "COL", collection);
    }

    /** A Syrian head of household registered with a portrait at the registrar's BCP, security-cleared, protected: the id of her document. */
    private static String document(String registrar, String police, String decree) {
        Names head = Names.random();
        String number = Api.preRegister(registrar, head.givenLatin() + " " + head.familyLatin(), 1, 0, 0, 0);
        HttpResponse<String> member = require(Api.post(registrar, "households/" + number + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"" + head.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\","
                + "\"birthDate\":\"" + LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000))
                + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"]}"), 201);
        require(Api.put(registrar, "persons/" + Api.json(member).get("person").get("id").asText() + "/photo", "image/jpeg", Portraits.jpeg()), 204);
        require(Api.post(police, "screening/tasks/" + taskId(number, "screening/security") + "/security-check", "{\"nssReference\":\"NSS/"
                + number + "\",\"nssAnswer\":\"CLEAR\",\"policeReference\":\"POL/" + number + "\",\"policeAnswer\":\"CLEAR\"}"), 204);
        require(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}"), 200);
        return Api.json(require(Api.post(police, "documents/households/" + number, ""), 201)).get(0).get("id").asText();
    }

    private static <T> HttpResponse<T> require(HttpResponse<T> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }

    private static String head(String registrar, String number, Names head) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000));
        HttpResponse<String> member = Api.post(registrar, "households/" + number + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"" + head.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\","
                + "\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\"}");
        assertThat(member.statusCode()).as("head of " + number + ": " + member.body()).isEqualTo(201);
        return Api.json(member).get("person").get("id").asText();
    }

    /** The open arrival task of this form of a household, from the engine's tables (no demo user sees both sites' tasks). */
    private static String taskId(String registryNumber, String formKey) {
        String url = "jdbc:postgresql://" + env("REFUGE_DB_HOST", "localhost") + ":" + env("REFUGE_DB_PORT", "5432") + "/"
                + System.getProperty("refuge.test.db.name", env("REFUGE_TEST_DB_NAME", "refuge_test"));
        try (Connection db = DriverManager.getConnection(url, env("REFUGE_DB_USER", "refuge"), env("REFUGE_DB_PASSWORD", "refuge"));
             var query = db.prepareStatement("SELECT t.id_ FROM act_ru_task t JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_ "
                     + "WHERE p.business_key_ = ? AND t.form_key_ = ?")) {
            query.setString(1, registryNumber);
            query.setString(2, formKey);
            try (var result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No " + formKey + " task of " + registryNumber);
                }
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
