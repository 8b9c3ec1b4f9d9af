package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Temporary protection in headless Chromium, after the decree (recorded on the board by ActionPlanBrowserIT): the
 * demo caseworker grants protection to a registered family of four; the demo police officer sees them in the
 * three-day queue, produces their four documents, prints each (the PDF is downloaded and read) and hands each over;
 * on the verification page the QR of a document is valid and a tampered one is not.
 */
@ExtendWith(ArquillianExtension.class)
class ProtectionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The supervisors' open escalation and breach tasks of the household. */
    private static long deadlineTasks(String number) {
        return java.util.stream.StreamSupport.stream(json(Api.get("supervisor", "tasks?reference=" + number)).get("items").spliterator(), false)
                .filter(task -> "protection/deadlines".equals(task.path("formKey").asText())).count();
    }

    private static List<String> statuses(WebDriver driver, String cells) {
        return driver.findElements(By.cssSelector(cells + " [data-status]")).stream().map(e -> e.getDomAttribute("data-status")).toList();
    }

    /**
     * The urgency of each row of the household in the police queue, page after page: the queue is a lazy table ordered
     * by deadline, and a family registered last may be on any page.
     */
    private static List<String> queuedUrgencies(Browser browser, String number) {
        WebDriver driver = browser.driver();
        By rows = By.xpath("//tbody[@id='queue-form:queue_data']/tr[.//a[normalize-space()='" + number + "']]");
        List<String> urgencies = new ArrayList<>();
        while (true) {
            driver.findElements(rows).forEach(row -> urgencies.add(row.findElement(By.cssSelector(".rf-deadline")).getDomAttribute("data-urgency")));
            List<WebElement> next = driver.findElements(By.cssSelector(
                    "[id='queue-form:queue'] .ui-paginator-bottom .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return urgencies;
            }
            WebElement first = driver.findElement(By.cssSelector("[id='queue-form:queue_data'] > tr"));
            next.get(0).click();
            browser.waiting().until(ExpectedConditions.stalenessOf(first));
        }
    }

    @Test
    void caseworkerGrants_policeProducePrintAndHandOverFourDocuments_andTheQrVerifies() throws Exception {
        String decree = "TP-BROWSER " + UUID.randomUUID().toString().substring(0, 8);
        Api.decree(decree);
        String family = "Սարգսյան";
        String number = Api.preRegister("registrar", "Լուսինե " + family, 1, 1, 1, 1);
        Api.member(number, "HEAD", "Լուսինե", family, "F", "1987-04-12");
        Api.member(number, "SPOUSE", "Տիգրան", family, "M", "1984-01-30");
        Api.member(number, "CHILD", "Մարիամ", family, "F", "2013-08-21");
        Api.member(number, "CHILD", "Հայկ", family, "M", "2019-02-03");
        Api.clearSecurity(number);

        // the caseworker grants the four under the decree in force
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("protection/decisions.xhtml"));
                browser.signIn("caseworker");
                browser.choose("find-form:decree", decree + " (in force from " + java.time.LocalDate.now().minusDays(1) + ")");
                driver.findElement(By.id("find-form:number")).sendKeys(number);
                driver.findElement(By.id("find-form:load")).click();
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='members-form:members_data'] > tr")).size() == 4);
                assertThat(statuses(driver, "td.rf-protection-status")).containsOnly("NONE");
                for (WebElement box : driver.findElements(By.cssSelector(".rf-grant-select .ui-chkbox-box"))) {
                    box.click();
                }
                browser.waiting().until(d -> d.findElements(By.cssSelector(".rf-grant-select .ui-chkbox-box.ui-state-active")).size() == 4);
                driver.findElement(By.id("members-form:grant")).click();
                browser.waiting().until(d -> statuses(d, "td.rf-protection-status").stream().filter("GRANTED"::equals).count() == 4);
                assertThat(driver.findElements(By.cssSelector("td.rf-valid-until"))).hasSize(4)
                        .allSatisfy(cell -> assertThat(cell.getText()).matches("\\d{4}-\\d{2}-\\d{2}"));
                browser.screenshot("protection-granted");
                // the renewals due: a lazy table whose paginator says how many households there are
                assertThat(driver.findElement(By.cssSelector("[id='renewals-form:renewals'] .ui-paginator-current")).getText())
                        .matches("\\d+-\\d+ of \\d+ households");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("protection-grant");
                throw e;
            }
        }

        // the police: the queue with the three-day deadline, produce, print and hand over the four documents
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("protection/documents.xhtml"));
                browser.signIn("police");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-form:queue")));
                assertThat(driver.findElement(By.cssSelector("[id='queue-form:queue'] .ui-paginator-current")).getText())
                        .as("the queue's total").matches("Persons waiting: \\d+ \\(showing \\d+-\\d+\\)");
                assertThat(queuedUrgencies(browser, number)).containsExactly("OK", "OK", "OK", "OK");

                driver.findElement(By.id("find-form:number")).sendKeys(number);
                driver.findElement(By.id("find-form:load")).click();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("documents-form:produce"))).click();
                browser.waiting().until(d -> statuses(d, "td.rf-document-status").size() == 4);
                assertThat(statuses(driver, "td.rf-document-status")).containsOnly("PRODUCED");
                List<String> documentNumbers = driver.findElements(By.cssSelector("[id='documents-form:documents_data'] .rf-number")).stream()
                        .map(WebElement::getText).toList();
                assertThat(documentNumbers).hasSize(4).allSatisfy(n -> assertThat(n).matches("TP-\\d{4}-\\d{6}"));

                // each card is printed: its PDF arrives and carries the holder's document number and names
                List<String> printedTexts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Set<String> before = browser.downloaded();
                    WebElement print = browser.waiting().until(d -> d.findElements(By.cssSelector("[id='documents-form:documents_data'] button.rf-print"))
                            .stream().filter(b -> b.getText().equals("Print")).findFirst().orElse(null));
                    print.click();
                    byte[] pdf = browser.download(".pdf", before);
                    printedTexts.add(text(pdf));
                    int printed = i + 1;
                    browser.waiting().until(d -> d.findElements(By.cssSelector("td.rf-prints")).stream().filter(c -> c.getText().equals("1")).count()
                            == printed);
                }
                assertThat(String.join("\n", printedTexts)).contains(documentNumbers.toArray(String[]::new)).contains(family, "Sargsyan");

                // each is handed over to its holder (a child's to a parent)
                for (int i = 0; i < 4; i++) {
                    WebElement handOver = browser.waiting().until(d -> d.findElements(By.cssSelector("[id='documents-form:documents_data'] button.rf-handover"))
                            .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
                    handOver.click();
                    WebElement to = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("handover-form:handedTo")));
                    to.clear();
                    to.sendKeys(i < 2 ? "the holder in person" : "Լուսինե " + family + ", mother");
                    driver.findElement(By.id("handover-form:confirmHandover")).click();
                    int handed = i + 1;
                    browser.waiting().until(d -> statuses(d, "td.rf-document-status").stream().filter("HANDED_OVER"::equals).count() == handed);
                    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("handover-form:handedTo")));
                }
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                        driver.findElement(By.id("documents-form:documents")));
                browser.screenshot("documents-handed-over");
                browser.open(url("protection/documents.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-form:queue")));
                assertThat(queuedUrgencies(browser, number)).as("nobody of the family waits any more").isEmpty();

                // the QR of a handed-over document verifies; one changed character does not
                JsonNode head = json(Api.get("police", "documents/households/" + number)).get(0);
                String qr = head.get("qr").asText();
                browser.open(url("protection/verify.xhtml"));
                WebElement field = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-form:qr")));
                field.sendKeys(qr);
                driver.findElement(By.id("verify-form:verify")).click();
                browser.waiting().until(ExpectedConditions.attributeToBe(By.id("verdict"), "data-status", "VALID"));
                assertThat(driver.findElement(By.id("result")).getText()).contains(head.get("number").asText(), "Sargsyan");
                assertThat(driver.findElement(By.id("verdict")).getDomAttribute("class")).contains("rf-verdict-OK");
                // the registry portrait is shown to compare with the face on the card, and the signed hash matches it
                assertThat(driver.findElement(By.id("portrait")).getDomAttribute("data-matches")).isEqualTo("true");
                browser.waiting().until(d -> ((Number) ((JavascriptExecutor) d)
                        .executeScript("return document.getElementById('portrait-image').naturalWidth")).intValue() > 0);
                browser.screenshot("document-verified");

                char changed = qr.charAt(10) == 'A' ? 'B' : 'A';
                field = driver.findElement(By.id("verify-form:qr"));
                field.clear();
                field.sendKeys(qr.substring(0, 10) + changed + qr.substring(11));
                driver.findElement(By.id("verify-form:verify")).click();
                browser.waiting().until(ExpectedConditions.attributeToBe(By.id("verdict"), "data-status", "INVALID_SIGNATURE"));
                assertThat(driver.findElement(By.id("verdict")).getDomAttribute("class")).contains("rf-verdict-BAD");
                assertThat(driver.findElement(By.id("verify-form:qr")).getDomProperty("value")).as("what was pasted stays")
                        .startsWith(qr.substring(0, 10) + changed);
                browser.screenshot("document-tampered");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("protection-documents");
                throw e;
            }
        }
    }

    @Test
    void aSupervisorSeesTheBreach_theRegistrarSeesTheClock_andPrintsTheDaysPhotoSheets() throws Exception {
        String decree = Api.decree("TP-LATE " + UUID.randomUUID().toString().substring(0, 8));
        String number = Api.preRegister("registrar", "Rami Khalil", 0, 1, 0, 0);
        Api.member(number, "HEAD", "Rami", "Khalil", "M", "1975-06-06");
        Api.clearSecurity(number);
        TestDatabase.registeredHoursAgo(number, 80);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("protection/deadlines.xhtml"));
                browser.signIn("supervisor");
                By recorded = By.xpath("//tbody[@id='clock-form:recorded_data']/tr[.//a[normalize-space()='" + number + "']]");
                // the server's timers fire within seconds of the grant
                for (int i = 0; i < 30 && driver.findElements(recorded).isEmpty(); i++) {
                    Thread.sleep(2000);
                    browser.open(url("protection/deadlines.xhtml"));
                }
                assertThat(driver.findElements(recorded)).as("the breach is recorded").hasSize(1);
                assertThat(driver.findElements(By.xpath("//tbody[@id='clock-form:breached_data']/tr[.//a[normalize-space()='" + number + "']]")))
                        .as("Rami still waits past the deadline").hasSize(1);
                browser.screenshot("documents-deadlines");

                // from the inbox: the breach task opens this view, and "seen" closes it (both timers' tasks there first)
                for (int i = 0; i < 30 && deadlineTasks(number) < 2; i++) {
                    Thread.sleep(1000);
                }
                browser.open(url("platform/inbox.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-form:reference"))).sendKeys(number);
                driver.findElement(By.id("inbox-form:filter")).click();
                By breachTask = By.xpath("//tbody[@id='inbox-form:tasks_data']/tr[td[normalize-space()='Three-day deadline for identity documents breached']]");
                // filtered (the whole inbox has this household's tasks too): escalation and breach
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='inbox-form:tasks_data'] > tr")).size() == 2
                        && d.findElements(breachTask).size() == 1);
                browser.waiting().until(d -> {
                    d.findElement(breachTask).findElement(By.xpath(".//a[normalize-space()='Open form']")).click();
                    return true;
                });
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("seen-form:seen"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-form:reference"))).sendKeys(number);
                driver.findElement(By.id("inbox-form:filter")).click();
                browser.waiting().until(d -> d.findElements(breachTask).isEmpty()
                        && d.findElements(By.cssSelector("[id='inbox-form:tasks_data'] > tr")).size() == 1);

                // the exceptions waiting for a supervisor's decision: a lazy table whose paginator says how many there are
                browser.open(url("protection/decisions.xhtml"));
                assertThat(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='exceptions-form:exceptions'] .ui-paginator-current"))).getText())
                        .matches("\\d+-\\d+ of \\d+ exceptions");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("protection-deadlines");
                throw e;
            }
        }

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("protection/photo-print.xhtml"));
                browser.signIn("registrar");
                // the household file shows the clock: protected, no document yet, 72 hours passed
                browser.open(url("registration/household.xhtml?number=" + number));
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Identity documents']"))).click();
                WebElement awaited = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='tabs:clock'] [data-clock]")));
                assertThat(awaited.getDomAttribute("data-clock")).isEqualTo("AWAITED");
                assertThat(driver.findElement(By.id("tabs:clock")).getText()).contains("Rami Khalil");
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                        driver.findElement(By.id("tabs:clock")));
                browser.screenshot("household-document-clock");

                // today's photo sheets of Margara: the PDF has Rami's photo caption
                browser.open(url("protection/photo-print.xhtml"));
                Set<String> before = browser.downloaded();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("photo-form:download"))).click();
                String sheets = text(browser.download(".pdf", before));
                assertThat(sheets).contains("Rami Khalil", number, "BCP-MARGARA");
                browser.screenshot("photo-print");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("photo-print");
                throw e;
            }
        }
    }
}
