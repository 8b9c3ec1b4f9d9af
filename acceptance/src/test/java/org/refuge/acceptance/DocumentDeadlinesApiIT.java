package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
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
 * a renewal decision refused before it is due, and a renewal on the server's timer: decided, documents renewed.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentDeadlinesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static List<JsonNode> tasks(String user, String number, String formKey) {
        return StreamSupport.stream(json(Api.get(user, "tasks?reference=" + number)).get("items").spliterator(), false)
                .filter(task -> number.equals(task.get("businessKey").asText()) && formKey.equals(task.path("formKey").asText())).toList();
    }

    private static JsonNode recordedBreach(String number) {
        for (JsonNode breach : Api.allItems("supervisor", "documents/deadlines/breaches")) {
            if (breach.get("registryNumber").asText().equals(number)) {
                return breach;
            }
        }
        return null;
    }

    @Test
    void registered80HoursAgo_theBreachIsRecorded_supervisorsAreCalled_andTheLateHandoverEndsTheClock() throws Exception {
        String decree = Api.decree("TP-CLOCK " + UUID.randomUUID().toString().substring(0, 8));
        String number = Api.preRegister("registrar", "Lina Haddad", 1, 1, 0, 0);
        Api.member(number, "HEAD", "Lina", "Haddad", "F", "1990-02-11");
        Api.member(number, "SPOUSE", "Omar", "Haddad", "M", "1988-07-30");
        Api.clearSecurity(number);
        TestDatabase.registeredHoursAgo(number, 80);
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
        assertThat(Api.allItems("supervisor", "documents/deadlines/overdue").stream()
                .filter(w -> w.get("registryNumber").asText().equals(number))).hasSize(2);
        assertThat(deadlines.get("breachesTotal").asLong()).isPositive();
        assertThat(deadlines.get("overdue").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(Api.get("police", "documents/deadlines").statusCode()).as("supervisors only").isEqualTo(403);

        HttpResponse<String> produced = Api.post("police", "documents/households/" + number, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        List<JsonNode> documents = StreamSupport.stream(json(produced).spliterator(), false).toList();
        Api.printAndHandOver(documents.get(0).get("id").asText(), "Lina Haddad");
        assertThat(tasks("police", number, "protection/documents")).as("one of two handed over: the clock runs on").hasSize(1);
        assertThat(Api.printAndHandOver(documents.get(1).get("id").asText(), "Omar Haddad")
                .statusCode()).isEqualTo(204);

        assertThat(tasks("police", number, "protection/documents")).isEmpty();
        assertThat(tasks("supervisor", number, "protection/deadlines")).as("nothing left to escalate").isEmpty();
        JsonNode late = recordedBreach(number);
        assertThat(late.get("handedOverAt").asText()).isNotBlank();
        assertThat(Api.allItems("supervisor", "documents/deadlines/overdue").stream()
                .filter(w -> w.get("registryNumber").asText().equals(number))).isEmpty();

        JsonNode clock = json(Api.get("registrar", "documents/households/" + number + "/clock"));
        assertThat(clock).hasSize(2).allSatisfy(member -> {
            assertThat(member.get("documentStatus").asText()).isEqualTo("HANDED_OVER");
            assertThat(member.get("onTime").asBoolean()).as("handed over 80 hours after registration").isFalse();
        });
        assertThat(Api.get("registrar2", "documents/households/" + number + "/clock").statusCode()).as("another BCP").isEqualTo(403);

        // protection extended: the police produce a new document, which replaces the handed-over one
        String lina = documents.get(0).get("personId").asText();
        assertThat(Api.post("caseworker", "protection/persons/" + lina + "/extension", "").statusCode()).isEqualTo(204);
        JsonNode linaWaits = Api.allItems("police", "documents/queue").stream()
                .filter(w -> w.get("personId").asText().equals(lina)).findFirst().orElseThrow();
        assertThat(java.time.Instant.parse(linaWaits.get("deadline").asText())).as("three days from the extension, not from registration")
                .isAfter(java.time.Instant.now().plusSeconds(71 * 3600));
        HttpResponse<String> renewed = Api.post("police", "documents/households/" + number, "");
        assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(201);
        JsonNode fresh = json(renewed).get(0);
        assertThat(fresh.get("personId").asText()).isEqualTo(lina);
        assertThat(fresh.get("validUntil").asText()).isEqualTo(LocalDate.parse(documents.get(0).get("validUntil").asText()).plusYears(1).toString());
        List<JsonNode> all = StreamSupport.stream(json(Api.get("police", "documents/households/" + number)).spliterator(), false).toList();
        assertThat(all).filteredOn(d -> d.get("id").asText().equals(documents.get(0).get("id").asText()))
                .singleElement().satisfies(old -> assertThat(old.get("status").asText()).isEqualTo("REPLACED"));
        assertThat(Api.printAndHandOver(fresh.get("id").asText(), "Lina Haddad").statusCode())
                .isEqualTo(204);
        JsonNode linaClock = StreamSupport.stream(json(Api.get("registrar", "documents/households/" + number + "/clock")).spliterator(), false)
                .filter(m -> m.get("personId").asText().equals(lina)).findFirst().orElseThrow();
        assertThat(linaClock.get("documentNumber").asText()).isEqualTo(fresh.get("number").asText());
        assertThat(linaClock.get("onTime").asBoolean()).as("judged by her first document").isFalse();

        HttpResponse<String> early = Api.post("caseworker", "protection/households/" + number + "/renewal", "{\"decision\":\"RENEW\"}");
        assertThat(early.statusCode()).as("renewal is decided only when due").isEqualTo(409);
        assertThat(Api.post("registrar", "protection/households/" + number + "/renewal", "{\"decision\":\"RENEW\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aBreachedHouseholdVoided_keepsItsBreach_closed_notStillWaiting() throws Exception {
        String decree = Api.decree("TP-VOID " + UUID.randomUUID().toString().substring(0, 8));
        String number = Api.preRegister("registrar", "Hadi Mansour", 0, 1, 0, 0);
        Api.member(number, "HEAD", "Hadi", "Mansour", "M", "1981-03-03");
        Api.clearSecurity(number);
        TestDatabase.registeredHoursAgo(number, 80);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        // both timers' jobs done (escalation and breach) before the household is voided
        for (int i = 0; i < 60 && (recordedBreach(number) == null || tasks("supervisor", number, "protection/deadlines").size() < 2); i++) {
            Thread.sleep(1000);
        }
        assertThat(recordedBreach(number)).as("the breach is recorded").isNotNull();

        assertThat(Api.post("registrar", "households/" + number + "/void", "{\"reason\":\"registered twice\"}").statusCode()).isEqualTo(200);
        JsonNode closed = recordedBreach(number);
        assertThat(closed.get("closedReason").asText()).isEqualTo("VOIDED");
        assertThat(closed.has("handedOverAt")).isFalse();
        assertThat(Api.allItems("supervisor", "documents/deadlines/overdue").stream()
                .filter(w -> w.get("registryNumber").asText().equals(number))).as("nobody of it waits any more").isEmpty();
        assertThat(tasks("supervisor", number, "protection/deadlines")).as("its process ended").isEmpty();
    }

    @Test
    void theDaysPhotoSheets_ofTheRegistrarsSite() throws Exception {
        String number = Api.preRegister("registrar", "Sami Haddad", 0, 1, 0, 0);
        Api.member(number, "HEAD", "Sami", "Haddad", "M", "1979-12-01");
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

    @Test
    void aRenewalComesBeforeExpiry_theCaseworkerRenews_andThePoliceIssueTheNewDocuments() throws Exception {
        String decree = Api.decree("TP-RENEW " + UUID.randomUUID().toString().substring(0, 8));
        String number = Api.preRegister("registrar", "Nour Saleh", 1, 1, 0, 0);
        Api.member(number, "HEAD", "Nour", "Saleh", "F", "1992-05-17");
        Api.member(number, "SPOUSE", "Karim", "Saleh", "M", "1990-10-09");
        Api.clearSecurity(number);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        List<JsonNode> first = StreamSupport.stream(json(Api.post("police", "documents/households/" + number, "")).spliterator(), false).toList();
        for (JsonNode document : first) {
            assertThat(Api.printAndHandOver(document.get("id").asText(), "in person")
                    .statusCode()).isEqualTo(204);
        }
        assertThat(tasks("caseworker", number, "protection/decisions")).isEmpty();

        // Karim's protection ends in ten days (set in the database); an extension of Nour moves the household's renewal to
        // thirty days before Karim's expiry: already past, so the server's timer asks the caseworkers at once
        TestDatabase.protectionEndsInDays(first.get(1).get("personId").asText(), 10);
        assertThat(Api.post("caseworker", "protection/persons/" + first.get(0).get("personId").asText() + "/extension", "").statusCode())
                .isEqualTo(204);
        for (int i = 0; i < 60 && tasks("caseworker", number, "protection/decisions").isEmpty(); i++) {
            Thread.sleep(1000);
        }
        assertThat(tasks("caseworker", number, "protection/decisions")).as("the renewal task").hasSize(1);
        assertThat(Api.allItems("caseworker", "protection/renewals")).extracting(JsonNode::asText).contains(number);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/renewal", "{\"decision\":\"TERMINATE\"}").statusCode())
                .as("termination needs its legal ground").isEqualTo(409);

        assertThat(Api.post("caseworker", "protection/households/" + number + "/renewal", "{\"decision\":\"RENEW\"}").statusCode()).isEqualTo(204);
        assertThat(tasks("caseworker", number, "protection/decisions")).isEmpty();
        assertThat(tasks("police", number, "protection/documents")).as("the police issue the renewed documents").hasSize(1);
        List<JsonNode> renewed = StreamSupport.stream(json(Api.post("police", "documents/households/" + number, "")).spliterator(), false).toList();
        assertThat(renewed).hasSize(2);
        for (JsonNode document : renewed) {
            Api.printAndHandOver(document.get("id").asText(), "in person");
        }
        assertThat(tasks("police", number, "protection/documents")).as("renewed documents handed over").isEmpty();
        assertThat(StreamSupport.stream(json(Api.get("police", "documents/households/" + number)).spliterator(), false)
                .map(d -> d.get("status").asText())).containsExactlyInAnyOrder("REPLACED", "REPLACED", "HANDED_OVER", "HANDED_OVER");
    }
}
