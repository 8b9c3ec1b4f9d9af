package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard (issue 13, item 1) in headless Chromium: the demo supervisor sees the stage table with its totals,
 * the arrivals chart and table and the camps' occupancy; a household pre-registered meanwhile appears in the totals
 * without a reload (the page polls every minute). The camp manager sees only their camp's rows and no arrivals.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void supervisor_seesStagesArrivalsAndCamps_andTheFiguresMoveWithoutAReload() {
        Api.send("camp-manager", "PUT", "camps/CAMP-ARARAT-1", "{\"areaM2\":20000}");
        Api.preRegister("registrar", "Siranush Avetisyan", 1, 1, 1, 0);
        try (Browser browser = new Browser()) {
            try {
                browser.open(url("reporting/dashboard.xhtml"));
                browser.signIn("supervisor");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));
                long before = total(browser, "PRE_REGISTERED");
                assertThat(before).as("pre-registered persons, this test's family included").isGreaterThanOrEqualTo(3);
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#arrivals-chart canvas")));
                assertThat(browser.driver().findElement(By.id("arrivals")).getText()).contains("BCP-MARGARA");
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#occupancy-chart canvas")));
                assertThat(browser.driver().findElement(By.cssSelector("[data-total='WAITING_FOR_BED']")).getText()).isNotBlank();
                browser.screenshot("dashboard");

                Api.preRegister("registrar", "Hasmik Baghdasaryan", 2, 0, 0, 0);
                // the poll re-renders the table under the reader: an element found just before it is gone, look again.
                // Up to two polls (a busy machine may answer one late), then the figure must be exactly the new one.
                String asOf = browser.driver().findElement(By.id("as-of")).getText();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(150)).ignoring(StaleElementReferenceException.class)
                        .withMessage(() -> "pre-registered still " + before + "; the page first said \"" + asOf + "\", now \""
                                + browser.driver().findElement(By.id("as-of")).getText() + "\"")
                        .until(d -> total(browser, "PRE_REGISTERED") != before);
                assertThat(total(browser, "PRE_REGISTERED")).as("the two persons pre-registered meanwhile, without a reload")
                        .isEqualTo(before + 2);
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("dashboard");
                throw e;
            }
        }
    }

    @Test
    void campManager_seesTheirCampOnly() {
        Api.send("camp-manager", "PUT", "camps/CAMP-ARARAT-1", "{\"areaM2\":20000}");
        try (Browser browser = new Browser()) {
            try {
                browser.open(url("reporting/dashboard.xhtml"));
                browser.signIn("camp-manager");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));
                assertThat(browser.driver().findElements(By.cssSelector("#stages tbody tr")))
                        .allSatisfy(row -> assertThat(row.getDomAttribute("data-camp")).isEqualTo("CAMP-ARARAT-1"));
                assertThat(browser.driver().findElements(By.id("arrivals-chart"))).isEmpty();
                assertThat(browser.driver().findElement(By.id("camps")).getText()).contains("CAMP-ARARAT-1").doesNotContain("CAMP-ARARAT-2");
                browser.screenshot("dashboard-camp-manager");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("dashboard-camp-manager");
                throw e;
            }
        }
    }

    /** The persons of a stage over every site the reader sees, from the table's total row. */
    private static long total(Browser browser, String stage) {
        String text = browser.driver().findElement(By.cssSelector("[data-total='" + stage + "'] strong")).getText();
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
