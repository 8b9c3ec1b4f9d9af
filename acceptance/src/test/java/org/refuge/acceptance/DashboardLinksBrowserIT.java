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
 * Every number of the dashboard links to the list behind it (issue 13, item 1), in headless Chromium: the supervisor
 * clicks the households of a stage's total and of a BCP's cell and lands on the list whose total is that number, its
 * rows linking to each household's page; a camp manager reaches their camp's list from the keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardLinksBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void supervisor_clicksAStageNumber_andLandsOnTheListOfThatManyHouseholds() {
        Api.screenedHousehold(1, 1, false);
        Api.preRegister("registrar", "Lusine Harutyunyan", 1, 0, 1, 0);
        try (Browser browser = new Browser()) {
            try {
                browser.open(url("reporting/dashboard.xhtml"));
                browser.signIn("supervisor");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));
                WebElement total = browser.driver().findElement(By.cssSelector("[data-total='WAITING_FOR_BED'] a"));
                long households = households(total);
                assertThat(households).as("households waiting for a bed, this test's included").isPositive();
                total.click();
                assertThat(listTotal(browser)).isEqualTo(households);
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Screened, waiting for a bed")
                        .endsWith("(" + households + ")");
                assertThat(browser.driver().findElements(By.cssSelector("[id='list-form:households_data'] a.rf-number")))
                        .hasSize((int) Math.min(households, 25))
                        .allSatisfy(a -> assertThat(a.getDomAttribute("href")).contains("registration/household.xhtml?number="));
                browser.screenshot("report-list-waiting");

                browser.driver().findElement(By.id("back")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));
                WebElement cell = browser.driver().findElement(By.cssSelector("tr[data-bcp='BCP-MARGARA']:not([data-camp*='-']) td[data-stage='PRE_REGISTERED'] a"));
                long cellHouseholds = households(cell);
                cell.click();
                assertThat(listTotal(browser)).isEqualTo(cellHouseholds);
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("BCP-MARGARA").contains("not in a camp");
                browser.screenshot("report-list-pre-registered");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("report-list");
                throw e;
            }
        }
    }

    @Test
    void campManager_reachesTheirCampsListFromTheKeyboard() {
        Api.openCamp("camp-manager", "CAMP-ARARAT-1");
        Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + Api.screenedHousehold(1, 0, false) + "\",\"campCode\":\"CAMP-ARARAT-1\"}");
        try (Browser browser = new Browser()) {
            try {
                browser.open(url("reporting/dashboard.xhtml"));
                browser.signIn("camp-manager");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));
                WebElement total = browser.driver().findElement(By.cssSelector("[data-total='ALLOCATED'] a"));
                long households = households(total);
                WebElement focused = null;
                for (int i = 0; i < 200 && !total.equals(focused); i++) {
                    browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                    focused = browser.driver().switchTo().activeElement();
                }
                assertThat(focused).as("the figure is reached with Tab").isEqualTo(total);
                focused.sendKeys(Keys.ENTER);
                assertThat(listTotal(browser)).isEqualTo(households);
                assertThat(browser.driver().findElements(By.cssSelector("[id='list-form:households_data'] tr")))
                        .allSatisfy(row -> assertThat(row.getText()).contains("CAMP-ARARAT-1"));
                browser.screenshot("report-list-camp-manager");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("report-list-camp-manager");
                throw e;
            }
        }
    }

    /** The households of a figure's link: the number of its "N households" line. */
    private static long households(WebElement link) {
        String digits = link.findElement(By.cssSelector(".rf-hint")).getText().replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** The list's total, from its paginator ("1-25 of 37 households"). */
    private static long listTotal(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-paginator-current")));
        String report = browser.driver().findElement(By.cssSelector(".ui-paginator-current")).getText();
        return Long.parseLong(report.replaceAll(".* of ([0-9]+) .*", "$1"));
    }
}
