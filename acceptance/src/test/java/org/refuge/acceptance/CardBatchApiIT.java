package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
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
 * Cards in batches through the API (issue 15, item 3): the police produce the cards of five protected households
 * (twenty persons) and of one that nobody protects in one call, with a result per household; the retry produces nothing
 * twice; the twenty cards print as one PDF for a card printer (twenty ID-1 pages) and on A4 sheets (three), each
 * document number in the text and every print recorded. At the handover desk a card's scanned QR finds its document
 * and holder; a changed code or a registration slip's is refused with the reason in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
class CardBatchApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String numbers(List<String> registryNumbers) {
        return "{\"registryNumbers\":[" + String.join(",", registryNumbers.stream().map(n -> "\"" + n + "\"").toList()) + "]}";
    }

    private static String ids(List<String> documentIds, String layout, String reason) {
        return "{\"documentIds\":[" + String.join(",", documentIds.stream().map(n -> "\"" + n + "\"").toList()) + "],\"layout\":\"" + layout
                + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private static HttpResponse<String> postIn(String language, String user, String path, String body) {
        return Api.send(Api.request(user, path).setHeader("Accept-Language", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static List<JsonNode> items(HttpResponse<String> answer) {
        return StreamSupport.stream(json(answer).get("items").spliterator(), false).toList();
    }

    private static List<String> documentNumbers(List<JsonNode> items) {
        return items.stream().flatMap(i -> StreamSupport.stream(i.get("documents").spliterator(), false)).map(d -> d.get("number").asText()).toList();
    }

    @Test
    void twentyCards_areProducedInOneCall_aRetryProducesNothingTwice_andTheBatchPrintsAsOnePdfInBothLayouts() throws IOException {
        String decree = Api.decree("TP-BATCH " + UUID.randomUUID().toString().substring(0, 8));
        List<String> households = new ArrayList<>(IntStream.range(0, 5).mapToObj(i -> Api.protectedHousehold(decree, 4)).toList());
        String unprotected = Api.preRegister("registrar", "Nobody Protected", 1, 0, 0, 0);
        Api.member(unprotected, "HEAD", "Nobody", "Protected", "F", "1990-01-01");
        List<String> batch = new ArrayList<>(households);
        batch.add(2, unprotected);
        batch.add(households.get(0)); // named twice: produced once

        String key = "cards-" + UUID.randomUUID();
        HttpResponse<String> first = Api.post("police", "documents/bulk", numbers(batch), key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        List<JsonNode> results = items(first);
        assertThat(results).extracting(i -> i.get("registryNumber").asText()).containsExactlyElementsOf(batch.subList(0, 6));
        assertThat(results).filteredOn(i -> !i.get("registryNumber").asText().equals(unprotected))
                .allSatisfy(i -> {
                    assertThat(i.get("result").asText()).isEqualTo("PRODUCED");
                    assertThat(i.get("documents")).hasSize(4);
                    assertThat(i.path("reason").textValue()).isNull();
                });
        JsonNode refused = results.get(2);
        assertThat(refused.get("result").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("reason").asText()).isEqualTo("Nobody in this household has temporary protection without a current identity document.");
        assertThat(json(first).get("produced").asInt()).isEqualTo(5);
        assertThat(json(first).get("refused").asInt()).isEqualTo(1);
        List<String> documentNumbers = documentNumbers(results);
        assertThat(documentNumbers).hasSize(20).doesNotHaveDuplicates().allMatch(n -> n.matches("TP-\\d{4}-\\d{6}"));
        List<String> documentIds = results.stream().flatMap(i -> StreamSupport.stream(i.get("documents").spliterator(), false))
                .map(d -> d.get("id").asText()).toList();

        // the retry (the answer was lost): nothing is produced twice, with the key or without it
        for (HttpResponse<String> retry : List.of(Api.post("police", "documents/bulk", numbers(batch), key),
                Api.post("police", "documents/bulk", numbers(batch)))) {
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
            assertThat(items(retry)).filteredOn(i -> !i.get("registryNumber").asText().equals(unprotected))
                    .allSatisfy(i -> assertThat(i.get("result").asText()).isEqualTo("ALREADY_PRODUCED"));
            assertThat(documentNumbers(items(retry))).containsExactlyInAnyOrderElementsOf(documentNumbers);
            assertThat(json(retry).get("alreadyProduced").asInt()).isEqualTo(5);
        }
        for (String household : households) {
            assertThat(json(Api.get("police", "documents/households/" + household))).as("one card per person").hasSize(4);
        }
        assertThat(Api.post("police", "documents/bulk", numbers(households), key).statusCode())
                .as("the same key with another batch").isEqualTo(422);
        // a refusal in the caller's language
        HttpResponse<String> russian = postIn("ru", "police", "documents/bulk", numbers(List.of(unprotected)));
        assertThat(items(russian).get(0).get("reason").asText()).startsWith("В этом домохозяйстве нет лиц");

        // for a card printer: one ID-1 page per card, in the batch's order
        HttpResponse<byte[]> cards = Api.postForBytes("police", "documents/prints/bulk", ids(documentIds, "card", null));
        assertThat(cards.statusCode()).isEqualTo(200);
        assertThat(cards.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(cards.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(20);
            assertThat(pdf.getPage(0).getMediaBox().getWidth() * 25.4 / 72).isBetween(85.5, 85.7);
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf)).contains(documentNumbers.get(0));
            assertThat(new PDFTextStripper().getText(pdf)).contains(documentNumbers);
        }
        // on A4 sheets: the cards were printed, so this is a reprint, which needs its reason
        HttpResponse<String> noReason = Api.post("police", "documents/prints/bulk", ids(documentIds, "a4", null));
        assertThat(noReason.statusCode()).isEqualTo(409);
        assertThat(json(noReason).get("detail").asText()).isEqualTo("20 of these cards were printed before: give the reason for the reprint.");
        HttpResponse<byte[]> sheets = Api.postForBytes("police", "documents/prints/bulk", ids(documentIds, "a4", "cut on the guillotine"));
        assertThat(sheets.statusCode()).isEqualTo(200);
        java.nio.file.Path sample = java.nio.file.Path.of(System.getProperty("refuge.test.screenshots", "target/screenshots"), "sample-cards-a4.pdf");
        java.nio.file.Files.createDirectories(sample.getParent());
        java.nio.file.Files.write(sample, sheets.body());
        try (PDDocument pdf = Loader.loadPDF(sheets.body())) {
            assertThat(pdf.getNumberOfPages()).as("eight cards a sheet").isEqualTo(3);
            assertThat(pdf.getPage(0).getMediaBox().getHeight() * 25.4 / 72).isBetween(296.5, 297.5);
            assertThat(new PDFTextStripper().getText(pdf)).contains(documentNumbers);
        }
        // each card's print is recorded as a single print is: twice now
        for (String household : households) {
            assertThat(json(Api.get("police", "documents/households/" + household))).allSatisfy(d -> assertThat(d.get("prints").asInt()).isEqualTo(2));
        }

        assertThat(Api.post("police", "documents/prints/bulk", ids(documentIds, "legal", null)).statusCode()).isEqualTo(400);
        assertThat(Api.post("police", "documents/prints/bulk", ids(List.of("not-an-id"), "card", null)).statusCode()).isEqualTo(400);
        assertThat(Api.post("caseworker", "documents/prints/bulk", ids(documentIds, "card", null)).statusCode()).isEqualTo(403);
        assertThat(Api.post("police2", "documents/prints/bulk", ids(documentIds, "card", "x")).statusCode()).as("another BCP's cards").isEqualTo(403);
        assertThat(Api.post("caseworker", "documents/bulk", numbers(households)).statusCode()).as("a caseworker cannot issue").isEqualTo(403);
        assertThat(Api.post("police", "documents/bulk", numbers(List.of())).statusCode()).isEqualTo(400);
        assertThat(Api.post("police", "documents/bulk", numbers(List.of("not a number"))).statusCode()).isEqualTo(400);
        List<String> tooMany = IntStream.range(0, 501).mapToObj(i -> "BCP-MARGARA-20260101-" + (10_000 + i)).toList();
        assertThat(Api.post("police", "documents/bulk", numbers(tooMany)).statusCode()).as("501 households").isEqualTo(400);
        // police of another BCP: each household refused on its own, nothing produced for them
        List<JsonNode> elsewhere = items(Api.post("police2", "documents/bulk", numbers(households.subList(0, 2))));
        assertThat(elsewhere).allSatisfy(i -> assertThat(i.get("result").asText()).isEqualTo("REFUSED"));
    }

    @Test
    void aScannedCard_findsItsDocumentAndHolder_andAChangedOrForeignCodeIsRefusedWithItsReason() throws Exception {
        String decree = Api.decree("TP-SCAN " + UUID.randomUUID().toString().substring(0, 8));
        String household = Api.protectedHousehold(decree, 1);
        JsonNode document = items(Api.post("police", "documents/bulk", numbers(List.of(household)))).get(0).get("documents").get(0);
        String qr = document.get("qr").asText();
        String id = document.get("id").asText();

        HttpResponse<String> scanned = Api.post("police", "documents/scans", "{\"qr\":\"" + qr + "\"}");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
        assertThat(json(scanned).get("registryNumber").asText()).isEqualTo(household);
        assertThat(json(scanned).get("document").get("id").asText()).isEqualTo(id);
        assertThat(json(scanned).get("document").get("number").asText()).isEqualTo(document.get("number").asText());
        assertThat(json(scanned).get("document").get("name").asText()).isEqualTo(document.get("name").asText());
        assertThat(json(scanned).get("document").get("status").asText()).isEqualTo("PRODUCED");
        assertThat(json(scanned).get("portrait").asText()).endsWith("/api/v1/documents/" + id + "/portrait");
        assertThat(Api.printAndHandOver(id, document.get("name").asText()).statusCode()).isEqualTo(204);
        assertThat(json(Api.post("police", "documents/scans", "{\"qr\":\"" + qr + "\"}")).get("document").get("status").asText())
                .isEqualTo("HANDED_OVER");

        char changed = qr.charAt(10) == 'A' ? 'B' : 'A';
        String tampered = qr.substring(0, 10) + changed + qr.substring(11);
        HttpResponse<String> forged = Api.post("police", "documents/scans", "{\"qr\":\"" + tampered + "\"}");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(json(forged).get("detail").asText()).startsWith("This code is not a genuine identity card of Refuge");
        assertThat(json(postIn("hy", "police", "documents/scans", "{\"qr\":\"" + tampered + "\"}")).get("detail").asText())
                .startsWith("Այս կոդը Refuge-ի իսկական");
        assertThat(json(postIn("ru", "police", "documents/scans", "{\"qr\":\"not a code at all\"}")).get("detail").asText())
                .startsWith("Этот код не является подлинным");
        // a genuine code of Refuge, but a registration slip's: not a card
        String slip = org.refuge.assistance.document.SlipQrReader.read(Api.postForBytes("registrar", "assistance/slips/" + household + "/prints", "")
                .body()).orElseThrow();
        HttpResponse<String> notACard = Api.post("police", "documents/scans", "{\"qr\":\"" + slip + "\"}");
        assertThat(notACard.statusCode()).isEqualTo(400);
        assertThat(json(notACard).get("detail").asText()).startsWith("This is a genuine code of Refuge, but not an identity card");
        assertThat(Api.post("police", "documents/scans", "{\"qr\":\" \"}").statusCode()).isEqualTo(400);

        assertThat(Api.post("registrar", "documents/scans", "{\"qr\":\"" + qr + "\"}").statusCode()).isEqualTo(403);
        assertThat(Api.post("police2", "documents/scans", "{\"qr\":\"" + qr + "\"}").statusCode()).as("another BCP's desk").isEqualTo(403);
    }
}
