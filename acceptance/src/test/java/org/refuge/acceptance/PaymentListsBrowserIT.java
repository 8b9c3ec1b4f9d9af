package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Cash payment lists on screen (issue 14, item 6) in headless Chromium, as the supervisor: a round at a test camp with
 * a one-off cash rule of 100,000 AMD per person for its 4 checked-in persons; from the round on the rounds page, a list
 * for a paying agency is refused without the agency's name, then made; its CSV holds the 4 lines; one line is marked
 * paid with its reference, then two lines at once as failed: the reason is asked for first, then the paid line is
 * refused for itself alone (a line is marked once) and the other marked failed; the counts follow.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentListsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void theSupervisor_makesAPaymentList_downloadsIt_andMarksLinesPaidAndFailed() {
        String camp = Api.newCamp(2, 10);
        DistributionRoundsApiIT.checkedIn(camp, Api.screenedHousehold(2, 1, false));
        DistributionRoundsApiIT.checkedIn(camp, Api.screenedHousehold(1, 0, false));
        String cash = DistributionRoundsApiIT.rule(DistributionRoundsApiIT.code("CASH"), "\"itemCode\":\"CASH-ONE-OFF\",\"per\":\"PERSON\","
                + "\"quantity\":100000,\"period\":\"ONCE\",\"stage\":\"IN_CAMP\",\"partnerCode\":\"MLSA\",\"validFrom\":\""
                + LocalDate.now().minusDays(1) + "\"");
        var created = Api.post("supervisor", "assistance/rounds", "{\"siteCode\":\"" + camp + "\",\"entitlementIds\":[\"" + cash + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String round = json(created).get("id").asText();

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("assistance/rounds.xhtml"));
                browser.signIn("supervisor");
                browser.open(url("assistance/rounds.xhtml"));
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='rounds-form:rounds_data']/tr[td[normalize-space()='"
                        + camp + "']]//*[contains(@id, ':payments')]"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("new-form:agency")));
                assertThat(driver.getCurrentUrl()).contains("round=" + round);

                driver.findElement(By.id("new-form:make")).click();
                browser.waiting().until(d -> !d.findElement(By.id("new-form:agency-message")).getText().isBlank());
                browser.screenshot("assistance-payments-agency-refused");
                driver.findElement(By.id("new-form:agency")).sendKeys("Test Bank");
                driver.findElement(By.id("new-form:make")).click();
                browser.waiting().until(d -> d.findElement(By.id("counts")).getText().equals("To pay 4 · Paid 0 · Failed 0"));
                assertThat(driver.findElement(By.id("list-title")).getText()).contains("Test Bank");
                assertThat(driver.findElements(By.cssSelector("[id='list-form:lines_data'] > tr"))).hasSize(4);
                assertThat(driver.findElement(By.id("lists-form:lists")).getText()).contains("Test Bank", "To pay 4 · Paid 0 · Failed 0");
                browser.screenshot("assistance-payments-list");

                Set<String> before = browser.downloaded();
                driver.findElement(By.id("list-form:csv")).click();
                List<String> rows = List.of(new String(browser.download(".csv", before), StandardCharsets.UTF_8).split("\r\n"));
                assertThat(rows.get(0)).startsWith("\uFEFFLine,Registry number,");
                assertThat(rows).hasSize(5);
                assertThat(rows.subList(1, 5)).allSatisfy(r -> assertThat(r).contains(",100000,AMD,", ",To pay"));

                String first = line(driver, 0);
                tick(browser, 0);
                driver.findElement(By.id("list-form:reference")).sendKeys("TX-1");
                driver.findElement(By.id("list-form:mark")).click();
                browser.waiting().until(d -> d.findElement(By.id("counts")).getText().equals("To pay 3 · Paid 1 · Failed 0"));
                assertThat(driver.findElement(By.id("list-form:outcomes")).getText()).contains(first, "Paid");
                assertThat(driver.findElement(By.id("list-form:lines")).getText()).contains("TX-1");
                browser.screenshot("assistance-payments-paid");

                tick(browser, 0);
                tick(browser, 1);
                driver.findElement(By.xpath("//*[@id='list-form:status']//label[normalize-space()='Failed']")).click();
                driver.findElement(By.id("list-form:mark")).click();
                String askForReason = browser.waiting().until(d -> {
                    String text = d.findElement(By.id("list-form:reason-message")).getText();
                    return text.isBlank() ? null : text;
                });
                assertThat(askForReason).isEqualTo("Say why the payment failed.");
                assertThat(ticked(driver, 0) && ticked(driver, 1)).as("the lines ticked stay ticked").isTrue();
                driver.findElement(By.id("list-form:reason")).sendKeys("account closed");
                driver.findElement(By.id("list-form:mark")).click();
                browser.waiting().until(d -> d.findElement(By.id("counts")).getText().equals("To pay 2 · Paid 1 · Failed 1"));
                String outcomes = driver.findElement(By.id("list-form:outcomes")).getText();
                assertThat(outcomes).contains("Refused: This line is marked Paid already; a line is marked once.", "Failed");
                assertThat(driver.findElement(By.id("list-form:lines")).getText()).contains("account closed");
                browser.screenshot("assistance-payments-marked");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("assistance-payments");
                throw e;
            }
        }
    }

    /** The registry number of the shown list's row {@code row}. */
    private static String line(WebDriver driver, int row) {
        return driver.findElement(By.cssSelector("[id='list-form:lines_data'] > tr[data-ri='" + row + "'] .rf-line-number")).getText();
    }

    /** Ticks the row's box, and waits until the table shows it ticked. */
    private static void tick(Browser browser, int row) {
        By box = By.cssSelector("[id='list-form:lines_data'] > tr[data-ri='" + row + "'] .ui-chkbox-box");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(box)).click();
        browser.waiting().until(d -> ticked(d, row));
    }

    private static boolean ticked(WebDriver driver, int row) {
        return "true".equals(driver.findElement(By.cssSelector("[id='list-form:lines_data'] > tr[data-ri='" + row + "']"))
                .getDomAttribute("aria-selected"));
    }
}
