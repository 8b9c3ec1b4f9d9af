package org.refuge.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gatling.javaapi.core.Session;

/**
 * The main JSF pages of each role, in the order a person opens them: the page benchmark's list
 * ({@code org.refuge.perf.PageBenchmark}, docs/benchmarks-pages.md), with the subjects taken as a person finds them:
 * a task from the inbox's links, a household from the inbox or else one registered in this run at the user's site,
 * the user's own camp, the influx event. A page whose subject is not there yet is left out of that round.
 */
final class PagePaths {

    /** A page: its name in the report, its address (below the application's root, with its query; null: skip), and
     * whether it is an inbox whose links the next pages follow. */
    record Page(String name, Function<Session, String> path, boolean inbox) {

        static Page of(String name, String path) {
            return new Page(name, session -> path, false);
        }
    }

    private static final Page INBOX = new Page("inbox", session -> "/platform/inbox.xhtml", true);

    /** The page each role's browser opens first (and signs in on). */
    static final Map<String, String> FIRST = Map.of("registrar", "/registration/pre-register.xhtml",
            "medical", "/platform/inbox.xhtml", "police", "/platform/inbox.xhtml", "camp-manager", "/camps/camps.xhtml",
            "caseworker", "/protection/decisions.xhtml", "supervisor", "/emergency/influx-events.xhtml");

    static final Map<String, List<Page>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("registrar", List.of(Page.of("pre-registration", "/registration/pre-register.xhtml"),
                new Page("household file", s -> household(s, "/registration/household.xhtml?number="), false),
                new Page("members", s -> household(s, "/registration/members.xhtml?number="), false),
                INBOX, Page.of("photo sheets", "/protection/photo-print.xhtml")));
        ROLES.put("medical", List.of(INBOX, new Page("medical screening form", PagePaths::task, false),
                new Page("household file", s -> household(s, "/registration/household.xhtml?number="), false)));
        ROLES.put("police", List.of(INBOX, new Page("security check form", PagePaths::task, false),
                Page.of("identity documents (queue)", "/protection/documents.xhtml"),
                new Page("identity documents of a household", s -> household(s, "/protection/documents.xhtml?household="), false)));
        ROLES.put("camp-manager", List.of(Page.of("camps", "/camps/camps.xhtml"),
                new Page("allocation queue", s -> "/camps/allocation.xhtml?camp=" + s.getString("site"), false),
                new Page("camp page (board, residents, check-in)", s -> "/camps/camp.xhtml?site=" + s.getString("site"), false),
                new Page("transfers", s -> "/camps/transfers.xhtml?site=" + s.getString("site"), false), INBOX));
        ROLES.put("caseworker", List.of(Page.of("protection decisions", "/protection/decisions.xhtml"),
                new Page("protection decisions of a household", s -> household(s, "/protection/decisions.xhtml?household="), false),
                Page.of("duplicates", "/registration/duplicates.xhtml"), INBOX));
        ROLES.put("supervisor", List.of(
                new Page("action plan", s -> Subjects.influxEvent().isEmpty() ? null
                        : "/emergency/action-plan.xhtml?event=" + Subjects.influxEvent(), false),
                Page.of("influx events", "/emergency/influx-events.xhtml"), INBOX,
                Page.of("document deadlines", "/protection/deadlines.xhtml")));
    }

    private PagePaths() {
    }

    /** The task page the inbox linked to (its {@code &amp;} as the browser sends it), or null when it listed none. */
    private static String task(Session session) {
        return session.contains("taskLink") ? "/" + session.getString("taskLink").replace("&amp;", "&") : null;
    }

    /** The household the inbox showed, else one registered in this run at the user's site (any site for all-sites roles). */
    private static String household(Session session, String page) {
        if (session.contains("inboxHousehold")) {
            return page + session.getString("inboxHousehold");
        }
        return Claims.recentHousehold(session.getString("site")).map(rn -> page + rn).orElse(null);
    }
}
