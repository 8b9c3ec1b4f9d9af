package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The desk: a registrar pre-registers a family of four with the keyboard and gets its registry number at once; the
 * medical and police inboxes of that BCP then offer its screening and security check; bad input is refused next to
 * its field and what was typed stays.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String page) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + page;
    }

    private static void count(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id("pre-register-form:" + id + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    @Test
    void registrar_preRegistersAFamilyOfFour_andMedicalAndPoliceGetTheirTasks() {
        String number;
        try (Browser browser = new Browser()) {
            browser.open(url("registration/pre-register.xhtml"));
            browser.signIn("registrar");
            WebElement head = browser.driver().switchTo().activeElement();
            assertThat(head.getDomAttribute("id")).as("the head's name has the focus").isEqualTo("pre-register-form:head");
            String tag = "Q" + Long.toString(System.nanoTime() % 1_000_000_000L, 26).replaceAll("[0-9]", "x");
            head.sendKeys("Анаит Петросян " + tag, Keys.TAB);
            browser.waiting().until(d -> !d.findElement(By.id("pre-register-form:latin")).getDomProperty("value").isBlank());
            assertThat(browser.driver().findElement(By.id("pre-register-form:latin")).getDomProperty("value")).matches("[A-Za-z ]+");
            count(browser, "fa", "1");
            count(browser, "ma", "1");
            count(browser, "fc", "1");
            count(browser, "mc", "1");
            browser.driver().findElement(By.id("pre-register-form:vehicle")).sendKeys("Bus 7", Keys.ENTER);
            number = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pre-register-form:last-number"))).getText();
            assertThat(number).matches("BCP-MARGARA-\\d{8}-\\d{5,}");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("today-form:today"), number));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("pre-registration-done");

            browser.driver().findElement(By.id("pre-register-form:last-number")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("household"), "Анаит Петросян"));
            assertThat(browser.driver().findElement(By.id("size")).getText()).startsWith("4");
            browser.screenshot("household-file");

            // found again by its name typed in Armenian script
            WebElement find = browser.driver().findElement(By.id("find-form:number"));
            find.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Անահիտ Պետրոսյան " + tag, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("matches"), number));
            browser.screenshot("household-search-armenian");
        }
        // screening is per member: the head registered, her medical screening and security check wait in the inboxes
        Api.member(number, "HEAD", "Anahit", "Petrosyan", "F", "1985-05-05");
        for (String user : new String[] {"medical", "police"}) {
            try (Browser browser = new Browser()) {
                browser.open(url("platform/inbox.xhtml"));
                browser.signIn(user);
                browser.driver().findElement(By.id("inbox-form:reference")).sendKeys(number, Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-form:tasks"), number));
                browser.screenshot("inbox-" + user);
            }
        }
    }

    @Test
    void badInput_isShownNextToTheField_andWhatWasTypedStays() {
        try (Browser browser = new Browser()) {
            browser.open(url("registration/pre-register.xhtml"));
            browser.signIn("registrar");
            browser.driver().findElement(By.id("pre-register-form:head")).sendKeys("Petros 2nd");
            browser.driver().findElement(By.id("pre-register-form:vehicle")).sendKeys("Truck 3", Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pre-register-form .ui-message-error")));
            String errors = browser.driver().findElement(By.id("pre-register-form")).getText();
            assertThat(errors).contains("letters");
            assertThat(browser.driver().findElement(By.id("pre-register-form:head")).getDomProperty("value")).isEqualTo("Petros 2nd");
            assertThat(browser.driver().findElement(By.id("pre-register-form:vehicle")).getDomProperty("value")).isEqualTo("Truck 3");

            WebElement head = browser.driver().findElement(By.id("pre-register-form:head"));
            head.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Petros Petrosyan");
            browser.driver().findElement(By.id("pre-register-form:vehicle")).sendKeys(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pre-register-form"), "1 to 50"));
            assertThat(browser.driver().findElements(By.id("pre-register-form:last-number"))).isEmpty();
            browser.screenshot("pre-registration-errors");
        }
    }

    /**
     * The head's photo taken with the camera: PrimeFaces' photoCam strips a 22-character data-URI prefix, which fits
     * PNG and not JPEG, whose picture WildFly's strict base64 then refused with an error page.
     */
    @Test
    void registrar_takesTheHeadsPhotoWithTheCamera_andSeesItBeforeRegistering() {
        // photoCam asks for a camera of at least the photo's 480 × 640: a common 1280 × 720 webcam
        try (Browser browser = FakeCamera.browser(1280, 720, FakeCamera.plain(1280, 720))) {
            try {
                browser.open(url("registration/pre-register.xhtml"));
                browser.signIn("registrar");
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("pre-register-form:camera"))).click();
                FakeCamera.waitUntilLive(browser);
                browser.driver().findElement(By.xpath("//div[contains(@class,'ui-dialog')]//button[contains(.,'Take the photo')]")).click();
                WebElement photo = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pre-register-form:head-photo")));
                assertThat(photo.getDomAttribute("src")).startsWith("data:image/jpeg;base64,");
                assertThat(browser.driver().findElements(By.id("error-text"))).as("no error page").isEmpty();
                assertThat(browser.driver().findElement(By.id("pre-register-form:photo-message")).getText()).isBlank();
                browser.screenshot("pre-registration-camera");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("pre-registration-camera");
                throw e;
            }
        }
    }
}
