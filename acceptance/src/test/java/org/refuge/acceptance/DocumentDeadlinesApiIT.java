package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The three-day clock end to end, on the server's own Flowable timers: a household registered 80 hours ago (its
 * registration time set back in the database) is granted protection; the process escalates and records the breach
 * at once; supervisors see it in their inbox and in the deadlines view; the police task shows the household; handing
 * over every document ends the clock and keeps the breach with its late handover. Also the day's photo sheets and
 * a renewal decision refused before it is due.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentDeadlinesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static Connection database() throws SQLException {
        String url = "jdbc:postgresql://" + env("REFUGE_DB_HOST", "localhost") + ":" + env("REFUGE_DB_PORT", "5432") + "/"
                + env("REFUGE_TEST_DB_NAME", "refuge_test");
        return DriverManager.getConnection(url, env("REFUGE_DB_USER", "refuge"), env("REFUGE_DB_PASSWORD", "refuge"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String decree() {
        return json(Api.post("supervisor", "decrees", "{\"number\":\"TP-CLOCK " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"adoptedOn\":\"" + LocalDate.now().minusDays(10) + "\",\"inForceFrom\":\"" + LocalDate.now().minusDays(10)
                + "\",\"citizenships\":[\"SYR\"],\"coversStateless\":true,\"arrivedFrom\":\"" + LocalDate.now().minusDays(30) + "\"}"))
                .get("id").asText();
    }

    private static void member(String number, String relationship, String given, String sex, String birth) {
        HttpResponse<String> member = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"" + relationship
                + "\",\"givenName\":\"" + given + "\",\"familyName\":\"Haddad\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth
                + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"]}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        String id = json(member).get("person").get("id").asText();
        assertThat(Api.put("registrar", "persons/" + id + "/photo", "image/jpeg", Portraits.jpeg()).statusCode()).isEqualTo(204);
    }

    private static List<JsonNode> tasks(String user, String number, String formKey) {
        return StreamSupport.stream(json(Api.get(user, "tasks?reference=" + number)).spliterator(), false)
                .filter(task -> number.equals(task.get("businessKey").asText()) && formKey.equals(task.get("formKey").asText())).toList();
    }

    private static JsonNode recordedBreach(String number) {
        for (JsonNode breach : json(Api.get("supervisor", "documents/deadlines")).get("recorded")) {
            if (breach.get("registryNumber").asText().equals(number)) {
                return breach;
            }
        }
        return null;
    }

    @Test
    void registered80HoursAgo_theBreachIsRecorded_supervisorsAreCalled_andTheLateHandoverEndsTheClock() throws Exception {
        String decree = decree();
        String number = Api.preRegister("registrar", "Lina Haddad", 1, 1, 0, 0);
        member(number, "HEAD", "Lina", "F", "1990-02-11");
        member(number, "SPOUSE", "Omar", "M", "1988-07-30");
        Api.clearSecurity(number);
        try (Connection db = database(); var back = db.prepareStatement(
                "UPDATE household SET registered_at = registered_at - interval '80 hours' WHERE registry_number = ?")) {
            back.setString(1, number);
            assertThat(back.executeUpdate()).isEqualTo(1);
        }
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);

        // the timers are past: the server's job executor fires them within seconds
        JsonNode breach = null;
        for (int i = 0; i < 60 && (breach == null || tasks("supervisor", number, "protection/deadlines").size() < 2); i++) {
            Thread.sleep(1000);
            breach = recordedBreach(number);
        }
        assertThat(breach).as("the breach is recorded").isNotNull();
        assertThat(breach.get("personsWaiting").asInt()).isEqualTo(2);
        assertThat(breach.has("handedOverAt")).isFalse();
        assertThat(tasks("supervisor", number, "protection/deadlines")).as("escalation and breach tasks").hasSize(2);
        assertThat(tasks("police", number, "protection/documents")).as("the police task of the household").hasSize(1);
        JsonNode deadlines = json(Api.get("supervisor", "documents/deadlines"));
        assertThat(StreamSupport.stream(deadlines.get("breached").spliterator(), false)
                .filter(w -> w.get("registryNumber").asText().equals(number))).hasSize(2);
        assertThat(deadlines.get("breachesTotal").asLong()).isPositive();
        assertThat(Api.get("police", "documents/deadlines").statusCode()).as("supervisors only").isEqualTo(403);

        HttpResponse<String> produced = Api.post("police", "documents/households/" + number, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        List<JsonNode> documents = StreamSupport.stream(json(produced).spliterator(), false).toList();
        Api.post("police", "documents/" + documents.get(0).get("id").asText() + "/handover", "{\"handedTo\":\"Lina Haddad\"}");
        assertThat(tasks("police", number, "protection/documents")).as("one of two handed over: the clock runs on").hasSize(1);
        assertThat(Api.post("police", "documents/" + documents.get(1).get("id").asText() + "/handover", "{\"handedTo\":\"Omar Haddad\"}")
                .statusCode()).isEqualTo(204);

        assertThat(tasks("police", number, "protection/documents")).isEmpty();
        assertThat(tasks("supervisor", number, "protection/deadlines")).as("nothing left to escalate").isEmpty();
        JsonNode late = recordedBreach(number);
        assertThat(late.get("handedOverAt").asText()).isNotBlank();
        assertThat(StreamSupport.stream(json(Api.get("supervisor", "documents/deadlines")).get("breached").spliterator(), false)
                .filter(w -> w.get("registryNumber").asText().equals(number))).isEmpty();

        HttpResponse<String> early = Api.post("caseworker", "protection/households/" + number + "/renewal", "{\"decision\":\"RENEW\"}");
        assertThat(early.statusCode()).as("renewal is decided only when due").isEqualTo(409);
        assertThat(Api.post("registrar", "protection/households/" + number + "/renewal", "{\"decision\":\"RENEW\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDaysPhotoSheets_ofTheRegistrarsSite() throws Exception {
        String number = Api.preRegister("registrar", "Sami Haddad", 0, 1, 0, 0);
        member(number, "HEAD", "Sami", "M", "1979-12-01");
        String today = LocalDate.now(ZoneId.of("Asia/Yerevan")).toString();
        HttpResponse<byte[]> sheets = Api.getBytes("registrar", "documents/photo-sheets/BCP-MARGARA/" + today);
        assertThat(sheets.statusCode()).isEqualTo(200);
        assertThat(sheets.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(sheets.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Sami Haddad", number, "BCP-MARGARA");
        }
        assertThat(Api.getBytes("registrar2", "documents/photo-sheets/BCP-MARGARA/" + today).statusCode()).as("another BCP").isEqualTo(403);
        assertThat(Api.getBytes("police", "documents/photo-sheets/BCP-MARGARA/" + today).statusCode()).isEqualTo(403);
        assertThat(Api.getBytes("registrar", "documents/photo-sheets/BCP-MARGARA/yesterday").statusCode()).isEqualTo(400);
    }
}
