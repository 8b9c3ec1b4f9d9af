package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

/**
 * A caseworker's temporary-protection desk (REST): opens the worklist of households ready for a decision under the
 * decree in force (screened, every member registered), narrowed to the border crossing point the desk works for (the
 * caseload is shared out by BCP, the desks in turn), takes the first household no colleague has taken, reads its
 * members against the decree, and grants protection to those it covers.
 */
final class ProtectionDesk {

    private ProtectionDesk() {
    }

    static ScenarioBuilder scenario(LoadSettings settings) {
        return CoreDsl.scenario("protection desk (REST)")
                .feed(Accounts.feeder(Accounts.CASEWORKERS))
                .feed(bcps())
                .asLongAs(Run::going, "round", true).on(pause(Think.around(5)),
                        exec(ApiTokens.bearer(settings))
                                .exec(session -> session.set("decree", Subjects.decree()))
                                .exec(Rest.get("caseworker: protection worklist", "/protection/worklist?decree=#{decree}&bcp=#{bcp}&size=50")
                                        .check(status().is(200), bodyString().saveAs("worklist")))
                                .exec(ProtectionDesk::takeHousehold)
                                .exec(doIfOrElse(session -> session.contains("rn"))
                                        .then(pause(Think.around(5))
                                                .exec(ApiTokens.bearer(settings))
                                                .exec(Rest.get("caseworker: household against the decree",
                                                        "/protection/households/#{rn}?decree=#{decree}").check(status().is(200)))
                                                .pause(Think.around(20))
                                                .exec(ApiTokens.bearer(settings))
                                                .exec(Rest.post("caseworker: grant protection", "/protection/households/#{rn}/grant",
                                                                session -> Json.write(Map.of("decreeId", session.getString("decree"))))
                                                        .check(status().is(200))))
                                        .orElse(pause(Think.around(20)))));
    }

    /** The BCP of each desk in turn: the registrars' sites. */
    private static Iterator<Map<String, Object>> bcps() {
        AtomicLong next = new AtomicLong();
        return Stream.generate(() -> Map.<String, Object>of("bcp",
                Accounts.REGISTRARS.get((int) (next.getAndIncrement() % Accounts.REGISTRARS.size())).site())).iterator();
    }

    private static Session takeHousehold(Session session) {
        Session cleared = session.removeAll("rn", "worklist");
        if (!session.contains("worklist")) {
            return cleared;
        }
        return Claims.takeFirst("protection", Json.itemTexts(session.getString("worklist"), "registryNumber", item -> true))
                .map(rn -> cleared.set("rn", rn)).orElse(cleared);
    }
}
