package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Medical staff complete a screening on its form from the inbox; the police see the outcome in the household file, not the detail. */
@ExtendWith(ArquillianExtension.class)
class ScreeningBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String base() {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/");
    }

    private static String registerByApi() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "api/v1/households"))
                .header("Authorization", "Bearer " + Keycloak.token("registrar")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"headName\":\"Karine Hovhannisyan\",\"femaleAdults\":1,\"maleChildren\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        String number = new ObjectMapper().readTree(response.body()).get("registryNumber").asText();
        // screening is per member: Karine's tasks open when she is registered
        HttpResponse<String> karine = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"Karine\",\"familyName\":\"Hovhannisyan\",\"sex\":\"F\",\"birthDate\":\""
                + java.time.LocalDate.now().minusYears(36).minusDays(3) + "\",\"birthPrecision\":\"EXACT\"}");
        assertThat(karine.statusCode()).as(karine.body()).isEqualTo(201);
        return number;
    }

    @Test
    void medical_screensFromTheInbox_andPoliceSeeOnlyTheOutcome() throws Exception {
        String number = registerByApi();
        try (Browser browser = new Browser()) {
            browser.open(base() + "platform/inbox.xhtml");
            browser.signIn("medical");
            browser.driver().findElement(By.id("inbox-form:reference")).sendKeys(number, org.openqa.selenium.Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-form:tasks"), number));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-form:tasks"),
                    "Member: Karine Hovhannisyan, age 36"));
            // the link of this household's task: the inbox may still list other households' tasks while it filters,
            // and draws the table again (a stale link is looked up again)
            By link = By.xpath("//tr[contains(., '" + number + "')]//a[contains(@href, 'screening/medical') and contains(@href, 'task=')]");
            browser.waiting().until(d -> {
                d.findElement(link).click();
                return true;
            });
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("medical-form:subject"), number));
            assertThat(browser.driver().findElement(By.id("member")).getText()).as("the task is Karine's")
                    .isEqualTo("Member: Karine Hovhannisyan, age 36");
            browser.driver().findElement(By.id("medical-form:conditions")).sendKeys("mild dehydration");
            browser.driver().findElement(By.id("medical-form:needs")).sendKeys("lower bunk");
            browser.choose("medical-form:triage", "Not urgent");
            // a refusal of the service (isolation without "isolation needed") stands at the outcome; what was typed stays
            browser.choose("medical-form:outcome", "Isolation");
            browser.driver().findElement(By.id("medical-form:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[id='medical-form:outcome'] + .ui-message"), "Isolation needed"));
            assertThat(browser.driver().findElement(By.id("medical-form:conditions")).getDomProperty("value")).isEqualTo("mild dehydration");
            browser.screenshot("medical-screening-refused");
            browser.choose("medical-form:outcome", "Cleared");
            browser.screenshot("medical-screening-form");
            browser.driver().findElement(By.id("medical-form:save")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("medical-form:done")));
        }
        try (Browser browser = new Browser()) {
            browser.open(base() + "registration/household.xhtml?number=" + number);
            browser.signIn("police");
            // the query string does not survive WildFly's OIDC sign-in redirect yet: open the file again once signed in
            browser.open(base() + "registration/household.xhtml?number=" + number);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("medical-outcome"), "Cleared"));
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(page).contains("lower bunk").doesNotContain("dehydration");
            browser.screenshot("household-file-police");
        }
    }
}
