package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity documents through the API: a family of four with temporary protection gets four ID-1 cards produced by the
 * police from the registry (names in Armenian and Latin script, document number found in the PDF text), printed (a
 * reprint needs a reason) and handed over; the QR verifies and a tampered one fails; a lost card is replaced; roles
 * and the three-day queue. The first card is kept as docs' sample PDF.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theFamilysFourDocuments_areProducedFromTheRegistry_printed_handedOver_andTheirQrVerifies() throws Exception {
        String decree = json(Api.post("supervisor", "decrees", "{\"number\":\"TP-D " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"adoptedOn\":\"" + LocalDate.now().minusDays(1) + "\",\"inForceFrom\":\"" + LocalDate.now().minusDays(1)
                + "\",\"citizenships\":[\"SYR\"],\"coversStateless\":true,\"arrivedFrom\":\"" + LocalDate.now().minusDays(10) + "\"}"))
                .get("id").asText();
        String family = "Պետրոսյան";
        String number = Api.preRegister("registrar", "Անահիտ " + family, 1, 1, 1, 1);
        Api.member(number, "HEAD", "Անահիտ", family, "F", "1985-03-07");
        Api.member(number, "SPOUSE", "Արամ", family, "M", "1982-11-20");
        Api.member(number, "CHILD", "Նարե", family, "F", "2014-05-02");
        Api.member(number, "CHILD", "Դավիթ", family, "M", "2018-09-15");
        assertThat(Api.post("police", "documents/households/" + number, "").statusCode()).as("nobody is protected yet").isEqualTo(409);
        Api.clearSecurity(number);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);

        assertThat(Api.post("caseworker", "documents/households/" + number, "").statusCode()).as("a caseworker cannot issue").isEqualTo(403);
        assertThat(Api.post("police2", "documents/households/" + number, "").statusCode()).as("police of another BCP").isEqualTo(403);
        List<JsonNode> ours = Api.allItems("police", "documents/queue").stream().filter(w -> w.get("registryNumber").asText().equals(number)).toList();
        assertThat(ours).hasSize(4).allSatisfy(w -> assertThat(Instant.parse(w.get("deadline").asText()))
                .isEqualTo(Instant.parse(w.get("registeredAt").asText()).plusSeconds(72 * 3600)));

        HttpResponse<String> produced = Api.post("police", "documents/households/" + number, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        List<JsonNode> documents = StreamSupport.stream(json(produced).spliterator(), false).toList();
        assertThat(documents).hasSize(4).allSatisfy(d -> {
            assertThat(d.get("number").asText()).matches("TP-\\d{4}-\\d{6}");
            assertThat(d.get("status").asText()).isEqualTo("PRODUCED");
        });
        assertThat(Api.post("police", "documents/households/" + number, "").statusCode()).as("produced already").isEqualTo(409);

        JsonNode head = documents.get(0);
        String id = head.get("id").asText();
        // reading records nothing: a GET never prints (issue 10: no GET changes state)
        assertThat(Api.getBytes("police", "documents/" + id + "/pdf").statusCode()).isIn(404, 405);
        HttpResponse<byte[]> pdf = Api.postForBytes("police", "documents/" + id + "/prints", "{}");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String text = text(pdf.body());
        assertThat(text).contains(head.get("number").asText(), "Անահիտ", "Պետրոսյան", "Anahit", "Petrosyan", number);
        Path sample = Path.of(System.getProperty("refuge.test.screenshots", "target/screenshots"), "sample-identity-document.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf.body());
        assertThat(Api.postForBytes("police", "documents/" + id + "/prints", "{}").statusCode()).as("a reprint needs its reason").isEqualTo(409);
        assertThat(Api.postForBytes("police", "documents/" + id + "/prints", "{\"reason\":\"printer jam\"}").statusCode()).isEqualTo(200);
        assertThat(Api.postForBytes("caseworker", "documents/" + id + "/prints", "{}").statusCode()).isEqualTo(403);

        HttpResponse<String> unprinted = Api.post("police", "documents/" + documents.get(1).get("id").asText() + "/handover",
                "{\"handedTo\":\"Anahit Petrosyan (mother)\"}");
        assertThat(unprinted.statusCode()).as("a card not printed yet cannot be handed over").isEqualTo(409);
        assertThat(json(unprinted).get("detail").asText()).contains("Print the card");
        for (JsonNode document : documents) {
            assertThat(Api.printAndHandOver(document.get("id").asText(), "Anahit Petrosyan (mother)").statusCode()).isEqualTo(204);
        }
        assertThat(Api.post("police", "documents/" + id + "/handover", "{\"handedTo\":\"Hasmik Vardanyan\"}").statusCode()).isEqualTo(409);
        assertThat(Api.allItems("police", "documents/queue").stream()
                .filter(w -> w.get("registryNumber").asText().equals(number))).as("all handed over").isEmpty();

        String qr = head.get("qr").asText();
        JsonNode valid = json(Api.post("registrar", "documents/verification", "{\"qr\":\"" + qr + "\"}"));
        assertThat(valid.get("status").asText()).isEqualTo("VALID");
        assertThat(valid.get("reason").asText()).isEqualTo("Valid");
        assertThat(valid.get("signature").asText()).isEqualTo("VALID");
        assertThat(valid.get("documentStatus").asText()).isEqualTo("HANDED_OVER");
        assertThat(valid.get("identity").get("familyNameLatin").asText()).isEqualTo("Petrosyan");
        assertThat(valid.get("identity").get("portraitHash").asText()).matches("[A-Za-z0-9_-]{22}");
        assertThat(valid.get("portraitMatches").asBoolean()).as("the portrait signed is the registry's photo").isTrue();
        // the registry portrait for the verifier to compare with the face on the card: role-checked, audited
        assertThat(valid.get("portrait").asText()).endsWith("/api/v1/documents/" + id + "/portrait");
        HttpResponse<byte[]> portrait = Api.getBytes("registrar", "documents/" + id + "/portrait");
        assertThat(portrait.statusCode()).isEqualTo(200);
        assertThat(portrait.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(portrait.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(portrait.body()).isEqualTo(Api.getBytes("police", "persons/" + head.get("personId").asText() + "/photo").body());
        assertThat(Api.getBytes("police2", "documents/" + id + "/portrait").statusCode()).as("a checkpoint of another BCP").isEqualTo(200);
        assertThat(Api.getBytes("medical", "documents/" + id + "/portrait").statusCode()).isEqualTo(403);
        assertThat(Api.getBytes("registrar", "documents/" + UUID.randomUUID() + "/portrait").statusCode()).isEqualTo(404);
        assertThat(Api.getBytes("registrar", "documents/not-an-id/portrait").statusCode()).isEqualTo(404);
        char changed = qr.charAt(10) == 'A' ? 'B' : 'A';
        String tampered = qr.substring(0, 10) + changed + qr.substring(11);
        JsonNode forged = json(Api.post("police", "documents/verification", "{\"qr\":\"" + tampered + "\"}"));
        assertThat(forged.get("status").asText()).isEqualTo("INVALID_SIGNATURE");
        assertThat(forged.path("portrait").textValue()).as("no portrait for a forged code").isNull();
        assertThat(Api.post("medical", "documents/verification", "{\"qr\":\"" + qr + "\"}").statusCode()).isEqualTo(403);
        assertThat(json(Api.get("police", "documents/public-key")).get("x509").asText()).isNotBlank();

        assertThat(Api.post("police", "documents/" + id + "/missing", "{\"stolen\":false,\"circumstances\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(Api.post("police", "documents/" + id + "/missing", "{\"stolen\":false,\"circumstances\":\"lost on the bus to Yerevan\"}")
                .statusCode()).isEqualTo(204);
        JsonNode lost = json(Api.post("police", "documents/verification", "{\"qr\":\"" + qr + "\"}"));
        assertThat(lost.get("documentStatus").asText()).as("the signature stays genuine; the registry knows it is lost").isEqualTo("LOST");
        assertThat(lost.get("signature").asText()).isEqualTo("VALID");
        assertThat(lost.get("status").asText()).isEqualTo("REPORTED_LOST");
        assertThat(lost.get("reason").asText()).isEqualTo("Not valid: reported lost");
        HttpResponse<String> replacement = Api.post("police", "documents/households/" + number, "");
        assertThat(replacement.statusCode()).isEqualTo(201);
        assertThat(json(replacement)).hasSize(1);
        assertThat(json(replacement).get(0).get("personId").asText()).isEqualTo(head.get("personId").asText());
        assertThat(json(replacement).get(0).get("number").asText()).isNotEqualTo(head.get("number").asText());

        // the document stands for the protection: terminated, the replacement is revoked with it
        String replacementQr = json(replacement).get(0).get("qr").asText();
        assertThat(Api.post("caseworker", "protection/persons/" + head.get("personId").asText() + "/end",
                "{\"terminated\":true,\"ground\":\"Law on Refugees and Asylum, art. 64(1)\"}").statusCode()).isEqualTo(204);
        JsonNode revoked = json(Api.post("police", "documents/verification", "{\"qr\":\"" + replacementQr + "\"}"));
        assertThat(revoked.get("documentStatus").asText()).isEqualTo("REVOKED");
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(json(Api.post("police", "documents/verification", "{\"qr\":\"" + qr + "\"}")).get("status").asText())
                .as("the lost card, replaced since, stays refused").isEqualTo("REPORTED_LOST");
    }

    /** Attack: "the API says VALID for a stolen card"; and a photographed QR on a card with another face. */
    @Test
    void aStolenCard_answersReportedStolenWithTheReason_andAPortraitChangedSincePrintingIsFlagged() {
        String decree = Api.decree("TP-STOLEN " + UUID.randomUUID().toString().substring(0, 8));
        String number = Api.preRegister("registrar", "Hovhannes Grigoryan", 0, 1, 0, 0);
        String person = Api.member(number, "HEAD", "Հովհաննես", "Գրիգորյան", "M", "1979-04-12");
        Api.clearSecurity(number);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + number, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        String id = json(produced).get(0).get("id").asText();
        String check = "{\"qr\":\"" + json(produced).get(0).get("qr").asText() + "\"}";

        JsonNode notHandedOver = json(Api.post("police", "documents/verification", check));
        assertThat(notHandedOver.get("status").asText()).as("genuine, but not in its holder's hands yet").isEqualTo("NOT_HANDED_OVER");
        assertThat(notHandedOver.get("signature").asText()).isEqualTo("VALID");
        assertThat(Api.printAndHandOver(id, "Hovhannes Grigoryan").statusCode()).isEqualTo(204);
        assertThat(json(Api.post("police", "documents/verification", check)).get("status").asText()).isEqualTo("VALID");

        // the registrar retakes the photo: the card still shows the old face, and the verifier is told
        assertThat(Api.put("registrar", "persons/" + person + "/photo", "image/jpeg", Portraits.jpeg(java.awt.Color.ORANGE)).statusCode())
                .isEqualTo(204);
        JsonNode retaken = json(Api.post("police", "documents/verification", check));
        assertThat(retaken.get("portraitMatches").asBoolean(true)).as("the signed portrait is no longer the registry's").isFalse();
        assertThat(Api.getBytes("police", "documents/" + id + "/portrait").body())
                .isEqualTo(Api.getBytes("police", "persons/" + person + "/photo").body());

        assertThat(Api.post("police", "documents/" + id + "/missing", "{\"stolen\":true,\"circumstances\":\"taken with a bag in Yerevan\"}")
                .statusCode()).isEqualTo(204);
        JsonNode stolen = json(Api.post("police", "documents/verification", check));
        assertThat(stolen.get("status").asText()).isEqualTo("REPORTED_STOLEN");
        assertThat(stolen.get("reason").asText()).isEqualTo("Not valid: reported stolen");
        assertThat(stolen.get("signature").asText()).as("the signature itself is genuine").isEqualTo("VALID");
        assertThat(stolen.get("documentStatus").asText()).isEqualTo("STOLEN");
        assertThat(stolen.get("portrait").asText()).endsWith("/api/v1/documents/" + id + "/portrait");
    }

    @Test
    void aMemberWithoutAPhoto_isNamedWhenTheDocumentsAreRefused() {
        String decree = Api.decree("TP-PHOTO " + UUID.randomUUID().toString().substring(0, 8));
        String number = Api.preRegister("registrar", "Maya Aziz", 1, 0, 0, 0);
        HttpResponse<String> member = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"Maya\",\"familyName\":\"Aziz\",\"sex\":\"F\",\"birthDate\":\"1996-01-14\","
                + "\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"]}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        Api.clearSecurity(number);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> refused = Api.post("police", "documents/households/" + number, "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asText()).isEqualTo("No photo of Maya Aziz: take it before producing the documents.");
    }
}
