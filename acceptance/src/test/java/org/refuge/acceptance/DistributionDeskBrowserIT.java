package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refuge.assistance.document.SlipQrReader;

/**
 * The acceptance of issue 14's distribution (items 4 and 5) in headless Chromium, as the demo social worker of the
 * Ararat camp: a food round is set up at the camp; the slip of a family checked in there is scanned at the desk (its
 * QR text pasted, as a handheld scanner types it); the collection is recorded; scanned again, the family's second
 * collection is refused with when and where the first one was. The identity card of another family checked in there
 * is accepted at the desk as well (its QR verified by protection), and a tampered card is refused.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionDeskBrowserIT {

    private static final String CAMP = "CAMP-ARARAT-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void theSocialWorker_setsUpAFoodRound_recordsACollectionFromTheSlip_andIsRefusedASecond() throws Exception {
        Api.openCamp("camp-manager", CAMP);
        String number = Api.screenedHousehold(1, 2, false);
        HttpResponse<String> allocated = Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + CAMP + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        Api.transferred(CAMP, number);
        Api.checkIn("camp-manager", CAMP, number);
        HttpResponse<byte[]> slip = Api.postForBytes("registrar", "assistance/slips/" + number + "/prints", "");
        assertThat(slip.statusCode()).isEqualTo(200);
        String qr = SlipQrReader.read(slip.body()).orElseThrow(() -> new AssertionError("no QR read from the slip"));
        String[] card = handedOverCard();
        HttpResponse<String> parcels = Api.post("supervisor", "assistance/stock/" + CAMP + "/receipts", "{\"itemCode\":\"FOOD-PARCEL\","
                + "\"partnerCode\":\"STATE-RESERVE\",\"quantity\":4,\"receivedOn\":\"" + LocalDate.now() + "\"}");
        assertThat(parcels.statusCode()).as(parcels.body()).isEqualTo(201);
        String rule = DistributionRoundsApiIT.code("FOOD");
        DistributionRoundsApiIT.rule(rule, "\"itemCode\":\"FOOD-PARCEL\",\"per\":\"HOUSEHOLD\",\"bands\":[{\"minSize\":1,\"maxSize\":2,"
                + "\"quantity\":1},{\"minSize\":3,\"quantity\":2}],\"period\":\"WEEKLY\",\"stage\":\"IN_CAMP\",\"siteCode\":\"" + CAMP + "\","
                + "\"partnerCode\":\"STATE-RESERVE\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");

        java.util.List<String> rules = new java.util.ArrayList<>(java.util.List.of(rule));
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("assistance/rounds.xhtml"));
                browser.signIn("social-worker");
                browser.open(url("assistance/rounds.xhtml"));
                browser.waiting().until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='round-form:rules']//label[contains(., '" + rule + "')]"))).click();
                browser.screenshot("assistance-round-new");
                driver.findElement(By.id("round-form:open")).click();
                browser.waiting().until(d -> d.findElement(By.id("list-form")).getText().contains(number));
                assertThat(driver.findElement(By.id("list-form")).getText()).contains(rule, "Food parcel");
                browser.screenshot("assistance-round-list");

                browser.open(url("assistance/desk.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-form:qr"))).sendKeys(qr);
                driver.findElement(By.id("desk-form:find")).click();
                browser.waiting().until(d -> d.findElement(By.id("household")).getText().contains(number));
                assertThat(driver.findElement(By.id("household")).getText()).contains(rule, "Food parcel", "to hand over");
                browser.screenshot("assistance-desk-household");

                driver.findElement(By.id("record-form:record")).click();
                browser.waiting().until(d -> d.findElement(By.id("household")).getText().contains("collected "));
                assertThat(driver.findElement(By.id("household")).getText()).doesNotContain("to hand over");
                browser.screenshot("assistance-desk-collected");

                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-form:qr"))).sendKeys(qr);
                driver.findElement(By.id("desk-form:find")).click();
                // the form is drawn again when the household is found: click the button of the drawn form
                browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    WebElement record = ExpectedConditions.elementToBeClickable(By.id("record-form:record")).apply(d);
                    if (record == null) {
                        return null;   // not drawn yet: look again
                    }
                    record.click();
                    return true;
                });
                String refusal = browser.waiting().until(d -> {
                    String text = d.findElement(By.id("record-form:record-message")).getText();
                    return text.isBlank() ? null : text;
                });
                assertThat(refusal).startsWith("Already collected: ").contains(CAMP).containsPattern("on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} at ");
                browser.screenshot("assistance-desk-refused");

                // a correction: the line voided with its reason is to hand over again
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':void']"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("void-form:confirm-void"))).click();
                browser.waiting().until(d -> !d.findElement(By.id("void-form:reason-message")).getText().isBlank());
                driver.findElement(By.id("void-form:reason")).sendKeys("handed to the wrong family");
                driver.findElement(By.id("void-form:confirm-void")).click();
                browser.waiting().until(d -> d.findElement(By.id("household")).getText().contains("to hand over"));
                browser.screenshot("assistance-desk-voided");

                // an identity card's QR names its holder's household; a tampered one is refused as a card
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-form:qr"))).sendKeys(card[1]);
                driver.findElement(By.id("desk-form:find")).click();
                browser.waiting().until(d -> d.findElement(By.id("household")).getText().contains(card[0]));
                assertThat(driver.findElement(By.id("household")).getText()).contains(rule, "to hand over");
                browser.screenshot("assistance-desk-card");
                char changed = card[1].charAt(10) == 'A' ? 'B' : 'A';
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-form:qr")))
                        .sendKeys(card[1].substring(0, 10) + changed + card[1].substring(11));
                driver.findElement(By.id("desk-form:find")).click();
                String refused = browser.waiting().until(d -> {
                    String text = d.findElement(By.id("desk-form:qr-message")).getText();
                    return text.isBlank() ? null : text;
                });
                assertThat(refused).isEqualTo("This identity card is not accepted: Not valid: the signature does not match");
                assertThat(driver.findElement(By.id("household")).getText()).doesNotContain(card[0]);
                assertThat(driver.findElement(By.id("desk-form:number")).getDomProperty("value")).as("no family's number left behind").isEmpty();
                browser.screenshot("assistance-desk-card-refused");

                // goods the camp does not hold: the desk says what is left and records nothing of them
                String kit = DistributionRoundsApiIT.code("KIT");
                assertThat(Api.post("admin", "assistance/items", "{\"code\":\"" + kit + "\",\"nameEn\":\"Winter kit\",\"nameHy\":"
                        + "\"Ձմեռային հավաքածու\",\"nameRu\":\"Зимний набор\",\"unit\":\"PIECE\",\"category\":\"NON_FOOD\"}").statusCode()).isEqualTo(201);
                String winter = DistributionRoundsApiIT.code("WINTER");
                String winterId = DistributionRoundsApiIT.rule(winter, "\"itemCode\":\"" + kit + "\",\"per\":\"HOUSEHOLD\",\"quantity\":1,"
                        + "\"period\":\"ONCE\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"UNHCR\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
                assertThat(Api.post("social-worker", "assistance/rounds", "{\"siteCode\":\"" + CAMP + "\",\"entitlementIds\":[\"" + winterId
                        + "\"]}").statusCode()).isEqualTo(201);
                rules.add(winter);
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-form:qr"))).sendKeys(qr);
                driver.findElement(By.id("desk-form:find")).click();
                browser.waiting().until(d -> d.findElement(By.id("household")).getText().contains(winter));
                browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    WebElement record = ExpectedConditions.elementToBeClickable(By.id("record-form:record")).apply(d);
                    if (record == null) {
                        return null;   // not drawn yet: look again
                    }
                    record.click();
                    return true;
                });
                String noStock = browser.waiting().until(d -> {
                    String text = d.findElement(By.id("record-form:record-message")).getText();
                    return text.contains("left of") ? text : null;
                });
                assertThat(noStock).startsWith("Only 0 left of Winter kit at ").contains("(" + CAMP + ") from UNHCR", "record the delivery first");
                browser.screenshot("assistance-desk-no-stock");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("assistance-desk");
                throw e;
            }
        }
        assertThat(Api.allItems("supervisor", "assistance/collections?household=" + number))
                .anyMatch(c -> c.get("entitlementCode").asText().equals(rule) && c.get("siteCode").asText().equals(CAMP));
        for (var round : Api.allItems("social-worker", "assistance/rounds?open=true&site=" + CAMP)) {
            if (rules.stream().anyMatch(r -> round.get("entitlements").toString().contains(r))) {
                assertThat(Api.post("social-worker", "assistance/rounds/" + round.get("id").asText() + "/close", "").statusCode()).isEqualTo(200);
            }
        }
        assertThat(json(Api.get("supervisor", "assistance/collections?household=" + number)).get("total").asLong()).isPositive();
    }

    /**
     * A family of two Syrians checked in at the camp, granted temporary protection, whose head's identity card is
     * printed and handed over: its registry number and the card's QR text.
     */
    static String[] handedOverCard() {
        Api.openCamp("camp-manager", CAMP);   // whichever test of whichever class comes first
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 2, 0, 0, 0);
        Api.member(number, "HEAD", head.givenLatin(), head.familyLatin(), "F", "1986-03-14");
        Api.member(number, "SIBLING", Names.random().givenLatin(), head.familyLatin(), "F", "1990-07-01");
        Api.screen(number);
        HttpResponse<String> allocated = Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + CAMP + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        Api.transferred(CAMP, number);
        Api.checkIn("camp-manager", CAMP, number);
        String decree = Api.decree("TP-DESK " + java.util.UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> granted = Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        HttpResponse<String> produced = Api.post("police", "documents/households/" + number, "");
        assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
        var document = json(produced).get(0);
        assertThat(Api.printAndHandOver(document.get("id").asText(), head.givenLatin()).statusCode()).isEqualTo(204);
        return new String[] {number, document.get("qr").asText()};
    }
}
