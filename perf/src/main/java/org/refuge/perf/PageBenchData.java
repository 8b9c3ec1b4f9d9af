package org.refuge.perf;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the page benchmark's pages show beyond the demo households ({@code ./refuge demo}), made through the REST API
 * as the demo users would make it, once: the camp manager's camp {@value #CAMP} set up and open with {@value #TENTS}
 * tents; {@value #SCREENED} households of {@code BCP-MARGARA} screened by {@code medical} and {@code police}, of which
 * {@value #ALLOCATED} are allocated to the camp, {@value #TRAVELLED} travel there and {@value #CHECKED_IN} are checked
 * in; an influx event; a decree in force for the influx's citizenships and protection granted to
 * {@value #PROTECTED} households. A later run finds the camp's residents and leaves everything as it is.
 * <p>
 * Then it names the pages' subjects: a household of {@code BCP-MARGARA} (the largest among the camp's first ten
 * residents), a medical and a security-check task when some are open, the influx event.
 */
final class PageBenchData {

    static final String CAMP = "CAMP-ARARAT-1";
    static final String SITE = "BCP-MARGARA";
    static final int TENTS = 100;
    static final int SCREENED = 80;
    static final int ALLOCATED = 60;
    static final int TRAVELLED = 40;
    static final int CHECKED_IN = 30;
    static final int PROTECTED = 30;

    /** The subjects of the pages: registry number, open tasks (null when none), influx event id, camp. */
    record Subjects(String household, String medicalTask, String securityTask, String influxEvent, String camp) {
    }

    private final Map<String, RefugeApi> apis = new LinkedHashMap<>();
    private final HttpClient http;
    private final Settings settings;
    private final Consumer<String> log;

    PageBenchData(HttpClient http, Settings settings, Consumer<String> log) {
        this.http = http;
        this.settings = settings;
        this.log = log;
    }

    private RefugeApi as(String user) {
        return apis.computeIfAbsent(user, u -> new RefugeApi(http, settings, new Tokens(http, settings, u, "demo")));
    }

    Subjects prepare() throws IOException, InterruptedException {
        openCamp();
        String event = influxEvent();
        if (require(as("camp-manager").get("/camps/" + CAMP + "/residents?size=1"), "residents").path("total").asLong() == 0) {
            List<String> screened = screen();
            List<String> allocated = allocate(screened);
            travel(allocated.subList(0, Math.min(TRAVELLED, allocated.size())));
            protect(screened.subList(0, Math.min(PROTECTED, screened.size())));
        } else {
            log.accept("  the camp has residents: the bench's households were prepared by an earlier run");
        }
        return subjects(event);
    }

    // ------------------------------------------------------------------ the camp and the influx

    private void openCamp() throws IOException, InterruptedException {
        RefugeApi manager = as("camp-manager");
        require(manager.put("/camps/" + CAMP, Map.of("areaM2", 40_000)), "camp land");
        JsonNode figures = require(manager.get("/camps/" + CAMP), "camp").path("figures");
        int tents = figures.path("tents").asInt();
        if (tents < TENTS) {
            require(manager.post("/camps/" + CAMP + "/tents", Map.of("count", TENTS - tents, "beds", 6, "coveredM2", 24,
                    "accessible", false), "page-bench-tents-" + tents), "tents");
            log.accept("  " + (TENTS - tents) + " tents put up in " + CAMP);
        }
        if ("OPEN".equals(figures.path("status").asText())) {
            return;
        }
        for (String kind : List.of("SMS_STAFF_TENT", "MEDICAL_SOCIAL_TENT", "POLICE_TENT")) {
            require(manager.post("/camps/" + CAMP + "/staff-tents", Map.of("kind", kind, "coveredM2", 70), null), kind);
        }
        for (int i = figures.path("waterSanitaryPoints").asInt(); i < 6; i++) {
            require(manager.post("/camps/" + CAMP + "/water-points", Map.of("taps", 2, "toilets", 8, "showers", 4), null), "water point");
        }
        require(manager.put("/camps/" + CAMP + "/power", Map.of("supplied", true)), "power");
        require(manager.post("/camps/" + CAMP + "/water-supply", Map.of("day", LocalDate.now().minusDays(1).toString(),
                "litres", 30_000), null), "water supply");
        require(manager.post("/camps/" + CAMP + "/open", Map.of(), null), "opening");
        log.accept("  " + CAMP + " set up and opened");
    }

    private String influxEvent() throws IOException, InterruptedException {
        RefugeApi supervisor = as("supervisor");
        JsonNode events = require(supervisor.get("/influx-events?size=1"), "influx events").path("items");
        if (events.size() > 0) {
            return events.get(0).path("id").asText();
        }
        log.accept("  an influx event declared");
        return require(supervisor.post("/influx-events", Map.of("name", "Page benchmark influx", "threshold", 2000),
                "page-bench-influx"), "influx event").path("id").asText();
    }

    // ------------------------------------------------------------------ the households' path

    private List<String> screen() throws IOException, InterruptedException {
        List<String> screened = new ArrayList<>();
        for (String[] task : tasks("medical", "screening/medical", SCREENED)) {
            String number = task[1];
            require(as("medical").post("/screening/tasks/" + task[0] + "/medical-screening",
                    Map.of("triage", "NON_URGENT", "outcome", "CLEARED"), null), "medical screening of " + number);
            String security = taskOf("police", number, "screening/security");
            if (security != null) {
                require(as("police").post("/screening/tasks/" + security + "/security-check", Map.of("nssReference", "NSS/" + number,
                        "nssAnswer", "CLEAR", "policeReference", "POL/" + number, "policeAnswer", "CLEAR"), null), "security check of " + number);
            }
            screened.add(number);
        }
        log.accept("  " + screened.size() + " households of " + SITE + " screened (medical and security)");
        return screened;
    }

    private List<String> allocate(List<String> screened) throws IOException, InterruptedException {
        List<String> allocated = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String number : screened.subList(0, Math.min(ALLOCATED, screened.size()))) {
            RefugeApi.Reply reply = as("camp-manager").post("/allocations", Map.of("registryNumber", number, "campCode", CAMP),
                    "page-bench-allocation-" + number);
            if (reply.ok()) {
                allocated.add(number);
            } else if (refused.size() < 3) {
                refused.add(number + ": " + reply.problem());
            }
        }
        log.accept("  " + allocated.size() + " households allocated to " + CAMP + (refused.isEmpty() ? "" : "; refused: " + refused));
        return allocated;
    }

    private void travel(List<String> households) throws IOException, InterruptedException {
        if (households.isEmpty()) {
            return;
        }
        RefugeApi manager = as("camp-manager");
        String id = require(manager.post("/camps/" + CAMP + "/manifests", Map.of("vehicle", "Bus 34 AB 123", "driver", "A. Petrosyan",
                "departure", LocalDateTime.now().withNano(0).toString(), "households", households), "page-bench-manifest"), "manifest")
                .path("id").asText();
        require(manager.post("/manifests/" + id + "/departure", Map.of("boarded", households), null), "departure");
        require(manager.post("/manifests/" + id + "/arrival", Map.of(), null), "arrival");
        int checkedIn = 0;
        for (String number : households.subList(0, Math.min(CHECKED_IN, households.size()))) {
            for (JsonNode household : require(manager.get("/camps/" + CAMP + "/residents?household=" + number), "residents").path("items")) {
                for (JsonNode person : household.path("persons")) {
                    require(manager.post("/stays/" + person.path("stayId").asText() + "/check-in", Map.of(), null), "check-in");
                    checkedIn++;
                }
            }
        }
        log.accept("  " + households.size() + " households travelled to " + CAMP + ", " + checkedIn + " persons checked in");
    }

    private void protect(List<String> households) throws IOException, InterruptedException {
        RefugeApi supervisor = as("supervisor");
        JsonNode inForce = require(supervisor.get("/decrees?inForce=true&size=1"), "decrees").path("items");
        String decree = inForce.size() > 0 ? inForce.get(0).path("id").asText()
                : require(supervisor.post("/decrees", Map.of("number", "PB-" + LocalDate.now(), "adoptedOn", LocalDate.now().minusDays(1).toString(),
                        "inForceFrom", LocalDate.now().minusDays(1).toString(), "citizenships", List.of("ARM", "RUS", "SYR", "IRQ", "IRN"),
                        "coversStateless", true, "arrivedFrom", LocalDate.now().minusDays(30).toString()), "page-bench-decree"), "decree")
                        .path("id").asText();
        int granted = 0;
        String firstRefusal = null;
        for (String number : households) {
            RefugeApi.Reply reply = as("caseworker").post("/protection/households/" + number + "/grant", Map.of("decreeId", decree), null);
            if (reply.ok()) {
                granted++;
            } else if (firstRefusal == null) {
                firstRefusal = number + ": " + reply.problem();
            }
        }
        log.accept("  protection granted to " + granted + " households" + (firstRefusal == null ? "" : " (first refusal " + firstRefusal + ")"));
    }

    // ------------------------------------------------------------------ the pages' subjects

    private Subjects subjects(String event) throws IOException, InterruptedException {
        List<String[]> medical = tasks("medical", "screening/medical", 1);
        List<String[]> security = tasks("police", "screening/security", 1);
        String household = null;
        int most = 0;
        for (JsonNode resident : require(as("camp-manager").get("/camps/" + CAMP + "/residents?size=10"), "residents").path("items")) {
            if (resident.path("persons").size() > most) {
                most = resident.path("persons").size();
                household = resident.path("registryNumber").asText();
            }
        }
        if (household == null && !medical.isEmpty()) {
            household = medical.get(0)[1];
        }
        if (household == null) {
            throw new IllegalStateException("No household at " + SITE + ": load the demo households first (./refuge demo)");
        }
        return new Subjects(household, medical.isEmpty() ? null : medical.get(0)[0], security.isEmpty() ? null : security.get(0)[0],
                event, CAMP);
    }

    /** Up to {@code max} open tasks of this form offered to the user, oldest first: [task id, registry number]. */
    private List<String[]> tasks(String user, String form, int max) throws IOException, InterruptedException {
        List<String[]> found = new ArrayList<>();
        for (int page = 0; found.size() < max; page++) {
            JsonNode items = require(as(user).get("/tasks?page=" + page + "&size=100"), "inbox of " + user).path("items");
            for (JsonNode task : items) {
                if (form.equals(task.path("formKey").asText()) && found.size() < max) {
                    found.add(new String[] {task.path("id").asText(), task.path("businessKey").asText()});
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        return found;
    }

    private String taskOf(String user, String number, String form) throws IOException, InterruptedException {
        for (JsonNode task : require(as(user).get("/tasks?reference=" + number), "tasks of " + number).path("items")) {
            if (number.equals(task.path("businessKey").asText()) && form.equals(task.path("formKey").asText())) {
                return task.path("id").asText();
            }
        }
        return null;
    }

    private static JsonNode require(RefugeApi.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " refused: " + reply.problem());
        }
        return reply.body();
    }
}
