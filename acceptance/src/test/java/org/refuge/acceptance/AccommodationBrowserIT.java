package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo camp manager in headless Chromium takes a screened family of four from the allocation queue to its beds:
 * the tents Refuge proposes, confirmed; a manifest with vehicle, driver and departure, departed and arrived; each
 * person checked in on the camp page, the household one click away on the board, and the camps overview with its
 * arrival rate. The test database keeps earlier runs, so figures are compared before and after.
 */
@ExtendWith(ArquillianExtension.class)
class AccommodationBrowserIT {

    private static final String CAMP = "CAMP-ARARAT-1";
    private static final String CAMP_NAME = "Ararat temporary camp 1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void campManager_allocatesAFamily_transfersIt_andChecksEachPersonIn() {
        Api.openCamp("camp-manager", CAMP);
        String number = Api.screenedHousehold(2, 2, false);
        int occupiedBefore = occupiedByApi();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                // beds for the family: a hundred tents of twenty beds, as a camp manager installs them
                // signed in first: the OIDC sign-in does not carry a query string through
                browser.open(url("camps/camps.xhtml"));
                browser.signIn("camp-manager");
                browser.open(url("camps/camp.xhtml?site=" + CAMP));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("capacity")));
                int bedsBefore = count(driver.findElement(By.id("capacity")).getText(), "beds");
                int occupiedOnPage = count(driver.findElement(By.id("capacity")).getText(), "occupied");
                driver.findElement(By.id("tents-form:add-tents")).click();
                browser.waiting().until(d -> count(d.findElement(By.id("capacity")).getText(), "beds") == bedsBefore + 2000);

                // the queue: the family's row, the proposal, confirmed
                driver.findElement(By.cssSelector("a[data-menu='menu.allocation']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-form:find"))).sendKeys(number, Keys.ENTER);
                idle(browser);
                assertThat(driver.findElement(By.id("queue-form:count")).getText()).isEqualTo("Households waiting: 1");
                By row = By.cssSelector("[data-number='" + number + "']");
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-number='" + number + "'] button[id$=':propose']")))
                        .click();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("proposal-form:confirm")));
                assertThat(driver.findElement(By.id("proposal-form:proposal-for")).getText()).startsWith(number).endsWith("4 persons");
                assertThat(driver.findElement(By.id("proposed-tents")).getText()).matches("(?s)Tent \\d+: 4 beds");
                browser.screenshot("allocation-proposal");
                driver.findElement(By.id("proposal-form:confirm")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Household " + number + " allocated to " + CAMP_NAME));
                browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(row));
                assertThat(occupiedByApi()).as("four beds taken").isEqualTo(occupiedBefore + 4);

                // the transfer: a manifest for the family, departed, arrived
                browser.open(url("camps/transfers.xhtml?site=" + CAMP));
                browser.waiting().until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("tr[data-rk='" + number + "'] .ui-chkbox-box"))).click();
                browser.waiting().until(ExpectedConditions.attributeContains(By.cssSelector("tr[data-rk='" + number + "']"),
                        "class", "ui-state-highlight"));
                driver.findElement(By.id("transfer-form:vehicle")).sendKeys("Bus 35 AB 123");
                driver.findElement(By.id("transfer-form:driver")).sendKeys("Armen Hakobyan");
                String departure = LocalDateTime.now(ZoneId.of("Asia/Yerevan")).plusMinutes(30)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
                driver.findElement(By.id("transfer-form:departure")).sendKeys(Keys.chord(Keys.CONTROL, "a"), departure);
                driver.findElement(By.id("transfer-form:create")).click();
                By manifest = By.xpath("//div[contains(@class, 'rf-manifest ')][.//td[normalize-space()='" + number + "']]");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(manifest));
                assertThat(manifestStatus(browser, manifest)).isEqualTo("Planned");
                assertThat(driver.findElement(manifest).getText()).contains("Bus 35 AB 123", "Armen Hakobyan", departure,
                        "4 persons in 1 household");
                assertThat(driver.findElements(By.cssSelector("tr[data-rk='" + number + "']"))).as("no longer waiting").isEmpty();
                browser.screenshot("transfer-manifest");
                driver.findElement(manifest).findElement(By.cssSelector("button[id$=':depart']")).click();
                browser.waiting().ignoring(StaleElementReferenceException.class)
                        .until(d -> "On the road".equals(manifestStatus(browser, manifest)));
                driver.findElement(manifest).findElement(By.cssSelector("button[id$=':arrive']")).click();
                browser.waiting().ignoring(StaleElementReferenceException.class)
                        .until(d -> "Arrived".equals(manifestStatus(browser, manifest)));

                // check-in: every member of the household on the camp page
                driver.findElement(manifest).findElement(By.linkText("Check in at the camp")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("residents-form:number")))
                        .sendKeys(number, Keys.ENTER);
                idle(browser);
                By household = By.cssSelector(".rf-household[data-number='" + number + "']");
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(household, "Checked in: 0 of 4"));
                assertThat(driver.findElements(By.cssSelector(".rf-household[data-number='" + number + "'] .rf-stay-ALLOCATED"))).hasSize(4);
                driver.findElement(By.cssSelector(".rf-household[data-number='" + number + "'] button[id$=':check-in-all']")).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(household, "Checked in: 4 of 4"));
                assertThat(driver.findElements(By.cssSelector(".rf-household[data-number='" + number + "'] .rf-stay-CHECKED_IN"))).hasSize(4);
                assertThat(driver.findElements(By.cssSelector(".rf-household[data-number='" + number + "'] button[id$=':check-in']"))).isEmpty();
                center(browser, household);
                browser.screenshot("camp-check-in");
                assertThat(count(driver.findElement(By.id("capacity")).getText(), "occupied")).isEqualTo(occupiedOnPage + 4);
                assertThat(occupiedByApi()).isEqualTo(occupiedBefore + 4);

                // the board: the household's tent, one click away
                String tent = driver.findElement(By.cssSelector(".rf-household[data-number='" + number + "'] .rf-tents .rf-chip")).getText().strip();
                By tentOnBoard = By.cssSelector("#board-form .rf-tent[data-tent='" + tent + "']");
                center(browser, tentOnBoard);
                driver.findElement(tentOnBoard).click();
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tent-content"), number));
                assertThat(driver.findElement(By.id("tent-content")).getText()).contains("Who stays in tent " + tent, "Checked in");

                // the overview: the camp with its arrival rate and the days until it is full
                browser.open(url("camps/camps.xhtml"));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("overview"), CAMP_NAME));
                String camp = "//tr[.//a[normalize-space()='" + CAMP_NAME + "']]";
                double arrivals = Double.parseDouble(driver.findElement(By.xpath(camp + "//span[contains(@class, 'rf-arrivals')]")).getText());
                assertThat(arrivals).as("4 check-ins in the last 7 days at least").isGreaterThanOrEqualTo(0.5);
                assertThat(driver.findElement(By.xpath(camp + "//span[contains(@class, 'rf-days-until-full')]")).getText()).matches("\\d[\\d,]*");
                browser.screenshot("camps-overview-arrivals");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("accommodation");
                throw e;
            }
        }
    }

    private static int occupiedByApi() {
        var response = Api.get("camp-manager", "camps/" + CAMP);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response).get("figures").get("occupied").asInt();
    }

    /** Waits until the page's PrimeFaces requests are answered (a search redraws what the next step clicks). */
    private static void idle(Browser browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** Scrolls an element to the middle of the window, away from the messages shown at the top. */
    private static void center(Browser browser, By element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.driver().findElement(element));
    }

    private static String manifestStatus(Browser browser, By manifest) {
        return browser.driver().findElement(manifest).findElement(By.cssSelector(".rf-manifest-status")).getText();
    }

    /** The number before a word of "2,100 beds, 4 occupied, 2,096 free, in 105 tents" (thousands may be grouped). */
    private static int count(String capacity, String word) {
        Matcher matcher = Pattern.compile("([\\d,.\\s\\u00a0\\u202f]+) " + word).matcher(capacity);
        if (!matcher.find()) {
            throw new AssertionError("No " + word + " in " + capacity);
        }
        return Integer.parseInt(matcher.group(1).replaceAll("[^0-9]", ""));
    }
}
