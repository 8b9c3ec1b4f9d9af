package org.refuge.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls to the REST API of the test server with a demo user's real Keycloak token. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1: the default client asks cleartext connections to upgrade to HTTP/2, and a request sent on a connection
     * the server is closing then fails with "GOAWAY received" (seen once in ReportsApiIT); browsers never use h2c.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Api() {
    }

    static URI uri(String path) {
        return URI.create(System.getProperty("refuge.test.base-url", "http://localhost:8280/") + "api/v1/" + path);
    }

    static HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET());
    }

    static HttpResponse<String> post(String user, String path, String json) {
        Typed.json(json);
        return send(request(user, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> post(String user, String path, String json, String idempotencyKey) {
        Typed.json(json);
        return send(request(user, path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with a JSON body (PUT, PATCH…). */
    static HttpResponse<String> send(String user, String method, String path, String json) {
        Typed.json(json);
        return send(request(user, path).header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> put(String user, String path, String contentType, byte[] body) {
        return send(request(user, path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static HttpResponse<byte[]> getBytes(String user, String path) {
        return sendAs(request(user, path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request built with headers of its own (Accept, Accept-Language), whose answer is read as bytes (a report file). */
    static HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        return sendAs(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST with a JSON body whose answer is a file (a printed card). */
    static HttpResponse<byte[]> postForBytes(String user, String path, String json) {
        return sendAs(request(user, path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page of a paged list resource ({@code {"items", "total", "totalIsAtLeast", "page", "size"}}). */
    static JsonNode page(String user, String path, int page, int size) {
        return json(require(get(user, path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size), 200));
    }

    /** Every item of a paged list resource, read 500 at a time, in the list's order. */
    static java.util.List<JsonNode> allItems(String user, String path) {
        java.util.List<JsonNode> items = new java.util.ArrayList<>();
        for (int p = 0; ; p++) {
            JsonNode page = page(user, path, p, 500);
            page.get("items").forEach(items::add);
            if (page.get("items").size() < 500) {
                return items;
            }
        }
    }

    /** Pre-registers a household at the registrar's BCP and returns its registry number. */
    static String preRegister(String registrar, String headName, int femaleAdults, int maleAdults, int femaleChildren, int maleChildren) {
        HttpResponse<String> response = post(registrar, "households", "{\"headName\":\"" + headName + "\",\"femaleAdults\":" + femaleAdults
                + ",\"maleAdults\":" + maleAdults + ",\"femaleChildren\":" + femaleChildren + ",\"maleChildren\":" + maleChildren + "}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Pre-registration refused: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("registryNumber").asText();
    }

    /**
     * A household of the demo registrar's BCP ready for allocation: pre-registered with {@code adults} women and
     * {@code children} girls, each member individually registered (a mother at the head), medically screened
     * (isolation when asked) and security-checked. Returns its registry number.
     */
    static String screenedHousehold(int adults, int children, boolean isolation) {
        Names head = Names.random();
        String number = preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), adults, 0, children, 0);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < adults + children; i++) {
            Names n = i == 0 ? head : Names.random();
            String relationship = i == 0 ? "HEAD" : i < adults ? "SIBLING" : "CHILD";
            java.time.LocalDate birth = i < adults ? java.time.LocalDate.of(1970, 1, 1).plusDays(random.nextInt(8_000))
                    : java.time.LocalDate.of(2012, 1, 1).plusDays(random.nextInt(3_000));
            HttpResponse<String> member = post("registrar", "households/" + number + "/members", "{\"relationship\":\"" + relationship
                    + "\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + head.familyLatin()
                    + "\",\"sex\":\"F\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\"}");
            require(member, 201);
        }
        medical(number, isolation
                ? "{\"triage\":\"URGENT\",\"communicableSuspicion\":true,\"isolationNeeded\":true,\"outcome\":\"ISOLATION\"}"
                : "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");
        clearSecurity(number);
        return number;
    }

    /** Registers a member of a household of the demo BCP (a Syrian, born on that day) with a portrait; returns the id. */
    static String member(String number, String relationship, String given, String family, String sex, String birth) {
        HttpResponse<String> member = require(post("registrar", "households/" + number + "/members", "{\"relationship\":\""
                + relationship + "\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"sex\":\"" + sex
                + "\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"]}"), 201);
        String id = json(member).get("person").get("id").asText();
        require(put("registrar", "persons/" + id + "/photo", "image/jpeg", Portraits.jpeg()), 204);
        return id;
    }

    /** The police print the card (its first print) and hand it over; answers the handover. */
    static HttpResponse<String> printAndHandOver(String documentId, String handedTo) {
        postForBytes("police", "documents/" + documentId + "/prints", "{}");   // a reprint would need a reason: 409 then, printed before
        return post("police", "documents/" + documentId + "/handover", "{\"handedTo\":\"" + handedTo + "\"}");
    }

    /**
     * A household of the demo BCP of {@code persons} Syrian women, each registered with a portrait, security-checked
     * and granted temporary protection under the decree: its members wait for their cards. Returns its registry number.
     */
    static String protectedHousehold(String decreeId, int persons) {
        Names head = Names.random();
        String number = preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), persons, 0, 0, 0);
        for (int i = 0; i < persons; i++) {
            Names n = i == 0 ? head : Names.random();
            member(number, i == 0 ? "HEAD" : "SIBLING", n.givenLatin(), head.familyLatin(), "F", java.time.LocalDate.of(1975 + i, 5, 6).toString());
        }
        clearSecurity(number);
        require(post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decreeId + "\"}"), 200);
        return number;
    }

    /** A decree in force since yesterday for Syrians and stateless persons who arrived in the last 30 days. */
    static String decree(String number) {
        return json(require(post("supervisor", "decrees", "{\"number\":\"" + number + "\",\"adoptedOn\":\"" + java.time.LocalDate.now().minusDays(1)
                + "\",\"inForceFrom\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"citizenships\":[\"SYR\"],"
                + "\"coversStateless\":true,\"arrivedFrom\":\"" + java.time.LocalDate.now().minusDays(30) + "\"}"), 201)).get("id").asText();
    }

    /**
     * A past day that nothing else a test registers arrives on (at random in the 600 days that end 400 days ago, so
     * that everyone born up to three years ago was born by then); the scripts of the other tests use today or days
     * before 2018.
     */
    static java.time.LocalDate pastDayOfItsOwn() {
        return java.time.LocalDate.now().minusDays(400 + java.util.concurrent.ThreadLocalRandom.current().nextInt(600));
    }

    /**
     * The Khalil family of four, arrived at the demo BCP on {@code day} and registered one by one: Rima (F, 30 today,
     * Syrian), her father Karim (M, 65, Syrian), Lea (F, 3, stateless) and Sami (M, 8, Syrian, a physical disability DS-PM).
     * Reports count it exactly when nothing else arrived that day. Returns its registry number.
     */
    static String familyOfFour(java.time.LocalDate day) {
        String number = json(require(post("registrar", "households", "{\"headName\":\"Rima Khalil\",\"femaleAdults\":1,"
                + "\"maleAdults\":1,\"femaleChildren\":1,\"maleChildren\":1,\"arrivedAt\":\"" + day + "T10:00:00Z\"}"), 201))
                .get("registryNumber").asText();
        java.time.LocalDate today = java.time.LocalDate.now();
        member(number, "HEAD", "Rima", "Khalil", "F", today.minusYears(30).toString());
        member(number, "PARENT", "Karim", "Khalil", "M", today.minusYears(65).toString());
        require(post("registrar", "households/" + number + "/members", "{\"relationship\":\"CHILD\",\"givenName\":\"Lea\","
                + "\"familyName\":\"Khalil\",\"sex\":\"F\",\"birthDate\":\"" + today.minusYears(3) + "\",\"birthPrecision\":\"EXACT\","
                + "\"stateless\":true}"), 201);
        require(post("registrar", "households/" + number + "/members", "{\"relationship\":\"CHILD\",\"givenName\":\"Sami\","
                + "\"familyName\":\"Khalil\",\"sex\":\"M\",\"birthDate\":\"" + today.minusYears(8) + "\",\"birthPrecision\":\"EXACT\","
                + "\"citizenships\":[\"SYR\"],\"needs\":[\"DS-PM\"]}"), 201);
        return number;
    }

    /**
     * The medical screening (cleared) of each member and the security check (clear) of each member at or above the
     * security-check age, of a household of the demo BCP whose members are registered.
     */
    static void screen(String number) {
        medical(number, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");
        clearSecurity(number);
    }

    /** Each member's open medical screening of a household of the demo BCP recorded with this form (at least one). */
    static void medical(String number, String form) {
        java.util.List<String> tasks = tasks("medical", number, "screening/medical");
        if (tasks.isEmpty()) {
            throw new IllegalStateException("No medical screening of " + number + ": are its members registered?");
        }
        for (String medical : tasks) {
            require(post("medical", "screening/tasks/" + medical + "/medical-screening", form), 204);
        }
    }

    /** The police's security check of each member of a household of the demo BCP who has one, answered clear by both enquiries. */
    static void clearSecurity(String number) {
        java.util.List<String> tasks = tasks("police", number, "screening/security");
        if (tasks.isEmpty()) {
            // a family of children under the security-check age is due no check: nothing to clear
            JsonNode persons = json(require(get("police", "screening/households/" + number), 200)).path("persons");
            if (persons.size() > 0 && java.util.stream.StreamSupport.stream(persons.spliterator(), false)
                    .allMatch(p -> "NOT_DUE".equals(p.path("security").asText()))) {
                return;
            }
            throw new IllegalStateException("No security check of " + number + ": are its members registered?");
        }
        for (String security : tasks) {
            require(post("police", "screening/tasks/" + security + "/security-check", "{\"nssReference\":\"NSS/" + number
                    + "\",\"nssAnswer\":\"CLEAR\",\"policeReference\":\"POL/" + number + "\",\"policeAnswer\":\"CLEAR\"}"), 204);
        }
    }

    /** A new open camp of its own with {@code tents} tents of {@code beds} beds, set up by a supervisor; its code. */
    static String newCamp(int tents, int beds) {
        String camp = "CAMP-T" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        require(post("admin", "sites", "{\"code\":\"" + camp + "\",\"kind\":\"CAMP\",\"name\":\"Test camp " + camp
                + "\",\"region\":\"Ararat\"}"), 201);
        require(send("supervisor", "PUT", "camps/" + camp, "{\"areaM2\":5000}"), 200);
        require(post("supervisor", "camps/" + camp + "/tents", "{\"count\":" + tents + ",\"beds\":" + beds
                + ",\"coveredM2\":20,\"accessible\":false}"), 200);
        openCamp("supervisor", camp);
        return camp;
    }

    /**
     * Makes sure a camp is set up and open, whatever earlier runs left: land, the action plan's staff tents, six
     * water points, power and yesterday's water, then opening. Done as {@code user} (its camp manager or a supervisor).
     */
    static void openCamp(String user, String camp) {
        require(send(user, "PUT", "camps/" + camp, "{\"areaM2\":20000}"), 200);
        JsonNode figures = json(require(get(user, "camps/" + camp), 200)).get("figures");
        if ("OPEN".equals(figures.get("status").asText())) {
            return;
        }
        if (figures.get("tents").asInt() == 0) {
            require(post(user, "camps/" + camp + "/tents", "{\"count\":10,\"beds\":20,\"coveredM2\":70,\"accessible\":false}"), 200);
        }
        for (String kind : new String[] {"SMS_STAFF_TENT", "MEDICAL_SOCIAL_TENT", "POLICE_TENT"}) {
            require(post(user, "camps/" + camp + "/staff-tents", "{\"kind\":\"" + kind + "\",\"coveredM2\":70}"), 200);
        }
        for (int i = figures.get("waterSanitaryPoints").asInt(); i < 6; i++) {
            require(post(user, "camps/" + camp + "/water-points", "{\"taps\":2,\"toilets\":8,\"showers\":4}"), 200);
        }
        require(send(user, "PUT", "camps/" + camp + "/power", "{\"supplied\":true}"), 200);
        require(post(user, "camps/" + camp + "/water-supply", "{\"day\":\"" + java.time.LocalDate.now().minusDays(1)
                + "\",\"litres\":30000}"), 200);
        require(post(user, "camps/" + camp + "/open", ""), 200);
    }

    /**
     * The household, allocated to the camp, brought there by bus: a manifest of the demo camp manager with it alone,
     * departed with it on board and arrived; its members may then be checked in. Returns the manifest's id.
     */
    static String transferred(String camp, String registryNumber) {
        return transferredBy("camp-manager", camp, registryNumber);
    }

    /** {@link #transferred} done by {@code user} (a supervisor for a camp of a test's own). */
    static String transferredBy(String user, String camp, String registryNumber) {
        String departure = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Yerevan")).plusMinutes(30).withSecond(0).withNano(0).toString();
        String manifest = json(require(post(user, "camps/" + camp + "/manifests", "{\"vehicle\":\"Bus 35 AB 123\","
                + "\"driver\":\"Armen Hakobyan\",\"departure\":\"" + departure + "\",\"households\":[\"" + registryNumber + "\"]}"), 201))
                .get("id").asText();
        require(post(user, "manifests/" + manifest + "/departure", "{\"boarded\":[\"" + registryNumber + "\"]}"), 200);
        require(post(user, "manifests/" + manifest + "/arrival", ""), 200);
        return manifest;
    }

    /** Checks in every member of a household that arrived at the camp, as {@code user} (its camp manager or a supervisor). */
    static void checkIn(String user, String camp, String registryNumber) {
        for (JsonNode household : json(require(get(user, "camps/" + camp + "/residents?household=" + registryNumber), 200)).get("items")) {
            for (JsonNode person : household.get("persons")) {
                require(post(user, "stays/" + person.get("stayId").asText() + "/check-in", ""), 204);
            }
        }
    }

    /** The ids of the open tasks with this form of a household (one per member for screening), offered to the user. */
    static java.util.List<String> tasks(String user, String registryNumber, String formKey) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode task : allItems(user, "tasks?reference=" + registryNumber)) {
            if (registryNumber.equals(task.get("businessKey").asText()) && formKey.equals(task.get("formKey").asText())) {
                ids.add(task.get("id").asText());
            }
        }
        return ids;
    }

    /** The id of the open task of this member with this form, offered to the user; null when there is none. */
    static String taskOf(String user, String registryNumber, String personId, String formKey) {
        for (JsonNode task : allItems(user, "tasks?reference=" + registryNumber)) {
            if (formKey.equals(task.get("formKey").asText()) && task.hasNonNull("person")
                    && personId.equals(task.get("person").get("id").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    /** Registers a member of a household of the demo BCP (relationship, sex F/M, birth date); returns the person's id. */
    static String registerMember(String number, String relationship, String sex, java.time.LocalDate birth) {
        return registerMember("registrar", number, relationship, sex, birth);
    }

    /** The same by another registrar (of the household's BCP). */
    static String registerMember(String registrar, String number, String relationship, String sex, java.time.LocalDate birth) {
        Names n = Names.random();
        HttpResponse<String> member = require(post(registrar, "households/" + number + "/members", "{\"relationship\":\""
                + relationship + "\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin()
                + "\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"]}"), 201);
        return json(member).get("person").get("id").asText();
    }

    /** The id of the open task with this form of a household, offered to the user. */
    static String task(String user, String registryNumber, String formKey) {
        for (JsonNode task : json(require(get(user, "tasks?reference=" + registryNumber), 200)).get("items")) {
            if (registryNumber.equals(task.get("businessKey").asText()) && formKey.equals(task.get("formKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new IllegalStateException("No " + formKey + " task of " + registryNumber + " for " + user);
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + Keycloak.token(user)).header("Accept-Language", "en");
    }

    private static <T> HttpResponse<T> sendAs(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return sendAs(request, HttpResponse.BodyHandlers.ofString());
    }
}
