package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The caseworker's worklist in headless Chromium: from the menu, the households ready for a protection decision under
 * a decree of the test's own; narrowed to the arrival day of the test's two screened families the paginator counts
 * two, narrowed further to families of three or more it counts one; the caseworker ticks it for a decision.
 */
@ExtendWith(ArquillianExtension.class)
class WorklistBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    /** A family of {@code persons} Syrian women arrived on the day, registered one by one, screened clear. */
    private static String screenedFamily(LocalDate day, int persons) {
        Names head = Names.random();
        String number = Api.json(Api.post("registrar", "households", "{\"headName\":\"" + head.givenLatin() + " " + head.familyLatin()
                + "\",\"femaleAdults\":" + persons + ",\"maleAdults\":0,\"femaleChildren\":0,\"maleChildren\":0,\"arrivedAt\":\""
                + day.atTime(10, 0).atZone(ZoneId.of("Asia/Yerevan")).toInstant() + "\"}")).get("registryNumber").asText();
        for (int i = 0; i < persons; i++) {
            Names n = i == 0 ? head : Names.random();
            assertThat(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"" + (i == 0 ? "HEAD" : "SIBLING")
                    + "\",\"givenName\":\"" + n.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\""
                    + LocalDate.of(1970 + i, 3, 4) + "\",\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"]}").statusCode()).isEqualTo(201);
        }
        Api.screen(number);
        return number;
    }

    private static String count(WebDriver driver) {
        return driver.findElement(By.cssSelector("[id='worklist-form:worklist'] .ui-paginator-top .ui-paginator-current")).getText();
    }

    /** Types into a field what a person types (the calendars open from their icon only, so typing a day opens none). */
    private static void type(Browser browser, String id, String text) {
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.id(id));
            if (!text.equals(field.getDomProperty("value"))) {
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            }
            return text.equals(d.findElement(By.id(id)).getDomProperty("value"));
        });
    }

    /** Presses the filter button and waits until the answer has drawn the form again. */
    private static void filter(Browser browser) {
        WebElement button = browser.driver().findElement(By.id("filter-form:filter"));
        button.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(button));
    }

    @Test
    void aCaseworkerFiltersTheWorklist_andSeesTheCountChange() {
        String decree = "TP-WL " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = Api.pastDayOfItsOwn();
        assertThat(Api.post("supervisor", "decrees", "{\"number\":\"" + decree + "\",\"adoptedOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"inForceFrom\":\"" + LocalDate.now().minusDays(1) + "\",\"citizenships\":[\"SYR\"],\"coversStateless\":false,"
                + "\"arrivedFrom\":\"" + day + "\"}").statusCode()).isEqualTo(201);
        String small = screenedFamily(day, 1);
        String large = screenedFamily(day, 3);

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("index.xhtml"));
                browser.signIn("caseworker");
                driver.findElement(By.cssSelector("a[data-menu='menu.protectionWorklist']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist-form:worklist")));
                browser.choose("filter-form:decree", decree + " (in force from " + LocalDate.now().minusDays(1) + ")");
                String everyone = count(driver);
                assertThat(everyone).matches("\\d+-\\d+ of \\d+ households");

                type(browser, "filter-form:arrived-from_input", day.toString());
                type(browser, "filter-form:arrived-to_input", day.toString());
                filter(browser);
                browser.waiting().until(d -> count(d).equals("1-2 of 2 households"));
                assertThat(driver.findElements(By.cssSelector("[id='worklist-form:worklist_data'] a.rf-worklist-number")))
                        .extracting(WebElement::getText).containsExactlyInAnyOrder(small, large);

                type(browser, "filter-form:persons-from_input", "3");
                filter(browser);
                browser.waiting().until(d -> count(d).equals("1-1 of 1 households"));
                assertThat(driver.findElement(By.cssSelector("[id='worklist-form:worklist_data'] a.rf-worklist-number")).getText()).isEqualTo(large);

                driver.findElement(By.cssSelector("[id='worklist-form:worklist_data'] .ui-chkbox-box")).click();
                browser.waiting().until(ExpectedConditions.textToBe(By.id("worklist-form:selected"), "Households ticked: 1"));
                browser.screenshot("worklist-caseworker");

                type(browser, "filter-form:persons-to_input", "1");
                filter(browser);
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='filter-form:persons-to-message'].ui-message-error")));
                assertThat(driver.findElement(By.id("filter-form:persons-to-message")).getText())
                        .isEqualTo("A household's size is a whole number from 1 to 99; the smallest comes first.");
                assertThat(count(driver)).as("a refused filter leaves the list as it was").isEqualTo("1-1 of 1 households");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("worklist-caseworker");
                throw e;
            }
        }
    }
}
