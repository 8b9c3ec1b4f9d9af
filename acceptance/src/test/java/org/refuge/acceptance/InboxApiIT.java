package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, item 2, through {@code GET /api/v1/tasks} with real tokens: an inbox lists the most urgent tasks first
 * (the engine's task priority), then the oldest; each task says what it is about (a household's head, size, need
 * categories as the reader may see them, border crossing point; an influx event's name, never its id) and who holds it.
 */
@ExtendWith(ArquillianExtension.class)
class InboxApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void theInbox_listsTheMostUrgentTasksFirst_thenTheOldest() throws SQLException {
        String first = household();
        String second = household();
        String third = household();
        // a step ranked the last family's screening above the others (as the allocation queue ranks its tasks)
        rank(Api.task("medical", third, "screening/medical"), 100);

        List<JsonNode> inbox = Api.allItems("medical", "tasks");
        for (int i = 1; i < inbox.size(); i++) {
            JsonNode before = inbox.get(i - 1);
            JsonNode after = inbox.get(i);
            int byPriority = Integer.compare(after.get("priority").asInt(), before.get("priority").asInt());
            assertThat(byPriority < 0 || byPriority == 0 && !Instant.parse(after.get("createdAt").asText())
                    .isBefore(Instant.parse(before.get("createdAt").asText())))
                    .as("task %d of %d after the one before it: by priority, then oldest first", i, inbox.size()).isTrue();
        }
        List<String> order = inbox.stream().map(task -> task.get("businessKey").asText()).toList();
        assertThat(order.indexOf(third)).as("the urgent one first").isLessThan(order.indexOf(first));
        assertThat(order.indexOf(first)).as("then the oldest").isLessThan(order.indexOf(second));
        JsonNode urgent = inbox.get(order.indexOf(third));
        assertThat(urgent.get("priority").asInt()).isEqualTo(100);
    }

    @Test
    void aFamilyWithANeedSeenAtTheDesk_isScreenedFirst_byTheMedicalStaffAndThePolice() {
        String plain = household();
        Names head = Names.random();
        java.net.http.HttpResponse<String> created = Api.post("registrar", "households", "{\"headName\":\"" + head.givenLatin() + " "
                + head.familyLatin() + "\",\"femaleAdults\":1,\"femaleElderly\":1,\"visibleNeeds\":[\"ER\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String needs = json(created).get("registryNumber").asText();
        Api.registerMember(needs, "HEAD", "F", java.time.LocalDate.now().minusYears(29));

        for (String[] inbox : new String[][] {{"medical", "screening/medical"}, {"police", "screening/security"}}) {
            assertThat(task(inbox[0], needs, inbox[1]).get("priority").asInt()).as(inbox[0]).isEqualTo(100);
            assertThat(task(inbox[0], plain, inbox[1]).get("priority").asInt()).as(inbox[0]).isEqualTo(50);
            List<String> order = Api.allItems(inbox[0], "tasks").stream().map(task -> task.get("businessKey").asText()).toList();
            assertThat(order.indexOf(needs)).as(inbox[0] + ": registered later, screened first").isLessThan(order.indexOf(plain));
        }
    }

    @Test
    void eachTask_saysWhichHouseholdItIsFor_withTheNeedsTheReaderMaySee_andWhoHoldsIt() {
        Names head = Names.random();
        String name = head.givenLatin() + " " + head.familyLatin();
        String number = Api.preRegister("registrar", name, 2, 1, 1, 1);
        TestDatabase.householdNeeds(number, "DS-BD", "SM-MI");
        Api.registerMember(number, "HEAD", "F", java.time.LocalDate.now().minusYears(44));   // her screening tasks

        JsonNode medical = task("medical", number, "screening/medical");
        assertThat(medical.get("subject").get("title").asText()).isEqualTo(name);
        assertThat(medical.get("subject").get("persons").asInt()).isEqualTo(5);
        assertThat(medical.get("subject").get("siteCode").asText()).isEqualTo("BCP-MARGARA");
        assertThat(texts(medical.get("subject").get("needCategories"))).containsExactly("DS", "SM");
        assertThat(medical.hasNonNull("assignee")).as("nobody holds it yet").isFalse();

        JsonNode police = task("police", number, "screening/security");
        assertThat(police.get("subject").get("title").asText()).isEqualTo(name);
        assertThat(texts(police.get("subject").get("needCategories"))).as("the police read no serious medical condition")
                .containsExactly("DS");

        // a police officer takes the check (as opening its form does): it stays in the inbox of their colleague at the
        // same border crossing point, which says who holds it
        holder(police.get("id").asText(), "police");
        JsonNode held = task("caseworker-police", number, "screening/security");
        assertThat(held.get("assignee").asText()).isEqualTo("police");
        assertThat(held.get("subject").get("title").asText()).isEqualTo(name);
    }

    @Test
    void supervisorsTasks_nameTheirInfluxEvent_neverItsId() {
        String name = "Inbox influx " + UUID.randomUUID().toString().substring(0, 8);
        java.net.http.HttpResponse<String> created = Api.post("supervisor", "influx-events", "{\"name\":\"" + name + "\",\"threshold\":5000}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String event = json(created).get("id").asText();

        List<JsonNode> tasks = StreamSupport.stream(json(Api.get("supervisor", "tasks?reference=" + event)).get("items").spliterator(), false).toList();
        assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat(task.get("subject").get("title").asText()).isEqualTo(name));
        for (JsonNode task : Api.allItems("supervisor", "tasks")) {
            boolean anId = task.get("businessKey").asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(anId && !task.hasNonNull("subject")).as("a task shown by a bare id: " + task.get("nameKey")).isFalse();
        }
    }

    /** A household of one woman, registered: her screening tasks are open. */
    private static String household() {
        return TaskSupervisionApiIT.household();
    }

    private static JsonNode task(String user, String number, String formKey) {
        for (JsonNode task : json(Api.get(user, "tasks?reference=" + number)).get("items")) {
            if (formKey.equals(task.get("formKey").asText())) {
                return task;
            }
        }
        throw new AssertionError("No " + formKey + " task of " + number + " for " + user);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Gives an open task to a user in the engine's table, as claiming it through the engine does. */
    private static void holder(String taskId, String user) {
        try (Connection db = TestDatabase.connect(); var update = db.prepareStatement("UPDATE act_ru_task SET assignee_ = ? WHERE id_ = ?")) {
            update.setString(1, user);
            update.setString(2, taskId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets an open task's priority in the engine's table, as a ranking step does through the engine. */
    private static void rank(String taskId, int priority) throws SQLException {
        try (Connection db = TestDatabase.connect(); var update = db.prepareStatement("UPDATE act_ru_task SET priority_ = ? WHERE id_ = ?")) {
            update.setInt(1, priority);
            update.setString(2, taskId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
