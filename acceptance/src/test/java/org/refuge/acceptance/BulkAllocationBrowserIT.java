package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo camp manager in headless Chromium allocates a selection of the queue at once (issue 15, item 3): the queue
 * searched for the test's three families (a family name of their own), one ticked by its box, then all those found;
 * allocated to Refuge's proposals after a confirmation; a result per household and a summary.
 */
@ExtendWith(ArquillianExtension.class)
class BulkAllocationBrowserIT {

    private static final String CAMP = "CAMP-ARARAT-1";
    private static final String CAMP_NAME = "Ararat temporary camp 1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    /** A screened household of one woman of this family name, at the demo registrar's BCP. */
    private static String screened(String family) {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + family, 1, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + head.givenLatin() + "\",\"familyName\":\"" + family + "\",\"sex\":\"F\",\"birthDate\":\"1984-05-06\","
                + "\"birthPrecision\":\"EXACT\"}").statusCode()).isEqualTo(201);
        Api.screen(number);
        return number;
    }

    /** A family name nobody else has: "Bulk" and six letters. */
    private static String familyOfItsOwn() {
        StringBuilder name = new StringBuilder("Bulk");
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    @Test
    void aCampManager_ticksTheHouseholdsFound_andAllocatesThemToRefugesProposals() {
        Api.openCamp("camp-manager", CAMP);
        String family = familyOfItsOwn();
        List<String> households = List.of(screened(family), screened(family), screened(family));
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("index.xhtml"));
                browser.signIn("camp-manager");
                driver.findElement(By.cssSelector("a[data-menu='menu.allocation']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-form:find"))).sendKeys(family, Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("queue-form:count"), "Households waiting: 3"));
                idle(browser);

                // one ticked by its box, then every household found
                driver.findElement(By.cssSelector("[id='queue-form:queue_data'] tr[data-rk='" + households.get(0) + "'] .ui-chkbox-box")).click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("queue-form:selected"), "Households ticked: 1"));
                idle(browser);
                WebElement selectAll = driver.findElement(By.id("queue-form:select-all"));
                selectAll.click();
                browser.waiting().until(ExpectedConditions.stalenessOf(selectAll));
                browser.waiting().until(ExpectedConditions.textToBe(By.id("queue-form:selected"), "Households ticked: 3"));
                for (String number : households) {
                    assertThat(driver.findElement(By.cssSelector("[id='queue-form:queue_data'] tr[data-rk='" + number + "']"))
                            .getDomAttribute("aria-selected")).as(number).isEqualTo("true");
                }
                browser.screenshot("bulk-allocation-select");

                driver.findElement(By.id("queue-form:bulk-proposals")).click();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("bulk-form:confirm")));
                assertThat(driver.findElement(By.id("bulk-form:bulk-explain")).getText()).startsWith("3 households will each go to the camp and tents Refuge proposes");
                driver.findElement(By.id("bulk-form:confirm")).click();

                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Bulk allocation: 3 allocated, 0 already allocated, 0 refused."));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk-result")));
                for (String number : households) {
                    String row = driver.findElement(By.xpath("//tbody[@id='bulk-result_data']/tr[.//span[normalize-space()='" + number + "']]")).getText();
                    assertThat(row).contains(number, "Allocated", CAMP_NAME);
                }
                browser.waiting().until(ExpectedConditions.textToBe(By.id("queue-form:selected"), "Households ticked: 0"));
                assertThat(driver.findElement(By.id("queue-form:count")).getText()).as("they left the queue").isEqualTo("Households waiting: 0");
                browser.screenshot("bulk-allocation-result");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("bulk-allocation");
                throw e;
            }
        }
        for (String number : households) {
            assertThat(Api.json(Api.get("camp-manager", "camps/" + CAMP + "/residents?household=" + number)).get("items"))
                    .as("beds for " + number).hasSize(1);
        }
    }

    /** Waits until the page's PrimeFaces requests are answered. */
    private static void idle(Browser browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()")));
    }
}
