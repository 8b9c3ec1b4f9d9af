package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Reassigning work on screen (issue 15, item 4) in headless Chromium: the police officer at Margara holds a family's
 * security check; the supervisor opens "Workload and reassigning" from the menu, finds the task by the family's
 * registry number, sees who holds it and how many tasks they hold, and moves it to the other police officer of Margara,
 * picked among those who may take it (the officer of another BCP is not offered).
 */
@ExtendWith(ArquillianExtension.class)
class TaskSupervisionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void aSupervisor_movesAClaimedTaskToAnotherUser() {
        TaskSupervisionApiIT.signedIn("police", "caseworker-police", "police2");
        String number = TaskSupervisionApiIT.household();
        String check = Api.task("police", number, "screening/security");
        assertThat(TaskSupervisionApiIT.assign(check, "police", "en").statusCode()).isEqualTo(200);

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("index.xhtml"));
                browser.signIn("supervisor");
                driver.findElement(By.cssSelector("a[data-menu='menu.taskSupervision']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claimed-form:reference"))).sendKeys(number);
                driver.findElement(By.id("claimed-form:filter")).click();
                By row = By.xpath("//*[@id='claimed-form:claimed_data']/tr[.//*[normalize-space()='" + number + "']]");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(row));
                assertThat(driver.findElements(By.cssSelector("[id='claimed-form:claimed_data'] > tr"))).hasSize(1);
                assertThat(driver.findElement(row).findElement(By.className("rf-holder")).getText()).isEqualTo("police");
                assertThat(driver.findElement(row).findElement(By.className("rf-holds")).getText()).startsWith("(holds ");

                driver.findElement(row).findElement(By.cssSelector("[id$=':move']")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("move-form:target")));
                assertThat(driver.findElement(By.id("moving-holder")).getText()).isEqualTo("police");
                By offered = By.cssSelector("[id='move-form:target_items'] li");
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[id='move-form:target_items'] li[data-label='caseworker-police (BCP-MARGARA)']")));
                assertThat(driver.findElements(offered)).extracting(item -> item.getDomAttribute("data-label"))
                        .noneMatch(label -> label != null && label.startsWith("police2"));
                browser.choose("move-form:target", "caseworker-police (BCP-MARGARA)");
                browser.screenshot("tasks-reassign-pick");
                driver.findElement(By.id("move-form:confirm-move")).click();

                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "The task moved to caseworker-police."));
                browser.waiting().until(ExpectedConditions.textToBe(By.xpath("//*[@id='claimed-form:claimed_data']/tr[.//*[normalize-space()='"
                        + number + "']]//*[contains(@class, 'rf-holder')]"), "caseworker-police"));
                browser.screenshot("tasks-reassign");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("tasks-reassign");
                throw e;
            }
        }
        assertThat(TaskSupervisionApiIT.assignee("caseworker-police", number)).isEqualTo("caseworker-police");
        assertThat(Api.send(Api.request("supervisor", "tasks/" + check + "/assignee").DELETE()).statusCode()).isEqualTo(204);
    }
}
