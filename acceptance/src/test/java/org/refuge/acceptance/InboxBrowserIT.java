package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 12, item 2, in the browser and with the keyboard only (Selenium sends keys, never a click): a medical officer
 * finds a family's task in the inbox, reads on its row who the family is (head, size, needs, border crossing point) and
 * that it is urgent, opens the form with Tab and Enter, and back in the inbox sees that the task is now theirs.
 */
@ExtendWith(ArquillianExtension.class)
class InboxBrowserIT {

    private static final By ROWS = By.cssSelector("[id='inbox-form:tasks_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void medical_opensAFamilysTaskFromTheInbox_withTabAndEnter_andTheRowSaysWhoTheFamilyIs() {
        Names head = Names.random();
        String name = head.givenLatin() + " " + head.familyLatin();
        // a disability seen at the desk: the family is screened first
        var created = Api.post("registrar", "households", "{\"headName\":\"" + name + "\",\"femaleAdults\":1,\"maleAdults\":1,"
                + "\"femaleChildren\":1,\"visibleNeeds\":[\"DS\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String number = Api.json(created).get("registryNumber").asText();
        // screening is per member: the head registered, her medical screening waits in the inbox
        Api.member(number, "HEAD", head.givenLatin(), head.familyLatin(), "F", "1988-04-02");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("platform/inbox.xhtml"));
                signInWithKeys(browser, "medical");
                filter(browser, number);
                WebElement row = driver.findElement(ROWS);
                assertThat(row.findElement(By.cssSelector(".rf-subject-title")).getText()).isEqualTo(name);
                assertThat(row.findElement(By.cssSelector("td.rf-task-size")).getText()).isEqualTo("3");
                assertThat(row.findElement(By.cssSelector("td.rf-task-bcp")).getText()).isEqualTo("BCP-MARGARA");
                assertThat(row.findElement(By.cssSelector("td.rf-task-needs")).getText()).contains("Disability");
                assertThat(row.findElement(By.cssSelector("td.rf-task-due")).getText()).startsWith("in ");
                assertThat(row.findElement(By.cssSelector(".rf-task-urgent")).getText()).isEqualTo("Urgent");
                browser.screenshot("inbox-medical-row");

                // from the search button the focus moves with Tab to the row's links: the household file, then the form
                WebElement open = tabTo(driver, "screening/medical");
                assertThat(open.getText()).isEqualTo("Open form");
                open.sendKeys(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("medical-form:subject"), number));

                // opening the form took the task: the inbox says who holds it, and offers it to nobody else
                browser.open(url("platform/inbox.xhtml"));
                filter(browser, number);
                assertThat(driver.findElement(ROWS).findElement(By.cssSelector("td.rf-task-holder")).getText()).isEqualTo("You");
                browser.screenshot("inbox-medical-mine");

                // the same row in Armenian: the needs, the holder and the due time in the reader's language
                driver.findElement(By.cssSelector("a[data-lang='hy']")).sendKeys(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Առաջադրանքներ"));
                filter(browser, number);
                WebElement armenian = driver.findElement(ROWS);
                assertThat(armenian.findElement(By.cssSelector("td.rf-task-needs")).getText()).contains("Հաշմանդամություն");
                assertThat(armenian.findElement(By.cssSelector("td.rf-task-holder")).getText()).isEqualTo("Դուք");
                assertThat(armenian.findElement(By.cssSelector("td.rf-task-due")).getText()).endsWith("հետո");
                browser.screenshot("inbox-medical-hy");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("inbox-keyboard");
                throw e;
            }
        }
    }

    /** Keycloak's sign-in, typed: the user name, the password, Enter. */
    private static void signInWithKeys(Browser browser, String user) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(Keycloak.DEMO_PASSWORD, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
    }

    /**
     * Types the registry number and Enter; waits until the table, drawn again by the search, lists this family's tasks
     * only and the page's requests are answered.
     */
    private static void filter(Browser browser, String number) {
        WebElement before = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-form:tasks_data")));
        WebElement reference = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-form:reference")));
        reference.clear();
        reference.sendKeys(number, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.stalenessOf(before));
        browser.waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()")));
        browser.waiting().until(d -> {
            var rows = d.findElements(ROWS);
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(number));
        });
    }

    /** Presses Tab until the focused element is a link to this form (at most 10 times); the link. */
    private static WebElement tabTo(WebDriver driver, String form) {
        for (int i = 0; i < 10; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            String href = focused.getAttribute("href");
            if (href != null && href.contains(form) && href.contains("task=")) {
                return focused;
            }
        }
        throw new AssertionError("Ten Tabs did not reach the link to " + form + "; the focus is on "
                + driver.switchTo().activeElement().getAttribute("outerHTML"));
    }
}
