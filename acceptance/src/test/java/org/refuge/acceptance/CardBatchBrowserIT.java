package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Cards in batches in headless Chromium (issue 15, item 3): the police narrow their card worklist to the deadline day
 * of the test's three protected households, tick their six persons, produce the households' cards in one action (a
 * result per household), print the batch on A4 sheets as one PDF (every document number in it, read with PDFBox),
 * and at the handover desk paste one card's QR text as a hand scanner types it: the holder's registry photo, name and
 * document number appear, and the card is handed over. A changed code is refused at the field.
 */
@ExtendWith(ArquillianExtension.class)
class CardBatchBrowserIT {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    /** Types into a field what a person types, until the field holds it. */
    private static void type(Browser browser, String id, String text) {
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.id(id));
            if (!text.equals(field.getDomProperty("value"))) {
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            }
            return text.equals(d.findElement(By.id(id)).getDomProperty("value"));
        });
    }

    /** The registry numbers of the worklist's rows on the page shown. */
    private static List<String> rowNumbers(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='worklist-form:worklist_data'] a.rf-worklist-number")).stream().map(WebElement::getText).toList();
    }

    /**
     * Ticks the rows of the households, page by page from the last (the newest deadlines are at the end), until
     * {@code persons} are ticked; the counter under the table says so after each tick.
     */
    private static void tick(Browser browser, Set<String> households, int persons) {
        WebDriver driver = browser.driver();
        WebElement last = driver.findElement(By.cssSelector("[id='worklist-form:worklist'] .ui-paginator-top .ui-paginator-last"));
        if (!last.getDomAttribute("class").contains("ui-state-disabled")) {
            last.click();
            browser.waiting().until(d -> d.findElement(By.cssSelector("[id='worklist-form:worklist'] .ui-paginator-top .ui-paginator-last"))
                    .getDomAttribute("class").contains("ui-state-disabled"));
        }
        int ticked = 0;
        for (int page = 0; page < 20 && ticked < persons; page++) {
            List<WebElement> rows = driver.findElements(By.cssSelector("[id='worklist-form:worklist_data'] > tr"));
            for (int i = 0; i < rows.size(); i++) {
                WebElement row = driver.findElements(By.cssSelector("[id='worklist-form:worklist_data'] > tr")).get(i);
                if (!households.contains(row.findElement(By.cssSelector("a.rf-worklist-number")).getText())) {
                    continue;
                }
                row.findElement(By.cssSelector(".ui-chkbox-box")).click();
                int now = ++ticked;
                browser.waiting().until(d -> d.findElement(By.id("worklist-form:selected")).getText().startsWith("Persons ticked: " + now + " "));
            }
            if (ticked < persons) {
                List<String> before = rowNumbers(driver);
                driver.findElement(By.cssSelector("[id='worklist-form:worklist'] .ui-paginator-top .ui-paginator-prev")).click();
                browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> !rowNumbers(d).equals(before));
            }
        }
        assertThat(ticked).as("the test's persons found on the worklist").isEqualTo(persons);
    }

    @Test
    void thePolicePrintABatchOfCardsAsOnePdf_andHandOneOverByPastingItsQr() throws Exception {
        String decree = Api.decree("TP-CARDS " + UUID.randomUUID().toString().substring(0, 8));
        List<String> households = IntStream.range(0, 3).mapToObj(i -> Api.protectedHousehold(decree, 2)).toList();
        // the days of their three-day deadlines, as the worklist's filter takes them
        List<LocalDate> deadlines = households.stream().flatMap(h -> StreamSupport.stream(json(Api.get("police", "documents/households/" + h + "/clock"))
                .spliterator(), false)).map(m -> Instant.parse(m.get("deadline").asText()).atZone(YEREVAN).toLocalDate()).sorted().toList();

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("index.xhtml"));
                browser.signIn("police");
                driver.findElement(By.cssSelector("a[data-menu='menu.cardWorklist']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist-form:worklist")));
                type(browser, "filter-form:deadline-from_input", deadlines.get(0).toString());
                type(browser, "filter-form:deadline-to_input", deadlines.get(deadlines.size() - 1).toString());
                WebElement filter = driver.findElement(By.id("filter-form:filter"));
                filter.click();
                browser.waiting().until(ExpectedConditions.stalenessOf(filter));
                tick(browser, new HashSet<>(households), 6);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("worklist-form:selected"), "Persons ticked: 6 (households: 3)"));

                driver.findElement(By.id("worklist-form:produce")).click();
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='batch-form:results_data'] td.rf-batch-result [data-outcome]")).size() == 3);
                assertThat(driver.findElements(By.cssSelector("[id='batch-form:results_data'] td.rf-batch-result [data-outcome]")))
                        .extracting(e -> e.getDomAttribute("data-outcome")).containsOnly("PRODUCED");
                assertThat(driver.findElements(By.cssSelector("[id='batch-form:results_data'] a.rf-batch-number")))
                        .extracting(WebElement::getText).containsExactlyInAnyOrderElementsOf(households);
                List<String> documentNumbers = driver.findElements(By.cssSelector("[id='batch-form:results_data'] .rf-document-number")).stream()
                        .map(WebElement::getText).toList();
                assertThat(documentNumbers).hasSize(6).allMatch(n -> n.matches("TP-\\d{4}-\\d{6}"));
                assertThat(driver.findElement(By.id("batch-form:to-print")).getText()).isEqualTo("Cards of this batch not handed over yet: 6");

                // printed on A4 sheets, as one PDF
                driver.findElement(By.xpath("//label[normalize-space()='Eight cards per A4 sheet, with crop marks']")).click();
                Set<String> before = browser.downloaded();
                driver.findElement(By.id("batch-form:print")).click();
                byte[] pdf = browser.download(".pdf", before);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertThat(document.getNumberOfPages()).as("six cards on one A4 sheet").isEqualTo(1);
                    assertThat(new PDFTextStripper().getText(document)).contains(documentNumbers);
                }
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='batch-form:results_data'] .rf-printed")).size() == 6);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("batch-form")));
                browser.screenshot("cards-batch");
                for (String household : households) {
                    assertThat(json(Api.get("police", "documents/households/" + household)))
                            .as("every card's print recorded").allSatisfy(d -> assertThat(d.get("prints").asInt()).isEqualTo(1));
                }

                // the handover desk: the QR text pasted as a hand scanner types it, ending with Enter
                JsonNode card = json(Api.get("police", "documents/households/" + households.get(1))).get(0);
                String qr = card.get("qr").asText();
                browser.open(url("protection/documents.xhtml"));
                WebElement field = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("scan-form:qr")));
                char changed = qr.charAt(10) == 'A' ? 'B' : 'A';
                field.sendKeys(qr.substring(0, 10) + changed + qr.substring(11), Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-form:qr-message"),
                        "This code is not a genuine identity card of Refuge"));
                assertThat(driver.findElements(By.id("scan-name"))).as("nothing found for a changed code").isEmpty();

                type(browser, "scan-form:qr", qr);
                driver.findElement(By.id("scan-form:qr")).sendKeys(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("scan-number"), card.get("number").asText()));
                assertThat(driver.findElement(By.id("scan-name")).getText()).isEqualTo(card.get("name").asText());
                assertThat(driver.findElement(By.id("scan-form:scan-household")).getText()).isEqualTo(households.get(1));
                browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d)
                        .executeScript("return document.getElementById('scan-portrait').naturalWidth")).intValue() > 0);
                assertThat(driver.findElement(By.id("scan-form:handed-to")).getDomProperty("value")).as("the holder by default")
                        .isEqualTo(card.get("name").asText());
                browser.screenshot("cards-handover-scan");

                driver.findElement(By.id("scan-form:confirm-scan-handover")).click();
                browser.waiting().until(ExpectedConditions.attributeToBe(By.id("scan-form:scan-status"), "data-status", "HANDED_OVER"));
                assertThat(driver.findElements(By.id("scan-form:confirm-scan-handover"))).as("handed over once").isEmpty();
                JsonNode handed = StreamSupport.stream(json(Api.get("police", "documents/households/" + households.get(1))).spliterator(), false)
                        .filter(d -> d.get("id").asText().equals(card.get("id").asText())).findFirst().orElseThrow();
                assertThat(handed.get("status").asText()).isEqualTo("HANDED_OVER");
                assertThat(handed.get("handedTo").asText()).isEqualTo(card.get("name").asText());
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("cards-batch");
                throw e;
            }
        }
    }
}
