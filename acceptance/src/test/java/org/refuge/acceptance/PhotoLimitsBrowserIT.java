package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The screens' photo upload has the API's limits: a file over 10 MB and a PNG declaring 40 megapixels are refused with
 * their message next to the upload, and a normal photo is then previewed.
 */
@ExtendWith(ArquillianExtension.class)
class PhotoLimitsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void theHeadPhotoUpload_refusesAFileOver10MbAndA40MegapixelPng_withTheirMessages() throws IOException {
        Path dir = Files.createTempDirectory("refuge-photo-limits");
        byte[] noise = new byte[11 * 1024 * 1024];
        ThreadLocalRandom.current().nextBytes(noise);
        Path huge = Files.write(dir.resolve("huge.jpg"), noise);
        Path forty = Files.write(dir.resolve("forty-megapixels.png"), Portraits.blackRgbPng(8000, 5000));
        Path portrait = Files.write(dir.resolve("portrait.jpg"), Portraits.jpeg());
        try (Browser browser = new Browser()) {
            browser.open(url("registration/pre-register.xhtml"));
            browser.signIn("registrar");
            By file = By.cssSelector("#pre-register-form input[type=file]");
            By message = By.id("pre-register-form:photo-message");

            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(file)).sendKeys(huge.toString());
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(message, "The photo is too large"));
            assertThat(browser.driver().findElements(By.id("pre-register-form:head-photo"))).isEmpty();

            browser.driver().findElement(file).sendKeys(forty.toString());
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(message, "too many pixels"));
            assertThat(browser.driver().findElements(By.id("pre-register-form:head-photo"))).isEmpty();

            browser.driver().findElement(file).sendKeys(portrait.toString());
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pre-register-form:head-photo")));
            assertThat(browser.driver().findElement(message).getText()).doesNotContain("too many pixels");
        }
    }
}
