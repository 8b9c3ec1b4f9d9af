package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo registrar prints a family's registration slip from its household page right after pre-registration: the
 * A6 PDF arrives with the registry number and the head's name; the button becomes "Reprint slip", whose dialog refuses
 * a copy without its reason and prints one with it.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationSlipBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theRegistrar_printsTheSlipFromTheHouseholdPage_andReprintsItWithAReason() throws IOException {
        String number = Api.preRegister("registrar", "Նարինե Սարգսյան", 1, 0, 2, 0);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("registration/household.xhtml?number=" + number));
                browser.signIn("registrar");
                browser.open(url("registration/household.xhtml?number=" + number)); // the sign-in lands without the query
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("slip-form:print-slip")));
                browser.screenshot("registration-slip-household");

                Set<String> before = browser.downloaded();
                driver.findElement(By.id("slip-form:print-slip")).click();
                byte[] slip = browser.download(".pdf", before);
                assertThat(text(slip)).contains(number, "Նարինե Սարգսյան", "BCP-MARGARA", "Registration slip");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("slip-form:reprint-slip")));
                assertThat(driver.findElements(By.id("slip-form:print-slip"))).as("printed once").isEmpty();
                assertThat(driver.findElement(By.id("slip-form:slip-prints")).getText()).startsWith("Prints of the slip: 1 (last ");

                driver.findElement(By.id("slip-form:reprint-slip")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reprint-slip-form:reason")));
                driver.findElement(By.id("reprint-slip-form:confirm-reprint")).click();
                browser.waiting().until(d -> d.findElement(By.id("reprint-slip-form:reason-message")).getText()
                        .contains("Give the reason for the reprint"));
                browser.screenshot("registration-slip-reprint-refused");

                Set<String> beforeCopy = browser.downloaded();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reprint-slip-form:reason")))
                        .sendKeys("the slip got wet in the rain");
                driver.findElement(By.id("reprint-slip-form:confirm-reprint")).click();
                assertThat(text(browser.download(".pdf", beforeCopy))).contains(number);
                browser.waiting().until(d -> d.findElement(By.id("slip-form:slip-prints")).getText().startsWith("Prints of the slip: 2 (last "));
                browser.screenshot("registration-slip-reprinted");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("registration-slip");
                throw e;
            }
        }
        assertThat(Api.allItems("auditor", "audit-events?record=" + number + "&action=PRINT"))
                .extracting(e -> e.get("purpose").asText())
                .contains("registration slip printed", "registration slip reprinted: the slip got wet in the rain");
    }
}
