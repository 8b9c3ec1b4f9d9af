package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The screening desks at a border crossing point (REST): a nurse or doctor ({@code medical}) and a police officer
 * running the security check ({@code police}). Each opens the inbox, takes the oldest person's task that no colleague
 * has taken (the tasks the registrars' members started), reads the household's screening summary, examines or
 * enquires, and records the result; with nobody waiting, they look again a little later.
 */
final class ScreeningDesks {

    /** What a desk records: most people cleared; now and then urgent care, cleared for the camp all the same. */
    private static final String CLEARED = Json.write(Map.of("triage", "NON_URGENT", "outcome", "CLEARED"));
    private static final String URGENT = Json.write(Map.of("triage", "URGENT", "outcome", "CLEARED",
            "conditions", "Dehydration after the journey; treated at the post"));

    private ScreeningDesks() {
    }

    static ScenarioBuilder medical(LoadSettings settings) {
        return desk(settings, "medical screening desk (REST)", "medical", Accounts.MEDICAL, "screening/medical",
                Rest.post("medical: record screening", "/screening/tasks/#{taskId}/medical-screening",
                        session -> ThreadLocalRandom.current().nextInt(10) == 0 ? URGENT : CLEARED).check(status().is(204)),
                30);
    }

    static ScenarioBuilder security(LoadSettings settings) {
        return desk(settings, "security check desk (REST)", "police", Accounts.POLICE, "screening/security",
                Rest.post("police: record security check", "/screening/tasks/#{taskId}/security-check",
                        session -> Json.write(Map.of("nssReference", "NSS/" + session.getString("taskId"), "nssAnswer", "CLEAR",
                                "policeReference", "POL/" + session.getString("taskId"), "policeAnswer", "CLEAR")))
                        .check(status().is(204)),
                25);
    }

    private static ScenarioBuilder desk(LoadSettings settings, String name, String role, List<Accounts.Account> accounts,
                                        String formKey, HttpRequestActionBuilder record, double workSeconds) {
        ChainBuilder work = exec(ApiTokens.bearer(settings))
                .exec(Rest.get(role + ": inbox", "/tasks?size=100").check(status().is(200), bodyString().saveAs("inbox")))
                .exec(session -> takeTask(session, formKey))
                .exec(doIfOrElse(session -> session.contains("taskId"))
                        .then(pause(Think.around(4))
                                .exec(ApiTokens.bearer(settings))
                                .exec(Rest.get(role + ": household screening", "/screening/households/#{rn}").check(status().is(200)))
                                .pause(Think.around(workSeconds))
                                .exec(ApiTokens.bearer(settings))
                                .exec(record))
                        .orElse(pause(Think.around(15))));
        return scenario(name)
                .feed(Accounts.feeder(accounts))
                .asLongAs(Run::going, "round", true).on(pause(Think.around(3)), work);
    }

    /** The oldest task of the form in the inbox that nobody in this run has taken: its id and household, taken now. */
    private static Session takeTask(Session session, String formKey) {
        Session cleared = session.removeAll("taskId", "rn");
        if (!session.contains("inbox")) {
            return cleared;
        }
        for (JsonNode task : Json.read(session.getString("inbox")).path("items")) {
            String id = task.path("id").asText();
            if (formKey.equals(task.path("formKey").asText()) && Claims.take(formKey, id)) {
                return cleared.remove("inbox").set("taskId", id).set("rn", task.path("businessKey").asText());
            }
        }
        return cleared.remove("inbox");
    }
}
