package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * People working in the JSF screens with a browser: each signs in through Keycloak's form as a demo user of a role,
 * then goes through the main pages of that role ({@link PagePaths}, the page benchmark's list) again and again, a
 * person's pause of some seconds between two pages, until the run ends. The tasks and households they open come
 * from their inbox's links, as a person clicks them, or else from the households registered in this run. Each page's
 * server time is taken from its {@code Server-Timing} header ({@link ServerTimings}).
 */
final class PageUsers {

    /**
     * The roles of the browser users, in the order they arrive: every role among the first six, then mostly the
     * desks at the border (registrars, medical, police) over the all-sites roles, as their numbers run.
     */
    static final List<String> ROLES = List.of("registrar", "medical", "police", "camp-manager", "caseworker", "supervisor",
            "registrar", "medical", "police", "registrar", "caseworker", "medical", "police", "registrar", "supervisor",
            "camp-manager", "registrar", "medical", "police", "caseworker");

    private PageUsers() {
    }

    static ScenarioBuilder scenario(LoadSettings settings) {
        List<ChainBuilder> roles = PagePaths.ROLES.entrySet().stream()
                .map(role -> doIf(session -> role.getKey().equals(session.getString("role")))
                        .then(path(settings, role.getKey(), role.getValue())))
                .toList();
        return CoreDsl.scenario("browser users (JSF pages)")
                .feed(feeder())
                .exec(BrowserSignIn.signIn(settings, "pages: sign-in: "))
                .exitHereIfFailed()
                .asLongAs(Run::going, "round", true).on(exec(roles));
    }

    private static ChainBuilder path(LoadSettings settings, String role, List<PagePaths.Page> pages) {
        List<ChainBuilder> steps = new ArrayList<>();
        for (PagePaths.Page page : pages) {
            steps.add(step(settings, "page " + role + ": " + page.name(), page.path(), page.inbox()));
        }
        return exec(steps);
    }

    private static ChainBuilder step(LoadSettings settings, String name, Function<Session, String> path, boolean inbox) {
        return exec(session -> {
            // an inbox is read afresh: the links of the last one may be gone (the task done meanwhile)
            Session fresh = inbox ? session.removeAll("taskLink", "inboxHousehold") : session;
            String address = path.apply(fresh);
            return address == null ? fresh.remove("pagePath") : fresh.set("pagePath", address);
        }).exec(doIf(session -> session.contains("pagePath")).then(
                pause(Think.around(8))
                        .exec(load(settings, name, inbox))
                        .exec(session -> ServerTimings.record(name, session))));
    }

    private static HttpRequestActionBuilder load(LoadSettings settings, String name, boolean inbox) {
        HttpRequestActionBuilder get = http(name).get("#{pagePath}").check(status().is(200),
                currentLocationRegex("^" + Pattern.quote(settings.appUrl()) + "/"),
                header("Server-Timing").optional().saveAs("serverTiming"));
        if (!inbox) {
            return get;
        }
        // the inbox's links: a person opens one of the tasks listed, or a household's file
        return get.check(
                regex("href=\"/(screening/(?:medical|security)\\.xhtml\\?task=[^\"]+)\"").findRandom().optional().saveAs("taskLink"),
                regex("href=\"/registration/household\\.xhtml\\?number=([A-Z0-9-]+)\"").findRandom().optional().saveAs("inboxHousehold"));
    }

    /** Each browser user's role in the order above, and that role's demo accounts in turn. */
    static Iterator<Map<String, Object>> feeder() {
        Map<String, Iterator<Map<String, Object>>> accounts = Map.of(
                "registrar", Accounts.feeder(Accounts.REGISTRARS), "medical", Accounts.feeder(Accounts.MEDICAL),
                "police", Accounts.feeder(Accounts.POLICE), "camp-manager", Accounts.feeder(Accounts.CAMP_MANAGERS),
                "caseworker", Accounts.feeder(Accounts.CASEWORKERS), "supervisor", Accounts.feeder(Accounts.SUPERVISORS));
        AtomicLong next = new AtomicLong();
        return Stream.<Map<String, Object>>generate(() -> {
            String role = ROLES.get((int) (next.getAndIncrement() % ROLES.size()));
            Map<String, Object> record = new HashMap<>(accounts.get(role).next());
            record.put("role", role);
            record.put("firstPage", PagePaths.FIRST.get(role));
            return record;
        }).iterator();
    }
}
