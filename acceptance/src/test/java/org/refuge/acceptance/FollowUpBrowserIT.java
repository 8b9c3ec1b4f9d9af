package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14's acceptance, in headless Chromium as the demo social worker: the follow-up task of a family with a
 * specific need, placed in the social worker's camp, appears in the inbox; it opens the case, an action is recorded
 * and completed, and the case is closed with its outcome; the task leaves the inbox and the case stays in the list.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void theSocialWorker_opensTheFollowUpTaskFromTheInbox_recordsAnAction_andClosesTheCase() {
        String number = FollowUpApiIT.household("\"DS-PM\"", "\"SM-MI\"");
        FollowUpApiIT.placedInTheCamp(number);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("platform/inbox.xhtml"));
                browser.signIn("social-worker");
                browser.open(url("platform/inbox.xhtml"));
                WebElement reference = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-form:reference")));
                reference.sendKeys(number);
                filter(browser);
                WebElement row = browser.waiting().until(d -> taskRow(d, number));
                assertThat(row.getText()).contains("Follow up a family with specific needs");
                browser.screenshot("follow-up-inbox");

                row.findElement(By.cssSelector(".rf-open a")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("action-form:kind")));
                assertThat(driver.findElement(By.id("case")).getText()).contains(number, "CAMP-ARARAT-1", "DS-PM", "SM-MI");
                browser.choose("action-form:kind", "Psychosocial support");
                driver.findElement(By.id("action-form:note")).sendKeys("First visit in the tent");
                driver.findElement(By.id("action-form:add-action")).click();
                browser.waiting().until(d -> d.findElement(By.id("actions-form:actions")).getText().contains("First visit in the tent"));
                browser.screenshot("follow-up-case-action");

                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':complete']"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-form:outcome")));
                browser.choose("outcome-form:outcome", "Done");
                driver.findElement(By.id("outcome-form:confirm-outcome")).click();
                browser.waiting().until(d -> !d.findElements(By.cssSelector(".rf-action-outcome")).isEmpty());

                browser.choose("close-form:close-outcome", "Needs met");
                driver.findElement(By.id("close-form:close-note")).sendKeys("Support in place");
                driver.findElement(By.id("close-form:close-case")).click();
                browser.waiting().until(d -> d.findElement(By.id("case-status")).getText().contains("Closed"));
                assertThat(driver.findElement(By.id("case-status")).getText()).contains("Needs met");
                assertThat(driver.findElements(By.id("action-form:kind"))).as("nothing more is recorded on a closed case").isEmpty();
                browser.screenshot("follow-up-case-closed");

                browser.open(url("platform/inbox.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-form:reference"))).sendKeys(number);
                filter(browser);
                // filtered by the family's number: the social worker has no other task of it
                browser.waiting().until(d -> d.findElement(By.id("inbox-form:tasks")).getText().contains("No open tasks for your roles."));
                assertThat(taskRow(driver, number)).as("the task left the inbox").isNull();

                browser.open(url("assistance/follow-up-cases.xhtml?filter=CLOSED"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cases-form:cases")));
                browser.screenshot("follow-up-cases");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("follow-up");
                throw e;
            }
        }
    }

    /** Narrows the inbox to the number typed and waits for the table drawn again. */
    private static void filter(Browser browser) {
        WebElement before = browser.driver().findElement(By.id("inbox-form:tasks"));
        browser.driver().findElement(By.id("inbox-form:filter")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(before));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-form:tasks")));
    }

    /** The inbox row of the household's follow-up task, or null. */
    private static WebElement taskRow(WebDriver driver, String number) {
        return driver.findElements(By.cssSelector("[id='inbox-form:tasks_data'] tr")).stream()
                .filter(r -> r.getText().contains(number) && r.getText().contains("Follow up")).findFirst().orElse(null);
    }
}
