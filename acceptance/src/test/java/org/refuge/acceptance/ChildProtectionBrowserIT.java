package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo social worker on the screens: opens an unaccompanied child's file from the best-interests task of the
 * inbox, asks family tracing for the mother by her name in Latin letters, finds her registered in Cyrillic, confirms
 * her as the child's caregiver, and records the assessment.
 */
@ExtendWith(ArquillianExtension.class)
class ChildProtectionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    private static String member(String number, String given, String family, String birth, String needs) {
        HttpResponse<String> member = Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\","
                + "\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"sex\":\"F\",\"birthDate\":\"" + birth
                + "\",\"birthPrecision\":\"EXACT\",\"needs\":[" + needs + "]}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        return json(member).get("person").get("id").asText();
    }

    @Test
    void theSocialWorker_tracesAChildsMother_acrossScripts_andRecordsTheAssessment() {
        Names mother = Names.random();
        String motherHousehold = Api.preRegister("registrar", mother.givenCyrillic() + " " + mother.familyCyrillic(), 1, 0, 0, 0);
        member(motherHousehold, mother.givenCyrillic(), mother.familyCyrillic(), "1987-03-14", "");
        Names child = Names.random();
        String childHousehold = Api.preRegister("registrar", child.givenLatin() + " " + mother.familyLatin(), 0, 0, 1, 0);
        String childId = member(childHousehold, child.givenLatin(), mother.familyLatin(), LocalDate.now().minusYears(9).toString(), "\"SC-UC\"");
        String task = Api.task("social-worker", childHousehold, "assistance/best-interests");

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("assistance/best-interests.xhtml?task=" + task));
                browser.signIn("social-worker");
                browser.open(url("assistance/best-interests.xhtml?task=" + task));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("child-code")));
                assertThat(driver.findElement(By.id("child-code")).getText()).isEqualTo("Unaccompanied child");

                browser.open(url("assistance/tracing.xhtml?person=" + childId));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tracing-form:sought-name")))
                        .sendKeys(mother.givenLatin() + " " + mother.familyLatin());
                driver.findElement(By.id("tracing-form:birth-year_input")).sendKeys("1986");
                browser.choose("tracing-form:relation", "Parent");
                driver.findElement(By.id("tracing-form:open")).click();
                browser.waiting().until(d -> d.findElement(By.id("matches-form:matches")).getText().contains(mother.familyCyrillic()));
                browser.screenshot("assistance-tracing-matches");
                driver.findElements(By.cssSelector("[id='matches-form:matches_data'] tr")).stream()
                        .filter(row -> row.getText().contains(mother.familyCyrillic())).findFirst().orElseThrow()
                        .findElement(By.xpath(".//button[contains(., 'Confirm as caregiver')]")).click();
                browser.waiting().until(d -> d.findElement(By.id("matches-form:matches")).getText().contains("Confirmed"));
                browser.screenshot("assistance-tracing-confirmed");

                browser.open(url("assistance/best-interests.xhtml?person=" + childId));
                browser.waiting().until(d -> d.findElement(By.id("current-caregiver")).getText()
                        .contains(mother.givenCyrillic()));
                browser.choose("assessment-form:outcome", "Stays with the caregiver");
                driver.findElement(By.id("assessment-form:assess")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("assessed")));
                browser.screenshot("assistance-best-interests");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("child-protection");
                throw e;
            }
        }
    }
}
