package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed requests against every POST and PUT endpoint of the API, each sent with a real token of a role allowed to
 * call it: every field of a valid body replaced in turn by a wrong type, a null, a null in a list, a huge string,
 * control and bidi characters, an invalid or out-of-range date, deep JSON, a 40,000-element array; and whole bodies
 * missing, truncated, deep, of the wrong content type. No answer may be a 5xx, and every refusal the application makes
 * is problem+json without a stack trace. Runs after the other classes (it changes records they might read) and before
 * {@link LogSearchIT}.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE - 1)
class RestFuzzIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String RAW = "__fuzz_raw__";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    /** One endpoint: who calls it, how, and a valid body of its kind (null: it takes none). */
    private record Endpoint(String user, String method, String path, String body, String contentType) {
        Endpoint(String user, String method, String path, String body) {
            this(user, method, path, body, "application/json");
        }
    }

    private record Answer(int status, String contentType, String body) {
    }

    private int requests;
    private int serverErrors;
    private int noAnswer;
    private int notProblem;
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void twoThousandMalformedRequests_acrossEveryPostAndPutEndpoint_neverAnswer5xx() throws Exception {
        List<Endpoint> endpoints = endpoints();
        for (Endpoint endpoint : endpoints) {
            fuzz(endpoint);
        }
        System.out.printf("[rest fuzz] %d endpoints, %d malformed requests, %d answered 5xx, %d unanswered, %d refusals not problem+json%n",
                endpoints.size(), requests, serverErrors, noAnswer, notProblem);
        System.out.println("[rest fuzz] answers by status: " + statuses);
        failures.forEach((request, answer) -> System.out.println("[rest fuzz] " + request + " -> " + answer));
        assertThat(requests).isGreaterThanOrEqualTo(2_000);
        assertThat(failures).as("requests answered 5xx, not at all, or refused without problem+json").isEmpty();
    }

    // --- the endpoints, with real records to aim at where one is needed to reach the code below the parsing ---

    private static List<Endpoint> endpoints() {
        Names head = Names.random();
        String phone = "+374 10 " + (100_000 + ThreadLocalRandom.current().nextInt(899_999));
        String document = "FZ" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        Typed.value(phone);
        Typed.value(document);
        String household = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 2, 0, 0, 0);
        String toVoid = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 0, 0, 0);
        String member = "{\"relationship\":\"HEAD\",\"givenName\":\"" + head.givenLatin() + "\",\"familyName\":\"" + head.familyLatin()
                + "\",\"patronymic\":\"\",\"givenNameLatin\":\"\",\"familyNameLatin\":\"\",\"patronymicLatin\":\"\",\"sex\":\"F\","
                + "\"birthDate\":\"1984-05-06\",\"birthPrecision\":\"EXACT\",\"birthPlace\":\"Aleppo\",\"citizenships\":[\"SYR\"],"
                + "\"stateless\":false,\"maritalStatus\":\"MARRIED\",\"languages\":[\"ar\"],\"phone\":\"" + phone + "\","
                + "\"documents\":[{\"typeCode\":\"PASSPORT\",\"number\":\"" + document + "\",\"issuingCountry\":\"SYR\",\"expiresOn\":\"2030-01-01\"}],"
                + "\"needs\":[\"DS-PM\"],\"decisions\":{\"" + UUID.randomUUID() + "\":\"DIFFERENT\"}}";
        HttpResponse<String> registered = Api.post("registrar", "households/" + household + "/members", member);
        assertThat(registered.statusCode()).as(registered.body()).isIn(200, 201);
        String person = json(registered).get("person").get("id").asText();
        String camp = "CAMP-F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(Api.post("admin", "sites", "{\"code\":\"" + camp + "\",\"kind\":\"CAMP\",\"name\":\"Fuzz camp " + camp
                + "\",\"region\":\"Ararat\"}").statusCode()).isEqualTo(201);
        assertThat(Api.send("supervisor", "PUT", "camps/" + camp, "{\"areaM2\":5000}").statusCode()).isEqualTo(200);
        String medicalTask = taskOrRandom("medical", household, "screening/medical");
        String securityTask = taskOrRandom("police", household, "screening/security");
        String any = UUID.randomUUID().toString();
        String today = LocalDate.now().toString();

        List<Endpoint> e = new ArrayList<>();
        // registration
        e.add(new Endpoint("registrar", "POST", "households", "{\"siteCode\":\"BCP-MARGARA\",\"headName\":\"" + head.givenLatin() + " "
                + head.familyLatin() + "\",\"headNameLatin\":\"\",\"femaleChildren\":0,\"maleChildren\":0,\"femaleAdults\":1,"
                + "\"maleAdults\":0,\"femaleElderly\":0,\"maleElderly\":0,\"vehicleOrGroup\":\"Bus 7\",\"visibleNeeds\":[\"DS-PM\"],"
                + "\"arrivedAt\":\"2026-11-30T08:00:00Z\"}"));
        e.add(new Endpoint("registrar", "POST", "households/" + household + "/members", member));
        e.add(new Endpoint("registrar", "POST", "households/" + household + "/duplicate-check", member));
        e.add(new Endpoint("registrar", "PUT", "persons/" + person, member));
        e.add(new Endpoint("registrar", "POST", "households/" + toVoid + "/void", "{\"reason\":\"registered twice\"}"));
        e.add(new Endpoint("registrar", "PUT", "persons/" + person + "/photo", "\u00ff\u00d8\u00ff\u00e0 not a jpeg", "image/jpeg"));
        e.add(new Endpoint("registrar", "PUT", "households/" + household + "/head-photo", "GIF89a not a gif", "image/gif"));
        e.add(new Endpoint("caseworker", "POST", "duplicates/" + any + "/decision", "{\"decision\":\"SAME\"}"));
        e.add(new Endpoint("admin", "PUT", "reference-data/languages/zz", "{\"active\":true}"));
        e.add(new Endpoint("admin", "POST", "sites", "{\"code\":\"BCP-FZ" + ThreadLocalRandom.current().nextInt(1000, 9999)
                + "\",\"kind\":\"BCP\",\"name\":\"Fuzz BCP " + UUID.randomUUID() + "\",\"region\":\"Lori\"}"));
        // screening
        e.add(new Endpoint("medical", "POST", "screening/tasks/" + medicalTask + "/medical-screening", "{\"triage\":\"NON_URGENT\","
                + "\"conditions\":\"none\",\"pregnancy\":false,\"communicableSuspicion\":false,\"hospitalReferral\":false,"
                + "\"isolationNeeded\":false,\"outcome\":\"CLEARED\",\"accommodationNeeds\":\"lower bunk\"}"));
        e.add(new Endpoint("police", "POST", "screening/tasks/" + securityTask + "/security-check", "{\"nssReference\":\"NSS/1\","
                + "\"nssAnswer\":\"PENDING\",\"policeReference\":\"POL/1\",\"policeAnswer\":\"PENDING\"}"));
        // supervision of the work: a task that does not exist, a redirection from a camp (refused, never in force)
        e.add(new Endpoint("supervisor", "POST", "tasks/" + any + "/assignee", "{\"user\":\"police\"}"));
        e.add(new Endpoint("supervisor", "POST", "tasks/redirects", "{\"fromSite\":\"" + camp + "\",\"toSite\":\"BCP-MARGARA\"}"));
        // emergency
        e.add(new Endpoint("supervisor", "POST", "influx-events", "{\"name\":\"Fuzz influx\",\"threshold\":100}"));
        e.add(new Endpoint("supervisor", "POST", "influx-events/" + any + "/activation", null));
        // camps
        e.add(new Endpoint("supervisor", "PUT", "camps/" + camp, "{\"areaM2\":5000}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/tents", "{\"count\":1,\"beds\":4,\"coveredM2\":20,\"accessible\":false}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/staff-tents", "{\"kind\":\"POLICE_TENT\",\"coveredM2\":70}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/water-points", "{\"taps\":2,\"toilets\":8,\"showers\":4}"));
        e.add(new Endpoint("supervisor", "PUT", "camps/" + camp + "/power", "{\"supplied\":true}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/water-supply", "{\"day\":\"" + today + "\",\"litres\":30000}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/open", null));
        e.add(new Endpoint("supervisor", "PUT", "camps/structures/" + any + "/service", "{\"inService\":false}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/manifests", "{\"vehicle\":\"Bus 35 AB 123\",\"driver\":\""
                + head.givenLatin() + " Driver\",\"departure\":\"" + today + "T10:00\",\"households\":[\"" + household + "\"]}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/households/" + household + "/check-out", "{\"stays\":[\"" + any
                + "\"],\"reason\":\"ONWARD_MOVEMENT\",\"day\":\"" + today + "\",\"note\":\"left\"}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/households/" + household + "/move", "{\"toCamp\":\"" + camp
                + "\",\"tents\":[\"" + any + "\"],\"note\":\"family reunited\"}"));
        e.add(new Endpoint("supervisor", "POST", "camps/" + camp + "/close", "{\"confirm\":false}"));
        // accommodation
        e.add(new Endpoint("supervisor", "POST", "allocations", "{\"registryNumber\":\"" + household + "\",\"campCode\":\"" + camp
                + "\",\"tents\":[\"" + any + "\"]}"));
        e.add(new Endpoint("supervisor", "POST", "allocations/bulk", "{\"registryNumbers\":[\"" + household + "\"],\"campCode\":\""
                + camp + "\",\"camps\":[]}"));
        e.add(new Endpoint("registrar", "POST", "allocations/" + household + "/private-address", "{\"address\":\"Yerevan, Abovyan 1\","
                + "\"phone\":\"" + phone + "\",\"hostName\":\"" + head.familyLatin() + " host\"}"));
        e.add(new Endpoint("supervisor", "POST", "manifests/" + any + "/departure", "{\"boarded\":[\"" + household + "\"]}"));
        e.add(new Endpoint("supervisor", "POST", "manifests/" + any + "/arrival", null));
        e.add(new Endpoint("supervisor", "POST", "stays/" + any + "/check-in", null));
        e.add(new Endpoint("supervisor", "POST", "stays/" + any + "/no-show", "{\"note\":\"did not come\"}"));
        // protection
        e.add(new Endpoint("caseworker", "POST", "protection/households/" + household + "/grant", "{\"decreeId\":\"" + any
                + "\",\"persons\":[\"" + person + "\"]}"));
        e.add(new Endpoint("caseworker", "POST", "protection/households/bulk", "{\"decree\":\"" + any + "\",\"households\":[\""
                + household + "\"]}"));
        e.add(new Endpoint("caseworker", "POST", "protection/exceptions", "{\"personId\":\"" + person + "\",\"decreeId\":\"" + any
                + "\",\"justification\":\"fled the same war\"}"));
        e.add(new Endpoint("supervisor", "POST", "protection/exceptions/" + any + "/decision", "{\"approve\":true,\"note\":\"agreed\"}"));
        e.add(new Endpoint("caseworker", "POST", "protection/persons/" + person + "/extension", null));
        e.add(new Endpoint("caseworker", "POST", "protection/persons/" + person + "/end", "{\"terminated\":true,\"ground\":\"left\"}"));
        e.add(new Endpoint("caseworker", "POST", "protection/households/" + household + "/renewal", "{\"decision\":\"RENEW\",\"ground\":\"war goes on\"}"));
        e.add(new Endpoint("supervisor", "POST", "decrees", "{\"influxEventId\":null,\"number\":\"FZ-" + UUID.randomUUID()
                + "\",\"adoptedOn\":\"" + today + "\",\"inForceFrom\":\"" + today + "\",\"citizenships\":[\"SYR\"],"
                + "\"coversStateless\":true,\"arrivedFrom\":\"2026-01-01\",\"arrivedUntil\":null}"));
        // documents
        e.add(new Endpoint("police", "POST", "documents/households/" + household, null));
        e.add(new Endpoint("police", "POST", "documents/" + any + "/handover", "{\"handedTo\":\"the holder in person\"}"));
        e.add(new Endpoint("police", "POST", "documents/" + any + "/missing", "{\"stolen\":true,\"circumstances\":\"bag stolen\"}"));
        e.add(new Endpoint("police", "POST", "documents/verification", "{\"qr\":\"RFG1.abc.def\"}"));
        e.add(new Endpoint("registrar", "POST", "documents/photo-print-tasks/" + any + "/printed", null));
        e.add(new Endpoint("supervisor", "POST", "documents/deadline-tasks/" + any + "/seen", null));
        // assistance: items, partners, stock, entitlements
        String fuzzCode = "FZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String receiptBody = "{\"itemCode\":\"BLANKET\",\"partnerCode\":\"ARCS\",\"quantity\":10,\"receivedOn\":\"" + today
                + "\",\"note\":\"fuzz delivery\"}";
        HttpResponse<String> receipt = Api.post("supervisor", "assistance/stock/" + camp + "/receipts", receiptBody);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        String ruleBody = "{\"code\":\"" + fuzzCode + "\",\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\",\"bands\":[{\"minSize\":1,"
                + "\"maxSize\":2,\"quantity\":1},{\"minSize\":3,\"quantity\":2}],\"period\":\"MONTHLY\",\"months\":6,\"stage\":\"IN_CAMP\","
                + "\"siteCode\":\"" + camp + "\",\"needCategory\":\"SC\",\"ageGroup\":\"0-4\",\"partnerCode\":\"WFP\",\"validFrom\":\"2026-01-01\","
                + "\"validTo\":\"2030-01-01\"}";
        HttpResponse<String> rule = Api.post("supervisor", "assistance/entitlements", ruleBody);
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        e.add(new Endpoint("admin", "POST", "assistance/items", "{\"code\":\"" + fuzzCode + "\",\"nameEn\":\"Fuzz kit\",\"nameHy\":\"Հավաքածու\","
                + "\"nameRu\":\"Набор\",\"unit\":\"PIECE\",\"category\":\"NON_FOOD\"}"));
        e.add(new Endpoint("admin", "PUT", "assistance/items/BLANKET", "{\"nameEn\":\"Blanket\",\"nameHy\":\"Վերմակ\",\"nameRu\":\"Одеяло\","
                + "\"unit\":\"PIECE\",\"category\":\"SHELTER\",\"active\":true}"));
        e.add(new Endpoint("admin", "POST", "assistance/partners", "{\"code\":\"" + fuzzCode + "\",\"name\":\"Fuzz NGO\",\"kind\":\"NGO\"}"));
        e.add(new Endpoint("admin", "PUT", "assistance/partners/CARITAS", "{\"name\":\"Caritas Armenia\",\"kind\":\"NGO\",\"active\":true}"));
        e.add(new Endpoint("supervisor", "POST", "assistance/stock/" + camp + "/receipts", receiptBody));
        e.add(new Endpoint("supervisor", "POST", "assistance/stock/" + camp + "/receipts/" + json(receipt).get("id").asText() + "/correction",
                "{\"reason\":\"counted again\",\"quantity\":9}"));
        e.add(new Endpoint("supervisor", "POST", "assistance/entitlements", ruleBody));
        e.add(new Endpoint("supervisor", "PUT", "assistance/entitlements/" + json(rule).get("id").asText(), ruleBody.replace("2026-01-01", "2026-06-01")));
        // assistance: rounds and collections
        HttpResponse<String> weekly = Api.post("supervisor", "assistance/entitlements", "{\"code\":\"" + fuzzCode + "-W\",\"itemCode\":\"BLANKET\","
                + "\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"WEEKLY\",\"stage\":\"ANY_REGISTERED\",\"partnerCode\":\"ARCS\","
                + "\"validFrom\":\"" + java.time.LocalDate.now().minusDays(1) + "\"}");
        assertThat(weekly.statusCode()).as(weekly.body()).isEqualTo(201);
        String roundBody = "{\"siteCode\":\"" + camp + "\",\"heldOn\":null,\"entitlementIds\":[\"" + json(weekly).get("id").asText() + "\"]}";
        HttpResponse<String> round = Api.post("supervisor", "assistance/rounds", roundBody);
        assertThat(round.statusCode()).as(round.body()).isEqualTo(201);
        String roundId = json(round).get("id").asText();
        e.add(new Endpoint("supervisor", "POST", "assistance/rounds", roundBody));
        e.add(new Endpoint("supervisor", "POST", "assistance/collections", "{\"roundId\":\"" + roundId + "\",\"registryNumber\":\"" + household
                + "\",\"lines\":[{\"entitlementId\":\"" + json(weekly).get("id").asText() + "\",\"personId\":null}],"
                + "\"receivedByPersonId\":null,\"proxyName\":\"Fuzz proxy\"}"));
        e.add(new Endpoint("supervisor", "POST", "assistance/collections/" + any + "/void", "{\"reason\":\"handed out twice\"}"));
        e.add(new Endpoint("supervisor", "POST", "assistance/desks/" + camp + "/scans", "{\"qr\":\"RFG1.abc.def\"}"));
        e.add(new Endpoint("supervisor", "POST", "assistance/rounds/" + roundId + "/close", null));
        // assistance: an unaccompanied child's caregiver and assessment, family tracing
        String childHousehold = Api.preRegister("registrar", "Fuzz Fuzzikyan", 0, 0, 1, 0);
        HttpResponse<String> child = Api.post("registrar", "households/" + childHousehold + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"Fuzz\",\"familyName\":\"Fuzzikyan\",\"sex\":\"F\",\"birthDate\":\"2016-02-03\","
                + "\"birthPrecision\":\"EXACT\",\"needs\":[\"SC-UC\"]}");
        assertThat(child.statusCode()).as(child.body()).isEqualTo(201);
        String childId = json(child).get("person").get("id").asText();
        e.add(new Endpoint("supervisor", "PUT", "assistance/children/" + childId + "/caregiver",
                "{\"name\":\"Fuzz Carer\",\"relation\":\"LEGAL_GUARDIAN\",\"contact\":\"+374 10 000000\"}"));
        e.add(new Endpoint("supervisor", "POST", "assistance/children/" + childId + "/best-interests",
                "{\"outcome\":\"INTERIM_CARE\",\"note\":\"fuzz\"}"));
        e.add(new Endpoint("supervisor", "POST", "assistance/tracing-requests", "{\"personId\":\"" + childId
                + "\",\"soughtName\":\"Fuzz Parent\",\"birthYear\":1980,\"yearTolerance\":3,\"relation\":\"PARENT\"}"));
        return e;
    }

    private static String taskOrRandom(String user, String household, String formKey) {
        try {
            return Api.task(user, household, formKey);
        } catch (IllegalStateException none) {
            return UUID.randomUUID().toString();
        }
    }

    // --- the mutations ---

    /** Values put in place of one field, as raw JSON. */
    private static List<String> values() {
        StringBuilder bigArray = new StringBuilder("[");
        for (int i = 0; i < 40_000; i++) {
            bigArray.append(i == 0 ? "" : ",").append(i % 2 == 0 ? "\"SYR\"" : "1");
        }
        bigArray.append(']');
        return List.of("null", "12345", "-1", "2147483648", "1e309", "true", "{}", "[]", "[null]", "\"\"", "\"   \"",
                quoted("x".repeat(100_000)), "\"a\\u0000b\"", "\"\\u202Eevil\\u202Cname\"", "\"\\u0007\\u001b[31m\"",
                "\"\\ud800\"", "\"2020-13-45\"", "\"-9999-01-01\"", "\"+999999-12-31\"", "\"12 \"",
                "\"' OR '1'='1\"", bigArray.toString(), "[".repeat(3_000) + "]".repeat(3_000));
    }

    /** Whole bodies in place of the valid one. */
    private static List<String[]> bodies(String valid) {
        List<String[]> bodies = new ArrayList<>();
        bodies.add(new String[] {"", "application/json"});
        bodies.add(new String[] {"null", "application/json"});
        bodies.add(new String[] {"[]", "application/json"});
        bodies.add(new String[] {"\"text\"", "application/json"});
        bodies.add(new String[] {"42", "application/json"});
        bodies.add(new String[] {"{", "application/json"});
        bodies.add(new String[] {"{}", "application/json"});
        bodies.add(new String[] {"{\"a\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001), "application/json"});
        bodies.add(new String[] {"[" + "0,".repeat(40_000) + "0]", "application/json"});
        bodies.add(new String[] {"\u0000\u0001\u0002garbage", "application/json"});
        if (valid != null) {
            bodies.add(new String[] {valid, "text/plain"});
            bodies.add(new String[] {valid, "application/xml"});
            bodies.add(new String[] {valid.substring(0, valid.length() / 2), "application/json"});
            bodies.add(new String[] {valid.replaceFirst("\\{", "{\"unknownField\":\"" + "y".repeat(50_000) + "\","), "application/json"});
        }
        return bodies;
    }

    private void fuzz(Endpoint endpoint) throws IOException {
        for (String[] body : bodies(endpoint.body())) {
            send(endpoint, endpoint.path(), body[0], body[1], "body " + shorten(body[0]) + " as " + body[1]);
        }
        // the path's last record reference: malformed
        for (String segment : List.of("%00", "x".repeat(3_000), "%E2%80%AE%61", "-1")) {
            String path = endpoint.path().replaceFirst("/[^/]+(/[a-z-]+)?$", "/" + segment + "$1");
            if (!path.equals(endpoint.path())) {
                send(endpoint, path, endpoint.body() == null ? "" : endpoint.body(), endpoint.contentType(), "path " + shorten(path));
            }
        }
        if (endpoint.body() == null || !"application/json".equals(endpoint.contentType())) {
            return;
        }
        JsonNode valid = Api.JSON.readTree(endpoint.body());
        List<String> values = values();
        for (List<Object> field : fields(valid, new ArrayList<>(), new ArrayList<>())) {
            List<String> these = new ArrayList<>(values);
            JsonNode original = at(valid, field);
            if (original.isArray() && !original.isEmpty()) {
                // 40,000 entries of the list's own kind (ids, codes): past the parser, up to the database's bind limit
                String one = Api.JSON.writeValueAsString(original.get(0));
                these.add("[" + (one + ",").repeat(39_999) + one + "]");
            }
            for (String value : these) {
                JsonNode mutated = valid.deepCopy();
                set(mutated, field, new TextNode(RAW));
                String body = Api.JSON.writeValueAsString(mutated).replace("\"" + RAW + "\"", value);
                send(endpoint, endpoint.path(), body, "application/json", field + " = " + shorten(value));
            }
        }
    }

    /** The path of every field, element and container of a body (its keys and list positions). */
    private static List<List<Object>> fields(JsonNode node, List<Object> at, List<List<Object>> into) {
        if (!at.isEmpty()) {
            into.add(List.copyOf(at));
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                at.add(name);
                fields(node.get(name), at, into);
                at.remove(at.size() - 1);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            at.add(0);
            fields(node.get(0), at, into);
            at.remove(at.size() - 1);
        }
        return into;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private void send(Endpoint endpoint, String path, String body, String contentType, String what) {
        requests++;
        String request = endpoint.method() + " " + path.substring(0, Math.min(path.length(), 80)) + " (" + endpoint.user() + ") " + what;
        Answer answer;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Api.uri("").toString() + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + Keycloak.token(endpoint.user()))
                    .header("Accept", "application/json").header("Accept-Language", "hy")
                    .method(endpoint.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (!body.isEmpty() || endpoint.body() != null) {
                builder.header("Content-Type", contentType);
            }
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (HttpTimeoutException e) {
            noAnswer++;
            failures.putIfAbsent(request, "no answer in 60 s");
            return;
        } catch (IOException e) {
            // a request the server may refuse by closing the connection (a malformed URL) is not a 5xx
            if (!path.contains("%")) {
                noAnswer++;
                failures.putIfAbsent(request, "connection failed: " + e.getClass().getSimpleName());
            }
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 500) {
            serverErrors++;
            failures.putIfAbsent(request, answer.status() + " " + shorten(answer.body()));
        } else if (answer.status() >= 400 && !path.contains("%") && path.length() < 1_000
                && (!answer.contentType().startsWith("application/problem+json") || answer.body().contains("\tat ")
                    || answer.body().contains("Exception"))) {
            notProblem++;
            failures.putIfAbsent(request, answer.status() + " " + answer.contentType() + " " + shorten(answer.body()));
        }
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("[\\p{Cntrl}]", "?");
        return flat.length() > 120 ? flat.substring(0, 120) + "…(" + flat.length() + ")" : flat;
    }
}
