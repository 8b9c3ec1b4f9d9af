package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo camp manager in headless Chromium: sets up their camp with 100 tents x 20 beds, sees the board and the
 * norm indicators, and the overview of the camps.
 */
@ExtendWith(ArquillianExtension.class)
class CampsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void campManager_installsAHundredTentsOfTwentyBeds_andSeesTheBoardAndTheNorms() {
        // the camp exists (land allocated) whatever earlier runs left
        Api.send("camp-manager", "PUT", "camps/CAMP-ARARAT-1", "{\"areaM2\":20000}");
        try (Browser browser = new Browser()) {
            try {
                browser.open(url("camps/camps.xhtml"));
                browser.signIn("camp-manager");
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Ararat temporary camp 1"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("capacity")));
                int before = beds(browser.driver().findElement(By.id("capacity")).getText());

                browser.driver().findElement(By.id("tents-form:add-tents")).click();
                browser.waiting().until(d -> beds(d.findElement(By.id("capacity")).getText()) == before + 2000);
                assertThat(browser.driver().findElements(By.cssSelector("#board-form .rf-tent")).size()).isGreaterThanOrEqualTo(100);
                // the level follows the camp's occupants once there are any (CampApiIT checks the empty 2,000-bed camp)
                assertThat(browser.driver().findElement(By.cssSelector("tr[data-norm='SITE_AREA_M2_PER_PERSON']")).getDomAttribute("class"))
                        .matches("rf-norm-(BELOW|EMERGENCY_ONLY|MET)");
                ((JavascriptExecutor) browser.driver()).executeScript("document.body.style.zoom = '0.6'; window.scrollTo(0, 0)");
                browser.screenshot("camp-board");
                ((JavascriptExecutor) browser.driver()).executeScript("document.body.style.zoom = '1'");

                // a registry number typed among the residents is converted once: what is not one stays, with the kernel's sentence
                browser.driver().findElement(By.id("residents-form:number")).sendKeys("nobody", Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("residents-form:number-message"),
                        validationMessage("refuge.id.registryNumber")));
                assertThat(browser.driver().findElement(By.id("residents-form:number")).getDomProperty("value")).isEqualTo("nobody");

                browser.driver().findElement(By.cssSelector("a[href*='camps/camps']")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("overview"), "Ararat temporary camp 1"));
                browser.driver().findElement(By.id("plan-form:compute")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form:plan")));
                browser.screenshot("camps-overview");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("camp-board");
                throw e;
            }
        }
    }

    /** A sentence of the server's English ValidationMessages bundle. */
    private static String validationMessage(String key) {
        java.util.Properties texts = new java.util.Properties();
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("..", "ejb", "src", "main", "resources", "ValidationMessages.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return texts.getProperty(key);
    }

    /** The beds in "N beds, … occupied, …" (thousands may be grouped). */
    private static int beds(String capacity) {
        return Integer.parseInt(capacity.substring(0, capacity.indexOf(" beds")).replaceAll("[^0-9]", ""));
    }
}
