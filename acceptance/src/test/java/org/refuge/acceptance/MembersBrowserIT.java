package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The acceptance path of individual registration in headless Chromium, signed in through Keycloak as the demo
 * registrar: a family of four pre-registered, each member registered with an uploaded photo, and a member typed in
 * Cyrillic who was registered before in Latin letters shown as a possible duplicate while typing.
 */
@ExtendWith(ArquillianExtension.class)
class MembersBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    private static Path photo(Path dir, String name, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(225, 230, 236));
        g.fillRect(0, 0, 800, 600);
        g.setColor(colour);
        g.fillOval(300, 120, 200, 260);   // a head
        g.fillRect(250, 400, 300, 200);   // shoulders
        g.dispose();
        Path file = dir.resolve(name + ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void registrar_registersAFamilyOfFourIndividually_withPhotos_andSeesACrossScriptDuplicate() throws IOException {
        // registered earlier, in Latin letters, in another household
        Names earlier = Names.random();
        String earlierHousehold = Api.preRegister("registrar", earlier.givenLatin() + " " + earlier.familyLatin(), 1, 0, 0, 0);
        String earlierMember = "{\"relationship\":\"HEAD\",\"givenName\":\"" + earlier.givenLatin() + "\",\"familyName\":\""
                + earlier.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1990-02-03\",\"birthPrecision\":\"EXACT\"}";
        assertThat(Api.post("registrar", "households/" + earlierHousehold + "/members", earlierMember).statusCode()).isEqualTo(201);

        Names head = Names.random();
        Path photos = Files.createTempDirectory("refuge-photos");
        List<Color> colours = List.of(new Color(120, 80, 60), new Color(200, 150, 120), new Color(90, 60, 40), new Color(160, 110, 80));
        try (Browser browser = new Browser()) {
          try {
            browser.open(url("registration/pre-register.xhtml"));
            browser.signIn("registrar");
            browser.driver().findElement(By.id("pre-register-form:head")).sendKeys(head.givenCyrillic() + " " + head.familyCyrillic());
            for (String count : new String[] {"fa", "ma", "fc", "mc"}) {
                WebElement spinner = browser.driver().findElement(By.id("pre-register-form:" + count + "_input"));
                spinner.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            }
            browser.driver().findElement(By.id("pre-register-form:vehicle")).sendKeys("Minibus 12", Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pre-register-form:last-number"))).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("register-members"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("member-form:given")));

            // 1: the head, names taken over from the pre-registration
            assertThat(value(browser, "member-form:given")).isEqualTo(head.givenCyrillic());
            assertThat(value(browser, "member-form:family")).isEqualTo(head.familyCyrillic());
            member(browser, null, null, null, "M", "1979-06-21", photo(photos, "head", colours.get(0)), 1);

            // 2: typed in Cyrillic, registered before in Latin letters: the warning appears while typing
            browser.choose("member-form:relationship", "Spouse");
            replace(browser, "member-form:given", earlier.givenCyrillic());
            replace(browser, "member-form:family", earlier.familyCyrillic());
            replace(browser, "member-form:birth", "1990-02-03");
            browser.driver().findElement(By.id("member-form:birth")).sendKeys(Keys.TAB);
            // the panel is drawn again by each field's check: read it once it shows the earlier registration
            String warning = browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                String text = d.findElement(By.id("duplicate-warning")).getText();
                return text.contains(earlier.familyLatin()) && text.contains(earlierHousehold) && text.contains("Birth date: same day") ? text : null;
            });
            // why it matched: the score's band and each comparison with its part in bits
            assertThat(warning).contains("Likely the same person").containsPattern("Family name: (same|other spelling|similar) \\+\\d+\\.\\d")
                    .containsPattern("Birth date: same day \\+\\d+\\.\\d");
            assertThat(value(browser, "member-form:given-latin")).isEqualTo(earlier.givenLatin());
            ((JavascriptExecutor) browser.driver()).executeScript("document.body.style.zoom = '0.7'; "
                    + "document.getElementById('member-form:relationship').scrollIntoView({block: 'start'})");
            browser.screenshot("members-duplicate-warning-cyrillic");
            ((JavascriptExecutor) browser.driver()).executeScript("document.body.style.zoom = '1'");
            browser.driver().findElement(By.xpath("//div[@id='duplicate-warning']//div[contains(@class,'rf-answer')]//*[text()='Different person']")).click();
            member(browser, null, null, null, "F", null, photo(photos, "spouse", colours.get(1)), 2);

            // 3 and 4: the children, family name already there
            assertThat(value(browser, "member-form:family")).isEqualTo(head.familyCyrillic());
            member(browser, "Child", "Ани", null, "F", "2014-09-01", photo(photos, "daughter", colours.get(2)), 3);
            member(browser, "Child", "Давид", null, "M", "2017-03-12", photo(photos, "son", colours.get(3)), 4);

            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Registered"));
            assertThat(browser.driver().findElements(By.cssSelector("#members img.rf-portrait"))).hasSize(4);
            for (WebElement img : browser.driver().findElements(By.cssSelector("#members img.rf-portrait"))) {
                Long width = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].naturalWidth", img);
                Long height = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].naturalHeight", img);
                assertThat(width * 4).as("a 3:4 portrait").isEqualTo(height * 3);
            }
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("members-family-of-four");

            browser.driver().findElement(By.id("number")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#members .rf-member")));
            assertThat(browser.driver().findElements(By.cssSelector("#members img.rf-portrait"))).hasSize(4);
            browser.screenshot("household-file-members");
          } catch (RuntimeException | AssertionError e) {
            browser.evidence("members-family-of-four");
            throw e;
          }
        }
    }

    @Test
    void badInput_isShownNextToTheField_andWhatWasTypedStays() {
        Names n = Names.random();
        try (Browser browser = new Browser()) {
            browser.open(url("registration/pre-register.xhtml"));
            browser.signIn("registrar");
            browser.driver().findElement(By.id("pre-register-form:head")).sendKeys(n.givenLatin() + " " + n.familyLatin());
            browser.driver().findElement(By.id("pre-register-form:fa_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
            browser.driver().findElement(By.id("pre-register-form:vehicle")).sendKeys(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("pre-register-form:last-number"))).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("register-members"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("member-form:given")));
            replace(browser, "member-form:birth", "2999-01-01");
            replace(browser, "member-form:phone", "call me");
            browser.driver().findElement(By.id("member-form:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-form"), "phone number"));
            String errors = browser.driver().findElement(By.id("member-form")).getText();
            assertThat(errors).contains("cannot be in the future").contains("phone number").contains("Choose the sex");
            assertThat(value(browser, "member-form:birth")).isEqualTo("2999-01-01");
            assertThat(value(browser, "member-form:phone")).isEqualTo("call me");
            assertThat(value(browser, "member-form:given")).isEqualTo(n.givenLatin());
            browser.screenshot("members-bad-input");

            assertThat(browser.driver().findElement(By.id("progress")).getText()).startsWith("0 of 1");

            // a date that is not a date is refused by the page itself, in the same place
            replace(browser, "member-form:birth", "1999-13-45");
            browser.driver().findElement(By.id("member-form:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-form"), "year-month-day"));
            assertThat(value(browser, "member-form:birth")).isEqualTo("1999-13-45");
        }
    }

    /** Issue 10: a phone "12 " passed the form, the database refused it and the registrar got an error page. */
    @Test
    void aPhoneOfTwoDigitsAndASpace_isShownAtThePhone_notAnErrorPage() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        try (Browser browser = new Browser()) {
            browser.open(url("registration/pre-register.xhtml"));
            browser.signIn("registrar");
            browser.open(url("registration/members.xhtml?number=" + number));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("member-form:given")));
            browser.driver().findElement(By.cssSelector("label[for='member-form:sex:0']")).click();
            replace(browser, "member-form:birth", "1988-08-08");
            replace(browser, "member-form:phone", "12 ");
            browser.driver().findElement(By.id("member-form:save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-form"), "phone number"));
            assertThat(value(browser, "member-form:given")).isEqualTo(n.givenLatin());
            assertThat(browser.driver().findElement(By.id("progress")).getText()).startsWith("0 of 1");
            browser.screenshot("members-phone-refused");
        }
    }

    /** Fills what is given of one member, uploads the photo, saves with Ctrl+Enter and waits for the count. */
    private static void member(Browser browser, String relationship, String given, String family, String sex, String birth,
                               Path photo, int registered) {
        if (relationship != null) {
            browser.choose("member-form:relationship", relationship);
        }
        if (given != null) {
            replace(browser, "member-form:given", given);
        }
        if (family != null) {
            replace(browser, "member-form:family", family);
        }
        browser.driver().findElement(By.cssSelector("label[for='member-form:sex:" + ("F".equals(sex) ? 0 : 1) + "']")).click();
        if (birth != null) {
            replace(browser, "member-form:birth", birth);
        }
        browser.driver().findElement(By.cssSelector("#member-form input[type=file]")).sendKeys(photo.toString());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("member-form:pending-photo")));
        browser.driver().findElement(By.id("member-form:phone")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), registered + " "));
    }

    private static void replace(Browser browser, String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static String value(Browser browser, String id) {
        // the form is drawn again by the save's AJAX answer: read the field as it stands after that
        return browser.waiting().until(d -> d.findElement(By.id(id)).getDomProperty("value"));
    }
}
