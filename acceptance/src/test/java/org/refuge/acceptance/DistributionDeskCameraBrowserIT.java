package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;


import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.refuge.assistance.document.SlipQrReader;

/**
 * Scanning at the distribution desk with the device's camera (issue 14 item 5), in headless Chromium whose camera is a
 * video file: the social worker of the Ararat camp opens the desk (the camera is not asked for until "Scan with camera"
 * is pressed), holds a checked-in family's slip before the camera and captures: the picture's QR is read on the server
 * and the family appears with what is due, and the camera is turned off. A camera that shows no code answers next to
 * the camera, and what was typed stays; a browser without a camera says so next to it. No Content Security Policy
 * violation, and the open camera passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class DistributionDeskCameraBrowserIT {

    private static final String CAMP = "CAMP-ARARAT-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void theSocialWorker_scansASlipWithTheCamera_andSeesTheFamilyWithWhatIsDue() throws Exception {
        Api.openCamp("camp-manager", CAMP);
        String number = Api.screenedHousehold(1, 1, false);
        HttpResponse<String> allocated = Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + CAMP + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        Api.transferred(CAMP, number);
        Api.checkIn("camp-manager", CAMP, number);
        HttpResponse<byte[]> slip = Api.postForBytes("registrar", "assistance/slips/" + number + "/prints", "");
        assertThat(slip.statusCode()).isEqualTo(200);
        String qr = SlipQrReader.read(slip.body()).orElseThrow(() -> new AssertionError("no QR read from the slip"));
        String rule = DistributionRoundsApiIT.code("CAMERA");
        String ruleId = DistributionRoundsApiIT.rule(rule, "\"itemCode\":\"BLANKET\",\"per\":\"HOUSEHOLD\",\"quantity\":1,\"period\":\"ONCE\","
                + "\"stage\":\"IN_CAMP\",\"siteCode\":\"" + CAMP + "\",\"partnerCode\":\"ARCS\",\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\"");
        HttpResponse<String> opened = Api.post("social-worker", "assistance/rounds", "{\"siteCode\":\"" + CAMP + "\",\"entitlementIds\":[\"" + ruleId + "\"]}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        try (Browser browser = FakeCamera.browser(FakeCamera.qrFrame(qr))) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("assistance/desk.xhtml"));
                browser.signIn("social-worker");
                browser.open(url("assistance/desk.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-form:camera-start")));
                assertThat(driver.findElements(By.tagName("video"))).as("no camera before the button is pressed").isEmpty();
                assertThat(js(driver, "return typeof PrimeFaces.widgets['desk-cam']")).isEqualTo("undefined");

                driver.findElement(By.id("desk-form:camera-start")).click();
                FakeCamera.waitUntilLive(browser);
                assertThat(driver.findElement(By.id("desk-camera-error")).isDisplayed()).as("no camera error while it plays").isFalse();
                Axe axe = new Axe();
                axe.page(driver, "social-worker · assistance/desk · camera");
                assertThat(axe.total("critical") + axe.total("serious")).as("axe with the camera open:%s", axe.blocking()).isZero();
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'})",
                        driver.findElement(By.id("desk-form:camera-panel")));
                browser.screenshot("assistance-desk-camera");
                driver.findElement(By.id("desk-form:capture")).click();
                browser.waiting().until(d -> d.findElement(By.id("household")).getText().contains(number));
                assertThat(driver.findElement(By.id("household")).getText()).contains(rule, "Blanket", "to hand over");
                assertThat(driver.findElement(By.id("desk-form:number")).getDomProperty("value")).isEqualTo(number);
                browser.waiting().until(d -> d.findElements(By.tagName("video")).isEmpty());
                assertThat(driver.findElements(By.id("desk-form:camera-start"))).as("the camera is turned off once the family is found").hasSize(1);
                browser.screenshot("assistance-desk-camera-found");
                assertThat(cspViolations(driver)).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("assistance-desk-camera");
                throw e;
            }
        } finally {
            HttpResponse<String> closed = Api.post("social-worker", "assistance/rounds/" + json(opened).get("id").asText() + "/close", "");
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        }
    }

    @Test
    void aPictureWithoutACode_isAnsweredNextToTheCamera_andWhatWasTypedStays() throws Exception {
        try (Browser browser = FakeCamera.browser(FakeCamera.plain())) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("assistance/desk.xhtml"));
                browser.signIn("social-worker");
                browser.open(url("assistance/desk.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-form:number"))).sendKeys("ARARAT 42");
                driver.findElement(By.id("desk-form:camera-start")).click();
                FakeCamera.waitUntilLive(browser);
                driver.findElement(By.id("desk-form:capture")).click();
                String answer = browser.waiting().until(d -> {
                    String text = d.findElement(By.id("desk-form:camera-message")).getText();
                    return text.isBlank() ? null : text;
                });
                assertThat(answer).isEqualTo("No QR code found in the picture; hold the code closer or type the number.");
                assertThat(driver.findElement(By.id("desk-form:number")).getDomProperty("value")).isEqualTo("ARARAT 42");
                assertThat(driver.findElements(By.tagName("video"))).as("the camera stays on for the next try").hasSize(1);
                assertThat(driver.findElement(By.id("household")).getText()).isBlank();
                browser.screenshot("assistance-desk-camera-no-code");

                driver.findElement(By.id("desk-form:camera-stop")).click();
                browser.waiting().until(d -> d.findElements(By.tagName("video")).isEmpty());
                assertThat(driver.findElement(By.id("desk-form:number")).getDomProperty("value")).isEqualTo("ARARAT 42");
                assertThat(cspViolations(driver)).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("assistance-desk-camera-no-code");
                throw e;
            }
        }
    }

    @Test
    void withoutACamera_theDeskSaysSoNextToIt_andFindsByNumberAsBefore() {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("assistance/desk.xhtml"));
                browser.signIn("social-worker");
                browser.open(url("assistance/desk.xhtml"));
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("desk-form:camera-start"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("desk-camera-error")));
                assertThat(driver.findElement(By.id("desk-camera-error")).getText())
                        .isEqualTo("The camera could not be started: allow this page to use it in the browser, or type the number.");
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'end'})",
                        driver.findElement(By.id("desk-form:camera-panel")));
                browser.screenshot("assistance-desk-camera-unavailable");
                driver.findElement(By.id("desk-form:find")).click();
                browser.waiting().until(d -> !d.findElement(By.id("desk-form:number-message")).getText().isBlank());
                assertThat(driver.findElement(By.id("desk-form:number-message")).getText())
                        .isEqualTo("Scan the slip or the identity card, or enter the registry number.");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("assistance-desk-camera-unavailable");
                throw e;
            }
        }
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}
