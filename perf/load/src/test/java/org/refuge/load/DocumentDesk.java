package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

/**
 * The police's identity-document desk at a BCP (REST): opens the queue of protected persons still without a card
 * (soonest deadline first), takes a household no colleague has taken and opens its file: a household whose members
 * all have their photo and that has no card yet gets its cards produced, each printed and handed over; a household
 * without photos is left for the registrars (the production would be refused), as one with cards under way is.
 */
final class DocumentDesk {

    /** Households looked at per visit of the queue before the officer turns to other work. */
    private static final int LOOKS = 3;

    private DocumentDesk() {
    }

    static ScenarioBuilder scenario(LoadSettings settings) {
        return CoreDsl.scenario("identity document desk (REST)")
                .feed(Accounts.feeder(Accounts.POLICE))
                .asLongAs(Run::going, "round", true).on(pause(Think.around(5)),
                        exec(ApiTokens.bearer(settings))
                                .exec(Rest.get("police: document queue", "/documents/queue?size=100")
                                        .check(status().is(200), bodyString().saveAs("queue")))
                                .exec(DocumentDesk::candidates)
                                .exec(asLongAs(session -> !session.contains("ready") && session.<List<String>>get("candidates").size()
                                        > session.getInt("looked") && session.getInt("looked") < LOOKS, "looked").on(look(settings)))
                                .exec(doIfOrElse(session -> session.contains("ready")).then(cards(settings)).orElse(pause(Think.around(20)))));
    }

    /** The households of the queue in its order, once each, that nobody in this run has looked at. */
    private static Session candidates(Session session) {
        Session cleared = session.removeAll("queue", "ready", "candidates", "documentIds");
        List<String> numbers = new ArrayList<>();
        if (session.contains("queue")) {
            for (String rn : new LinkedHashSet<>(Json.itemTexts(session.getString("queue"), "registryNumber", item -> true))) {
                if (!Claims.taken("documents", rn)) {
                    numbers.add(rn);
                }
            }
        }
        return cleared.set("candidates", numbers);
    }

    /** One household of the candidates: taken, its members' photos and its documents read. */
    private static ChainBuilder look(LoadSettings settings) {
        return exec(session -> {
            String rn = session.<List<String>>get("candidates").get(session.getInt("looked"));
            return Claims.take("documents", rn) ? session.set("rn", rn) : session.remove("rn");
        }).exec(doIf(session -> session.contains("rn")).then(
                exec(ApiTokens.bearer(settings))
                        .exec(Rest.get("police: household members", "/households/#{rn}/members")
                                .check(status().is(200), bodyString().saveAs("members")))
                        .exec(Rest.get("police: household documents", "/documents/households/#{rn}")
                                .check(status().is(200), bodyString().saveAs("documents")))
                        .exec(session -> ready(session) ? session.set("ready", session.getString("rn")) : session)));
    }

    /** Every member has a photo and no card of the household is produced yet. */
    private static boolean ready(Session session) {
        JsonNode members = Json.read(session.getString("members"));
        if (!members.isArray() || members.isEmpty()) {
            return false;
        }
        for (JsonNode member : members) {
            if (!member.path("hasPhoto").asBoolean()) {
                return false;
            }
        }
        return Json.read(session.getString("documents")).isEmpty();
    }

    private static ChainBuilder cards(LoadSettings settings) {
        return pause(Think.around(5))
                .exec(ApiTokens.bearer(settings))
                .exec(Rest.post("police: produce documents", "/documents/households/#{ready}", session -> "")
                        .check(status().is(201), jsonPath("$[*].id").findAll().saveAs("documentIds")))
                .foreach("#{documentIds}", "documentId").on(
                        pause(Think.around(8))
                                .exec(ApiTokens.bearer(settings))
                                .exec(Rest.post("police: print card", "/documents/#{documentId}/prints", session -> "{}")
                                        .header("Accept", "application/pdf").check(status().is(200)))
                                .pause(Think.around(12))
                                .exec(ApiTokens.bearer(settings))
                                .exec(Rest.post("police: hand over card", "/documents/#{documentId}/handover",
                                                session -> Json.write(Map.of("handedTo", "The holder in person")))
                                        .check(status().is(204))));
    }
}
