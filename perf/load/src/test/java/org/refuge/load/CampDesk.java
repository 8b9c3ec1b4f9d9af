package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

/**
 * A camp manager's allocation desk (REST): looks at the camp's capacity and puts up more tents when fewer than
 * {@value #FEW_BEDS} beds are free (so the camp never runs full in a long run, as a manager would plan), opens the
 * allocation queue of households screened at every BCP, takes the first ready one no colleague has taken, reads the tents
 * Refuge proposes in the own camp, and allocates the household there.
 */
final class CampDesk {

    static final int FEW_BEDS = 120;
    /** A delivery of tents: 10 of 6 beds, every other delivery accessible (households with a disability need them). */
    private static final int TENTS = 10;

    private CampDesk() {
    }

    static ScenarioBuilder scenario(LoadSettings settings) {
        return CoreDsl.scenario("camp allocation desk (REST)")
                .feed(Accounts.feeder(Accounts.CAMP_MANAGERS))
                .asLongAs(Run::going, "round", true).on(pause(Think.around(5)), capacity(settings), allocation(settings));
    }

    private static ChainBuilder capacity(LoadSettings settings) {
        return exec(ApiTokens.bearer(settings))
                .exec(Rest.get("camp: capacity", "/camps/#{site}").check(status().is(200),
                        jsonPath("$.figures.beds").ofInt().saveAs("beds"), jsonPath("$.figures.occupied").ofInt().saveAs("occupied")))
                .exec(doIf(session -> session.contains("beds") && session.getInt("beds") - session.getInt("occupied") < FEW_BEDS)
                        .then(exec(ApiTokens.bearer(settings))
                                .exec(Rest.postOnce("camp: put up tents", "/camps/#{site}/tents", CampDesk::tents)
                                        .check(status().is(200)))));
    }

    private static ChainBuilder allocation(LoadSettings settings) {
        return exec(ApiTokens.bearer(settings))
                .exec(Rest.get("camp: allocation queue", "/allocations?size=50").check(status().is(200), bodyString().saveAs("queue")))
                .exec(CampDesk::takeHousehold)
                .exec(doIfOrElse(session -> session.contains("rn"))
                        .then(pause(Think.around(5))
                                .exec(ApiTokens.bearer(settings))
                                .exec(Rest.get("camp: tents proposed", "/allocations/proposal?household=#{rn}&camp=#{site}")
                                        .check(status().is(200)))
                                .pause(Think.around(15))
                                .exec(ApiTokens.bearer(settings))
                                .exec(Rest.postOnce("camp: allocate household", "/allocations",
                                                session -> Json.write(Map.of("registryNumber", session.getString("rn"),
                                                        "campCode", session.getString("site"))))
                                        .check(status().is(201))))
                        .orElse(pause(Think.around(20))));
    }

    private static String tents(Session session) {
        boolean accessible = (session.getInt("beds") / (TENTS * 6)) % 2 == 0;
        return Json.write(Map.of("count", TENTS, "beds", 6, "coveredM2", 24, "accessible", accessible));
    }

    /**
     * The first household of the queue (priority first) whose members are all registered and that nobody in this run
     * has taken, taken now. The queue also lists households still being registered one by one (flagged, not
     * allocatable yet: "notRegistered"), which the manager leaves for later.
     */
    private static Session takeHousehold(Session session) {
        Session cleared = session.removeAll("rn", "queue");
        if (!session.contains("queue")) {
            return cleared;
        }
        return Claims.takeFirst("allocation", Json.itemTexts(session.getString("queue"), "registryNumber",
                        item -> item.path("registered").asBoolean()))
                .map(rn -> cleared.set("rn", rn)).orElse(cleared);
    }
}
