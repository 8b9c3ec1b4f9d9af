package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, item 4, through the REST API with real tokens: a supervisor sees who holds which tasks and each queue, moves
 * a claimed task to a person who may work on it (refused, in the caller's language, for a person without the task's
 * role or of another site, or unknown to Refuge) and back to its group, each move audited; redirects a border crossing
 * point's medical screening to another site's medical team, new families included, until it is lifted. Nobody else
 * may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class TaskSupervisionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    /** A household pre-registered at Margara (the registrar's BCP): its registry number. */
    /** A household of one woman, registered: her medical screening and security check are open. */
    static String household() {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 0, 0, 0);
        Api.registerMember(number, "HEAD", "F", java.time.LocalDate.now().minusYears(31));
        return number;
    }

    /** Each of these users makes a request, so that Refuge knows their roles and sites (the staff directory). */
    static void signedIn(String... users) {
        for (String user : users) {
            assertThat(Api.get(user, "me").statusCode()).isEqualTo(200);
        }
    }

    static HttpResponse<String> assign(String taskId, String user, String language) {
        return Api.send(Api.request("supervisor", "tasks/" + taskId + "/assignee").setHeader("Accept-Language", language)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user == null ? "{}" : "{\"user\":\"" + user + "\"}")));
    }

    private static HttpResponse<String> unassign(String user, String taskId) {
        return Api.send(Api.request(user, "tasks/" + taskId + "/assignee").DELETE());
    }

    @Test
    void aSupervisor_movesAClaimedTask_toAPersonWhoMayWorkOnIt_andBackToItsGroup_eachMoveAudited() throws SQLException {
        signedIn("police", "caseworker-police", "police2", "medical");
        String number = household();
        String check = Api.task("police", number, "screening/security");

        HttpResponse<String> taken = assign(check, "police", "en");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(json(taken).get("assignee").asText()).isEqualTo("police");
        assertThat(json(taken).hasNonNull("claimedAt")).isTrue();

        JsonNode held = json(Api.get("supervisor", "tasks/claimed?user=police&reference=" + number));
        assertThat(held.get("total").asLong()).isEqualTo(1);
        JsonNode row = held.get("items").get(0);
        assertThat(row.get("id").asText()).isEqualTo(check);
        assertThat(row.get("siteCode").asText()).isEqualTo("BCP-MARGARA");
        assertThat(row.get("heldByAssignee").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(json(Api.get("supervisor", "tasks/" + check + "/eligible-assignees"))).extracting(p -> p.get("username").asText())
                .contains("caseworker-police").doesNotContain("police", "police2", "medical");

        HttpResponse<String> moved = assign(check, "caseworker-police", "en");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).get("assignee").asText()).isEqualTo("caseworker-police");
        assertThat(assignee("caseworker-police", number)).isEqualTo("caseworker-police");

        HttpResponse<String> noRole = assign(check, "medical", "ru");
        assertThat(noRole.statusCode()).isEqualTo(409);
        assertThat(json(noRole).get("rule").asText()).isEqualTo("assigneeRole");
        assertThat(json(noRole).get("detail").asText()).isEqualTo("У пользователя medical нет ни одной из ролей, которым предложена задача (police).");
        HttpResponse<String> otherSite = assign(check, "police2", "hy");
        assertThat(otherSite.statusCode()).isEqualTo(409);
        assertThat(json(otherSite).get("rule").asText()).isEqualTo("assigneeSite");
        assertThat(json(otherSite).get("detail").asText()).isEqualTo("police2 օգտատերը չի աշխատում BCP-MARGARA վայրում, որտեղ կատարվում է այս առաջադրանքը։");
        HttpResponse<String> unknown = assign(check, "nobody-" + UUID.randomUUID(), "en");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("detail").asText()).startsWith("Refuge does not know the user nobody-");
        assertThat(assign(check, null, "en").statusCode()).isEqualTo(400);
        assertThat(assignee("caseworker-police", number)).as("the refused moves changed nothing").isEqualTo("caseworker-police");

        assertThat(unassign("supervisor", check).statusCode()).isEqualTo(204);
        assertThat(assignee("police", number)).as("back in the group's queue").isNull();
        HttpResponse<String> again = unassign("supervisor", check);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("rule").asText()).isEqualTo("notClaimed");

        assertThat(audited(check)).containsExactly("supervisor: given to police", "supervisor: moved from police to caseworker-police",
                "supervisor: returned from caseworker-police to its group");
    }

    @Test
    void nobodyButASupervisor_seesOrMovesTheWork() {
        String number = household();
        String check = Api.task("police", number, "screening/security");
        for (String user : List.of("police", "caseworker", "registrar", "medical", "auditor")) {
            assertThat(Api.get(user, "tasks/claimed").statusCode()).as(user).isEqualTo(403);
            assertThat(Api.get(user, "tasks/queues").statusCode()).as(user).isEqualTo(403);
            assertThat(Api.post(user, "tasks/" + check + "/assignee", "{\"user\":\"" + user + "\"}").statusCode()).as(user).isEqualTo(403);
            assertThat(unassign(user, check).statusCode()).as(user).isEqualTo(403);
            assertThat(Api.post(user, "tasks/redirects", "{\"fromSite\":\"BCP-MARGARA\",\"toSite\":\"BCP-BAGRATASHEN\"}").statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(assignee("police", number)).isNull();
    }

    @Test
    void theQueues_sayHowManyTasksWaitAtEachSite_aPageAtATime() {
        String number = household();
        JsonNode page = Api.page("supervisor", "tasks/queues?group=police&site=BCP-MARGARA", 0, 10);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode queue = page.get("items").get(0);
        assertThat(queue.get("group").asText()).isEqualTo("police");
        assertThat(queue.get("open").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(queue.get("oldestSince").asText()).isNotEmpty();
        assertThat(Api.task("police", number, "screening/security")).isNotNull();

        JsonNode all = Api.page("supervisor", "tasks/queues", 0, 5);
        assertThat(all.get("items").size()).isEqualTo(5);
        assertThat(all.get("total").asLong()).as("each site-bound role at each site and of no site, the others once")
                .isGreaterThan(5);
        assertThat(Api.get("supervisor", "tasks/queues?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aBcpsMedicalScreening_goesToAnotherSitesTeam_newFamiliesToo_untilTheRedirectionIsLifted() {
        signedIn("medical", "medical2");
        String waiting = household();
        assertThat(offered("medical", waiting)).isTrue();

        HttpResponse<String> made = Api.post("supervisor", "tasks/redirects", "{\"fromSite\":\"BCP-MARGARA\",\"toSite\":\"BCP-BAGRATASHEN\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String redirect = json(made).get("id").asText();
        try {
            assertThat(json(made).get("tasksMoved").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(offered("medical2", waiting)).as("the other site's team has it").isTrue();
            assertThat(offered("medical", waiting)).isFalse();

            String later = household();
            assertThat(offered("medical2", later)).as("a family registered since follows the redirection").isTrue();
            assertThat(offered("medical", later)).isFalse();
            String screening = Api.task("medical2", later, "screening/medical");
            HttpResponse<String> screened = Api.post("medical2", "screening/tasks/" + screening + "/medical-screening",
                    "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");
            assertThat(screened.statusCode()).as(screened.body()).isBetween(200, 204);

            assertThat(json(Api.get("supervisor", "tasks/redirects?inForce=true")).get("items")).extracting(r -> r.get("id").asText())
                    .contains(redirect);
            HttpResponse<String> twice = Api.post("supervisor", "tasks/redirects", "{\"fromSite\":\"BCP-MARGARA\",\"toSite\":\"BCP-KORNIDZOR\"}");
            assertThat(twice.statusCode()).isEqualTo(409);
            assertThat(json(twice).get("rule").asText()).isEqualTo("redirectInForce");
            HttpResponse<String> toARedirected = Api.post("supervisor", "tasks/redirects",
                    "{\"fromSite\":\"BCP-KORNIDZOR\",\"toSite\":\"BCP-MARGARA\"}");
            assertThat(toARedirected.statusCode()).isEqualTo(409);
            assertThat(json(toARedirected).get("rule").asText()).isEqualTo("redirectTarget");
            assertThat(Api.post("supervisor", "tasks/redirects", "{\"fromSite\":\"BCP-KORNIDZOR\",\"toSite\":\"BCP-KORNIDZOR\"}")
                    .statusCode()).isEqualTo(400);
            assertThat(Api.post("supervisor", "tasks/redirects", "{\"fromSite\":\"BCP-NOWHERE\",\"toSite\":\"BCP-KORNIDZOR\"}")
                    .statusCode()).isEqualTo(400);
        } finally {
            HttpResponse<String> lifted = Api.post("supervisor", "tasks/redirects/" + redirect + "/lift", "");
            assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
            assertThat(json(lifted).hasNonNull("liftedAt")).isTrue();
        }
        assertThat(offered("medical", waiting)).as("back at its own BCP").isTrue();
        assertThat(offered("medical2", waiting)).isFalse();
        assertThat(Api.post("supervisor", "tasks/redirects/" + redirect + "/lift", "").statusCode()).isEqualTo(409);
    }

    /**
     * The sweep runs every minute with the default limit of 8 hours: a task claimed 9 hours ago (its claim time set back
     * in the engine's table, as if its holder had gone off shift) returns to its group by itself, audited as Refuge's
     * own act; a task claimed now stays with its holder. The test waits for the sweep's next run and asserts no timing.
     */
    @Test
    void aTaskClaimedLongerAgoThanTheIdleLimit_returnsToItsGroupByItself() throws Exception {
        signedIn("police");
        String idle = household();
        String busy = household();
        String idleCheck = Api.task("police", idle, "screening/security");
        String busyCheck = Api.task("police", busy, "screening/security");
        assertThat(assign(idleCheck, "police", "en").statusCode()).isEqualTo(200);
        assertThat(assign(busyCheck, "police", "en").statusCode()).isEqualTo(200);
        try (Connection db = TestDatabase.connect(); var update = db.prepareStatement(
                "UPDATE act_ru_task SET claim_time_ = claim_time_ - interval '9 hours' WHERE id_ = ?")) {
            update.setString(1, idleCheck);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (assignee("police", idle) != null && System.nanoTime() < deadline) {
            Thread.sleep(2000);
        }
        assertThat(assignee("police", idle)).as("returned to its group by the sweep").isNull();
        assertThat(assignee("police", busy)).as("claimed now: stays with its holder").isEqualTo("police");
        assertThat(audited(idleCheck)).contains("system: returned from police to its group after 8 h idle");
        assertThat(audited(busyCheck)).containsExactly("supervisor: given to police");
        assertThat(unassign("supervisor", busyCheck).statusCode()).isEqualTo(204);
    }

    /** Whether the user's inbox offers the household's medical screening. */
    private static boolean offered(String user, String number) {
        for (JsonNode task : json(Api.get(user, "tasks?reference=" + number)).get("items")) {
            if ("screening/medical".equals(task.get("formKey").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Who holds the household's security check, as the user's inbox says (null: nobody). */
    static String assignee(String user, String number) {
        for (JsonNode task : json(Api.get(user, "tasks?reference=" + number)).get("items")) {
            if ("screening/security".equals(task.get("formKey").asText())) {
                return task.hasNonNull("assignee") ? task.get("assignee").asText() : null;
            }
        }
        throw new AssertionError("No security check of " + number + " for " + user);
    }

    /** The task's audit trail: "actor: purpose", oldest first. */
    static List<String> audited(String taskId) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); var query = db.prepareStatement(
                "SELECT actor, purpose FROM audit_event WHERE record_type = 'Task' AND record_id = ? ORDER BY occurred_at, id")) {
            query.setString(1, taskId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1) + ": " + rows.getString(2));
                }
            }
        }
        return lines;
    }
}
