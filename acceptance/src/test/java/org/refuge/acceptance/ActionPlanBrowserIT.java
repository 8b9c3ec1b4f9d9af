package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The demo supervisor in headless Chromium: declares an influx event with a threshold of 3, sees it exceeded once a
 * family of four is pre-registered, opens its action plan, activates it (confirmed) and finds the 18 measures by area
 * with their groups and due times; records the government's decree (a refusal first, what was typed kept) and sees the
 * decree measure done by them and the decree among those in force. The test database keeps earlier runs, so the event
 * is found by its own name.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPlanBrowserIT {

    private static final Pattern INDICATOR = Pattern.compile("([\\d,.\\s\\u00a0\\u202f]+) / 3 \\((\\d+) %\\)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void supervisor_activatesThePlanOfAnExceededInflux_andRecordsTheDecree() {
        String name = "Browser action plan " + UUID.randomUUID().toString().substring(0, 8);
        String decreeNumber = "N " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                // signed in first: the OIDC sign-in does not carry a query string through
                browser.open(url("emergency/influx-events.xhtml"));
                browser.signIn("supervisor");

                // the event, declared through the form with a threshold of 3
                driver.findElement(By.id("declare-form:name")).sendKeys(name);
                WebElement threshold = driver.findElement(By.id("declare-form:threshold_input"));
                // PrimeFaces' inputNumber keeps its formatted default on clear(): select it all and type over it
                threshold.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "3");
                driver.findElement(By.id("declare-form:declare")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-form:events"), name));
                By row = By.xpath("//tbody[@id='events-form:events_data']/tr[.//span[contains(@class, 'rf-influx-name')][normalize-space()='"
                        + name + "']]");
                assertThat(driver.findElement(row).findElement(By.cssSelector("[id$=':indicator']")).getText()).matches(INDICATOR);

                // a family of four arrives: above the threshold
                Api.preRegister("registrar", "Ani Petrosyan", 2, 0, 2, 0);
                browser.open(url("emergency/influx-events.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(row));
                assertThat(driver.findElement(row).findElement(By.cssSelector("[id$=':indicator']")).getDomAttribute("class"))
                        .contains("rf-indicator-exceeded");
                assertThat(driver.findElement(row).findElements(By.cssSelector("[id$=':exceeded-at']"))).as("when it was exceeded").hasSize(1);
                driver.findElement(row).findElement(By.cssSelector("[id$=':plan-link'] a")).click();

                // the board: exceeded, the plan not yet active
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator")));
                assertThat(driver.findElement(By.id("event-name")).getText()).isEqualTo(name);
                assertThat(driver.findElement(By.id("event-status")).getText()).isEqualTo("Declared");
                WebElement indicator = driver.findElement(By.id("indicator"));
                assertThat(indicator.getDomAttribute("class")).contains("rf-indicator-exceeded");
                assertThat(arrivals(indicator.getText())).isGreaterThanOrEqualTo(4);
                assertThat(driver.findElement(By.id("exceeded-at")).getText()).matches("above the threshold since \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
                assertThat(driver.findElement(By.id("plan-form:alert")).getText()).contains("activate the action plan");
                assertThat(driver.findElements(By.cssSelector("#measures tr.rf-measure"))).isEmpty();

                // activated after the confirmation: 18 measures in four areas, each with its group and due time
                driver.findElement(By.id("plan-form:activate")).click();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-form:confirm-yes"))).click();
                browser.waiting().until(d -> d.findElements(By.cssSelector("#measures tr.rf-measure")).size() == 18);
                assertThat(driver.findElement(By.id("event-status")).getText()).isEqualTo("Action plan active");
                assertThat(driver.findElement(By.id("done-count")).getText()).isEqualTo("0 of 18 done");
                assertThat(driver.findElements(By.id("plan-form:activate"))).as("activated once").isEmpty();
                List<String> areas = driver.findElements(By.cssSelector("#measures section.rf-area")).stream()
                        .map(area -> area.getDomAttribute("data-area")).toList();
                assertThat(areas).containsExactly("BCP", "CAMP", "AID", "TP");
                assertThat(driver.findElements(By.cssSelector("section[data-area='CAMP'] tr.rf-measure"))).hasSize(5);
                assertThat(driver.findElements(By.cssSelector("#measures tr.rf-measure-DONE"))).isEmpty();
                assertThat(driver.findElements(By.cssSelector("#measures .rf-measure-due"))).hasSize(18)
                        .allSatisfy(due -> assertThat(due.getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
                By decreeMeasure = By.cssSelector("tr.rf-measure[data-measure='tpDecree']");
                assertThat(driver.findElement(decreeMeasure).findElement(By.cssSelector(".rf-measure-name")).getText())
                        .isEqualTo("Record the government decree on temporary protection");
                assertThat(driver.findElement(decreeMeasure).findElement(By.cssSelector(".rf-measure-groups")).getText()).contains("Supervisor");
                assertThat(driver.findElement(By.cssSelector("tr.rf-measure[data-measure='bcpPolice'] .rf-measure-groups")).getText())
                        .contains("Police");
                assertThat(driver.findElement(decreeMeasure).findElement(By.cssSelector(".rf-measure-state")).getText()).startsWith("Open");
                zoomedScreenshot(browser, "action-plan-board");

                // the decree: without a number it is refused next to the field, and what was chosen stays
                chooseCitizenship(browser, "SYR");
                driver.findElement(By.cssSelector("[id='decree-form:stateless'] .ui-chkbox-box")).click();
                browser.waiting().until(ExpectedConditions.attributeContains(By.cssSelector("[id='decree-form:stateless'] .ui-chkbox-box"),
                        "class", "ui-state-active"));
                driver.findElement(By.id("decree-form:record-decree")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decree-form:number-message"),
                        "decree's number"));
                assertThat(driver.findElement(By.cssSelector("[id='decree-form:stateless'] .ui-chkbox-box")).getDomAttribute("class"))
                        .contains("ui-state-active");
                assertThat(driver.findElement(By.id("decree-form:citizenships")).getText()).contains("SYR");
                assertThat(driver.findElement(decreeMeasure).getDomAttribute("class")).doesNotContain("rf-measure-DONE");

                driver.findElement(By.id("decree-form:number")).sendKeys(decreeNumber);
                driver.findElement(By.id("decree-form:record-decree")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Decree " + decreeNumber + " recorded"));
                browser.waiting().until(ExpectedConditions.attributeContains(decreeMeasure, "class", "rf-measure-DONE"));
                assertThat(driver.findElement(decreeMeasure).findElement(By.cssSelector(".rf-measure-state")).getText())
                        .startsWith("Done").contains("supervisor");
                assertThat(driver.findElement(By.id("done-count")).getText()).isEqualTo("1 of 18 done");
                assertThat(driver.findElements(By.cssSelector("#measures tr.rf-measure-DONE"))).hasSize(1);
                By decree = By.xpath("//tbody[@id='decrees-form:decrees_data']/tr[.//span[contains(@class, 'rf-number')][normalize-space()='"
                        + decreeNumber + "']]");
                assertThat(driver.findElement(decree).getText()).contains("Syria", "Stateless persons", "supervisor");
                assertThat(driver.findElement(decree).getDomAttribute("class")).contains("rf-decree-this");
                assertThat(driver.findElement(By.id("decree-form:number")).getDomProperty("value")).as("a fresh form").isEmpty();
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(decree));
                browser.screenshot("decree-recorded");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("action-plan");
                throw e;
            }
        }
    }

    /** Ticks a citizenship in the decree's menu as a person does: open, filter by its code, tick, close. */
    private static void chooseCitizenship(Browser browser, String code) {
        WebDriver driver = browser.driver();
        By panel = By.id("decree-form:citizenships_panel");
        By item = By.xpath("//div[@id='decree-form:citizenships_panel']//li[contains(@class, 'ui-selectcheckboxmenu-item')]"
                + "[contains(normalize-space(), '(" + code + ")')]");
        driver.findElement(By.cssSelector("[id='decree-form:citizenships'] .ui-selectcheckboxmenu-trigger")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(panel));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='decree-form:citizenships_panel'] input.ui-selectcheckboxmenu-filter"))).sendKeys(code);
        // the panel grows from zero height: wait until the item has its full size
        browser.waiting().until(d -> {
            WebElement option = d.findElement(item);
            return option.isDisplayed() && option.getSize().getHeight() > 10 ? option : null;
        }).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.waiting().until(ExpectedConditions.attributeContains(item, "class", "ui-selectcheckboxmenu-checked"));
        driver.findElement(By.cssSelector("[id='decree-form:citizenships_panel'] .ui-selectcheckboxmenu-close")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    /** The whole board in one picture. */
    private static void zoomedScreenshot(Browser browser, String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.body.style.zoom = '0.55'; window.scrollTo(0, 0)");
        browser.screenshot(name);
        js.executeScript("document.body.style.zoom = '1'");
    }

    /** The arrivals in "4 / 3 (133 %)" (thousands may be grouped). */
    private static long arrivals(String indicator) {
        Matcher matcher = INDICATOR.matcher(indicator);
        if (!matcher.find()) {
            throw new AssertionError("No indicator in " + indicator);
        }
        return Long.parseLong(matcher.group(1).replaceAll("[^0-9]", ""));
    }
}
