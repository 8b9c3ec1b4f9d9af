package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.refuge.assistance.document.SlipQrReader;

/**
 * The registration slip (issue 14, item 1) through the API: printed once at pre-registration by the household's
 * registrar, read back (A6, the registry number, the head's name in both scripts, the photo), its QR decoded from the
 * rendered page and verified at another desk; a changed character is refused in the caller's language; a card is no
 * slip and a slip no card; a reprint needs its reason and is audited; roles and sites that may not print are refused.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationSlipApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void theSlip_printsOnceWithBothScriptsAndPhoto_andItsQrVerifiesAtAnotherDesk() throws Exception {
        String number = Api.preRegister("registrar", "Անահիտ Պետրոսյան", 1, 1, 0, 0);
        assertThat(Api.put("registrar", "households/" + number + "/head-photo", "image/jpeg", Portraits.jpeg()).statusCode()).isEqualTo(204);
        String latin = json(Api.get("registrar", "households/" + number)).findValue("headNameLatin").asText();

        HttpResponse<byte[]> slip = Api.postForBytes("registrar", "assistance/slips/" + number + "/prints", "");
        assertThat(slip.statusCode()).isEqualTo(200);
        assertThat(slip.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        Path sample = Path.of(System.getProperty("refuge.test.screenshots", "target/screenshots"), "sample-registration-slip.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, slip.body());
        try (PDDocument document = Loader.loadPDF(slip.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth() * 25.4 / 72).as("A6 width in mm").isCloseTo(105, within(0.1));
            assertThat(page.getMediaBox().getHeight() * 25.4 / 72).as("A6 height in mm").isCloseTo(148, within(0.1));
            assertThat(new PDFTextStripper().getText(document)).contains(number, "Անահիտ Պետրոսյան", latin, "BCP-MARGARA");
            assertThat(page.getResources().getXObjectNames()).as("the head's photo").hasSize(1);
        }
        assertThat(Api.postForBytes("registrar", "assistance/slips/" + number + "/prints", "").statusCode())
                .as("printed once: a copy is a reprint").isEqualTo(409);

        String qr = scanQr(slip.body());
        JsonNode verified = json(Api.post("police", "assistance/slips/verification", check(qr)));
        assertThat(verified.get("status").asText()).isEqualTo("VALID");
        assertThat(verified.get("registryNumber").asText()).isEqualTo(number);
        assertThat(verified.get("householdSize").asInt()).isEqualTo(2);
        assertThat(verified.get("siteCode").asText()).isEqualTo("BCP-MARGARA");
        assertThat(verified.get("registryStatus").asText()).isEqualTo("PRE_REGISTERED");
        assertThat(verified.get("reason").asText()).startsWith("Genuine");

        // one character changed, in the signed household or in the signature: refused, in Armenian for an Armenian reader
        for (int at : new int[] {qr.indexOf('.') / 2, qr.length() - 5}) {
            String tampered = qr.substring(0, at) + (qr.charAt(at) == 'A' ? 'B' : 'A') + qr.substring(at + 1);
            HttpResponse<String> refused = Api.send(Api.request("camp-manager", "assistance/slips/verification").setHeader("Accept-Language", "hy")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(check(tampered), StandardCharsets.UTF_8)));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(json(refused).get("status").asText()).as("changed at %d", at).isIn("INVALID_SIGNATURE", "MALFORMED");
            assertThat(json(refused).get("reason").asText()).startsWith("Ան"); // Անվավեր է / Չի ընթերցվում
            assertThat(json(refused).hasNonNull("registryNumber")).isFalse();
        }
        HttpResponse<String> russian = Api.send(Api.request("registrar", "assistance/slips/verification").setHeader("Accept-Language", "ru")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(check(qr.substring(1)), StandardCharsets.UTF_8)));
        assertThat(json(russian).get("reason").asText()).containsAnyOf("Недействителен", "Не читается");

        assertThat(json(Api.post("registrar", "documents/verification", check(qr))).get("status").asText())
                .as("a slip is no identity card").isEqualTo("MALFORMED");
        assertThat(Api.post("medical", "assistance/slips/verification", check(qr)).statusCode()).isEqualTo(403);
        assertThat(Api.post("auditor", "assistance/slips/verification", check(qr)).statusCode()).isEqualTo(403);
    }

    @Test
    void aCardsQrCode_isNoSlip() {
        String decree = Api.decree("TP-SLIP " + UUID.randomUUID().toString().substring(0, 8));
        String number = Api.preRegister("registrar", "Hovhannes Grigoryan", 0, 1, 0, 0);
        Api.member(number, "HEAD", "Հովհաննես", "Գրիգորյան", "M", "1979-04-12");
        Api.clearSecurity(number);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + number, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        String card = json(produced).get(0).get("qr").asText();

        JsonNode asSlip = json(Api.post("registrar", "assistance/slips/verification", check(card)));
        assertThat(asSlip.get("status").asText()).isEqualTo("NOT_A_SLIP");
        assertThat(asSlip.hasNonNull("registryNumber")).isFalse();
        assertThat(json(Api.post("registrar", "documents/verification", check(card))).get("signature").asText()).isEqualTo("VALID");
    }

    @Test
    void aReprint_needsItsReason_inTheCallersLanguage_andIsAudited() {
        String number = Api.preRegister("registrar", "Мария Иванова", 1, 0, 1, 0);
        assertThat(Api.postForBytes("registrar", "assistance/slips/" + number + "/reprints", "{\"reason\":\"lost\"}").statusCode())
                .as("nothing to reprint before the first print").isEqualTo(409);
        assertThat(Api.postForBytes("registrar", "assistance/slips/" + number + "/prints", "").statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = Api.send(Api.request("registrar", "assistance/slips/" + number + "/reprints")
                .setHeader("Accept-Language", "hy").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"  \"}")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).get("detail").asText()).isEqualTo("Նշեք վերատպման պատճառը (օրինակ՝ թերթիկը կորել է)։");
        assertThat(json(noReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(Api.postForBytes("registrar", "assistance/slips/" + number + "/reprints", "{}").statusCode()).isEqualTo(400);
        assertThat(Api.postForBytes("registrar", "assistance/slips/" + number + "/reprints", "{\"reason\":\"" + "x".repeat(301) + "\"}")
                .statusCode()).isEqualTo(400);

        HttpResponse<byte[]> copy = Api.postForBytes("supervisor", "assistance/slips/" + number + "/reprints",
                "{\"reason\":\"slip torn at the camp gate\"}");
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(new String(copy.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        List<JsonNode> trail = Api.allItems("auditor", "audit-events?record=" + number + "&action=PRINT");
        assertThat(trail).extracting(e -> e.get("actor").asText() + " " + e.get("purpose").asText()).contains(
                "registrar registration slip printed", "supervisor registration slip reprinted: slip torn at the camp gate");
    }

    @Test
    void onlyTheHouseholdsRegistrarAndSupervisors_print() {
        String number = Api.preRegister("registrar", "Armen Hakobyan", 0, 1, 0, 0);
        assertThat(Api.postForBytes("police", "assistance/slips/" + number + "/prints", "").statusCode()).isEqualTo(403);
        assertThat(Api.postForBytes("caseworker", "assistance/slips/" + number + "/prints", "").statusCode()).isEqualTo(403);
        assertThat(Api.postForBytes("registrar2", "assistance/slips/" + number + "/prints", "").statusCode())
                .as("the registrar of another BCP").isEqualTo(403);
        assertThat(Api.postForBytes("social-worker", "assistance/slips/" + number + "/reprints", "{\"reason\":\"lost\"}").statusCode())
                .isEqualTo(403);
        assertThat(Api.postForBytes("registrar", "assistance/slips/BCP-MARGARA-19990101-123456/prints", "").statusCode())
                .as("no such household").isEqualTo(404);
        assertThat(Api.postForBytes("supervisor", "assistance/slips/" + number + "/prints", "").statusCode()).isEqualTo(200);
    }

    private static String check(String qr) {
        return "{\"qr\":\"" + qr + "\"}";
    }

    /** The QR as printed on the slip ({@link SlipQrReader}). */
    private static String scanQr(byte[] pdf) throws Exception {
        return SlipQrReader.read(pdf).orElseThrow(() -> new AssertionError("no QR read from the slip"));
    }
}
