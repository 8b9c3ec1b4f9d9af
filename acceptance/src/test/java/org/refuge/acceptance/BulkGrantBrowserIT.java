package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's acceptance in headless Chromium: a caseworker narrows the worklist to the BCP and the arrival day of the
 * test's fifty screened households (under a decree of the test's own), ticks all the filter matches, grants them
 * protection at once after a confirmation that says fifty, and sees fifty granted, a row each, while the worklist
 * empties. The API then shows every member of the fifty protected.
 */
@ExtendWith(ArquillianExtension.class)
class BulkGrantBrowserIT {

    private static final int HOUSEHOLDS = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    /** A Syrian woman alone, arrived at Margara on the day, registered and screened clear. */
    private static String screenedHousehold(LocalDate day) {
        Names head = Names.random();
        var created = Api.post("registrar", "households", "{\"headName\":\"" + head.givenLatin() + " " + head.familyLatin()
                + "\",\"femaleAdults\":1,\"maleAdults\":0,\"femaleChildren\":0,\"maleChildren\":0,\"arrivedAt\":\""
                + day.atTime(11, 0).atZone(ZoneId.of("Asia/Yerevan")).toInstant() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = Api.json(created).get("registryNumber").asText();
        var member = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + head.givenLatin() + "\",\"familyName\":\"" + head.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1981-05-06\","
                + "\"birthPrecision\":\"EXACT\",\"citizenships\":[\"SYR\"]}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        Api.screen(number);
        return number;
    }

    private static String count(WebDriver driver) {
        return driver.findElement(By.cssSelector("[id='worklist-form:worklist'] .ui-paginator-top .ui-paginator-current")).getText();
    }

    private static void type(Browser browser, String id, String text) {
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.id(id));
            if (!text.equals(field.getDomProperty("value"))) {
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            }
            return text.equals(d.findElement(By.id(id)).getDomProperty("value"));
        });
    }

    /** Clicks a button whose answer draws it again, and waits until it has. */
    private static void clickAndWait(Browser browser, String id) {
        WebElement button = browser.driver().findElement(By.id(id));
        button.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(button));
    }

    @Test
    void aCaseworkerFiltersTheWorklist_ticksFiftyHouseholds_andGrantsThemProtectionAtOnce() {
        String decree = "TP-BULK " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = Api.pastDayOfItsOwn();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        var adopted = Api.post("supervisor", "decrees", "{\"number\":\"" + decree + "\",\"adoptedOn\":\"" + yesterday
                + "\",\"inForceFrom\":\"" + yesterday + "\",\"citizenships\":[\"SYR\"],\"coversStateless\":false,"
                + "\"arrivedFrom\":\"" + day + "\"}");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        String decreeId = Api.json(adopted).get("id").asText();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            numbers.add(screenedHousehold(day));
        }

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("index.xhtml"));
                browser.signIn("caseworker");
                driver.findElement(By.cssSelector("a[data-menu='menu.protectionWorklist']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist-form:worklist")));
                browser.choose("filter-form:decree", decree + " (in force from " + yesterday + ")");
                String margara = driver.findElement(By.cssSelector("[id='filter-form:bcp_input'] option[value='BCP-MARGARA']"))
                        .getDomProperty("textContent").strip();
                browser.choose("filter-form:bcp", margara);
                type(browser, "filter-form:arrived-from_input", day.toString());
                type(browser, "filter-form:arrived-to_input", day.toString());
                clickAndWait(browser, "filter-form:filter");
                browser.waiting().until(d -> count(d).equals("1-25 of 50 households"));

                clickAndWait(browser, "worklist-form:select-all");
                browser.waiting().until(ExpectedConditions.textToBe(By.id("worklist-form:selected"), "Households ticked: 50"));
                assertThat(driver.findElements(By.cssSelector("[id='worklist-form:worklist_data'] tr[aria-selected='true']")))
                        .as("the page shown is ticked").hasSize(25);
                browser.screenshot("bulk-grant-select");

                driver.findElement(By.id("worklist-form:grant")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-form:grant-go")));
                assertThat(driver.findElement(By.id("grant-question")).getText())
                        .isEqualTo("Grant temporary protection to 50 households under decree " + decree + " (in force from " + yesterday + ")?");
                driver.findElement(By.id("grant-form:grant-go")).click();

                // fifty grants, each in its own transaction: more time than a click's answer
                new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist-form:result-table")));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Protection granted to 50 households; 0 were granted already; 0 refused."));
                browser.screenshot("bulk-grant-result");
                List<WebElement> rows = driver.findElements(By.cssSelector("[id='worklist-form:result-table_data'] tr"));
                assertThat(rows).hasSize(25);
                assertThat(driver.findElements(By.cssSelector("[id='worklist-form:result-table_data'] .rf-result")))
                        .extracting(WebElement::getText).containsOnly("Granted");
                assertThat(driver.findElement(By.cssSelector("[id='worklist-form:result-table'] .ui-paginator-current")).getText())
                        .isEqualTo("1-25 of 50 households");
                assertThat(driver.findElements(By.cssSelector("[id='worklist-form:result-table_data'] a.rf-result-number")))
                        .extracting(WebElement::getText).allMatch(numbers::contains);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("worklist-form:selected"), "Households ticked: 0"));
                browser.waiting().until(d -> d.findElement(By.cssSelector("[id='worklist-form:worklist_data']")).getText()
                        .contains("No household is ready for a decision under these filters."));
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("bulk-grant");
                throw e;
            }
        }

        for (String number : numbers) {
            JsonNode members = Api.json(Api.get("caseworker", "protection/households/" + number + "?decree=" + decreeId)).get("members");
            assertThat(members).as(number).hasSize(1);
            assertThat(members.get(0).get("status").asText()).as(number).isEqualTo("GRANTED");
        }
    }
}
