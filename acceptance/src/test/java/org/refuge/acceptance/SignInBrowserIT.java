package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Real sign-in through Keycloak in headless Chromium: each demo role sees its own name, roles, site and menu;
 * the language switch changes the page; signing out ends the Keycloak session; a supervisor's form shows
 * errors next to the field and keeps what was typed.
 */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

    /** The menu each demo user must see, as bundle keys, in menu order. */
    private static final Map<String, List<String>> MENUS = Map.of(
            "registrar", List.of("menu.home", "menu.preRegister", "menu.household", "menu.inbox.registrar", "menu.photoPrint", "menu.verify"),
            "police", List.of("menu.home", "menu.household", "menu.inbox.police", "menu.cardWorklist", "menu.documents", "menu.verify"),
            "medical", List.of("menu.home", "menu.household", "menu.inbox.medical"),
            "caseworker", List.of("menu.home", "menu.statistics", "menu.household", "menu.inbox.caseworker", "menu.duplicates", "menu.protectionWorklist",
                    "menu.protectionDecisions", "menu.verify"),
            "supervisor", List.of("menu.home", "menu.dashboard", "menu.statistics", "menu.household", "menu.inbox.supervisor", "menu.taskSupervision",
                    "menu.duplicates", "menu.influx", "menu.camps", "menu.allocation",
                    "menu.stock", "menu.children", "menu.tracing", "menu.entitlements", "menu.followUp", "menu.rounds", "menu.desk",
                    "menu.protectionWorklist", "menu.protectionDecisions", "menu.cardWorklist", "menu.documents", "menu.deadlines", "menu.verify",
                    "menu.sites"),
            "camp-manager", List.of("menu.home", "menu.dashboard", "menu.household", "menu.inbox.camp", "menu.camps", "menu.allocation", "menu.stock",
                    "menu.entitlements", "menu.rounds", "menu.desk"),
            "social-worker", List.of("menu.home", "menu.dashboard", "menu.household", "menu.inbox.social", "menu.camps", "menu.children",
                    "menu.tracing", "menu.entitlements", "menu.followUp", "menu.rounds", "menu.desk"),
            "auditor", List.of("menu.home", "menu.audit"),
            "admin", List.of("menu.home", "menu.entitlements", "menu.sites", "menu.referenceData", "menu.assistanceCatalogue"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String baseUrl() {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registrar", "police", "medical", "caseworker", "supervisor", "camp-manager",
            "social-worker", "auditor", "admin"})
    void eachRole_signsInAndSeesItsOwnMenu(String user) {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl());
            assertThat(browser.driver().getCurrentUrl()).as("redirected to Keycloak").contains("/realms/refuge/");
            browser.signIn(user);

            List<String> menu = browser.driver().findElements(By.cssSelector("#main-menu a[data-menu]")).stream()
                    .map(a -> a.getDomAttribute("data-menu")).toList();
            assertThat(menu).isEqualTo(MENUS.get(user));
            assertThat(browser.driver().findElement(By.id("user-roles")).getText())
                    .isEqualTo(bundle("en").getProperty("role." + user));
            browser.screenshot("home-" + user);
        }
    }

    @Test
    void registrar_seesName_site_andSwitchesLanguages() {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl());
            browser.signIn("registrar");
            assertThat(browser.driver().findElement(By.id("user-name")).getText()).isEqualTo("Anahit Petrosyan");
            assertThat(browser.driver().findElement(By.id("user-sites")).getText()).contains("Margara border crossing point");

            for (String language : List.of("hy", "ru", "en")) {
                browser.driver().findElement(By.cssSelector("a[data-lang='" + language + "']")).click();
                String title = bundle(language).getProperty("home.title");
                browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), title));
                assertThat(browser.driver().findElement(By.cssSelector("a[data-menu='menu.inbox.registrar']")).getText())
                        .isEqualTo(bundle(language).getProperty("menu.inbox.registrar"));
                browser.screenshot("home-registrar-" + language);
            }
        }
    }

    @Test
    void signingOut_endsTheKeycloakSessionToo() {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl());
            browser.signIn("police");
            browser.driver().findElement(By.id("logout-form:logout")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            browser.open(baseUrl());
            assertThat(browser.driver().findElements(By.id("username"))).as("login asked again").isNotEmpty();
        }
    }

    @Test
    void supervisor_declaresAnInflux_andFindsTheAssessmentInTheInbox() {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl() + "emergency/influx-events.xhtml");
            browser.signIn("supervisor");

            // an empty name is refused next to the field; the threshold typed stays
            WebElement threshold = browser.driver().findElement(By.id("declare-form:threshold_input"));
            threshold.clear();
            threshold.sendKeys("3000");
            browser.driver().findElement(By.id("declare-form:declare")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#declare-form .ui-message-error"), "Enter a name"));
            assertThat(browser.driver().findElement(By.id("declare-form:threshold_input")).getDomProperty("value")).contains("3");

            String name = "Browser influx " + UUID.randomUUID().toString().substring(0, 8);
            browser.driver().findElement(By.id("declare-form:name")).sendKeys(name);
            browser.driver().findElement(By.id("declare-form:declare")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-form:events"), name));
            browser.screenshot("influx-declared");

            browser.driver().findElement(By.cssSelector("a[data-menu='menu.inbox.supervisor']")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-form:tasks"),
                    bundle("en").getProperty("task.massInfluxResponse.assessInflux")));
            browser.screenshot("inbox-supervisor");
        }
    }

    /**
     * Issue 11: an ajax click after the session ended did nothing visible. Now the page loads again, through the
     * sign-in (or straight back when Keycloak still knows the user), and says that the last action was not done.
     */
    @Test
    void anAjaxClickAfterTheSessionEnded_loadsThePageAgain_andSaysTheActionWasNotDone() {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl() + "emergency/influx-events.xhtml");
            browser.signIn("supervisor");
            assertThat(browser.driver().findElement(By.id("session-expired")).isDisplayed()).isFalse();

            // the application's cookies are gone: its OIDC session ended; the ajax request meets the sign-in
            browser.driver().manage().deleteAllCookies();
            browser.driver().findElement(By.id("declare-form:name")).sendKeys("Never declared");
            browser.driver().findElement(By.id("declare-form:declare")).click();
            browser.waiting().until(d -> !d.findElements(By.id("username")).isEmpty()
                    || d.findElements(By.id("session-expired")).stream().anyMatch(WebElement::isDisplayed));
            if (!browser.driver().findElements(By.id("username")).isEmpty()) {
                browser.screenshot("session-ended-sign-in");
                browser.signIn("supervisor");
            }
            WebElement notice = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("session-expired")));
            assertThat(notice.getText()).isEqualTo(bundle("en").getProperty("session.expired"));
            assertThat(browser.driver().getCurrentUrl()).contains("emergency/influx-events.xhtml");
            browser.screenshot("session-ended-notice");

            // shown once: the next page load does not repeat it
            browser.driver().navigate().refresh();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
            assertThat(browser.driver().findElement(By.id("session-expired")).isDisplayed()).isFalse();
        }
    }

    /**
     * Issue 12: a page answer says how long the server worked on it ({@code Server-Timing: app;dur=...}), also for a
     * page longer than the container's 16 KB response buffer, and the browser sees it; the page's resources stream
     * as before, without it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPageAnswer_saysTheServerTime_andItsResourcesDoNot() {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl() + "registration/pre-register.xhtml");
            browser.signIn("registrar");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();

            List<String> navigation = (List<String>) js.executeScript("return performance.getEntriesByType('navigation')[0]"
                    + ".serverTiming.map(t => t.name)");
            assertThat(navigation).as("Server-Timing of the page, as the browser's Navigation Timing reads it").containsExactly("app");
            List<String> resources = (List<String>) js.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(r => r.name.includes('/jakarta.faces.resource/') && r.serverTiming.length > 0).map(r => r.name)");
            assertThat(resources).as("resources with Server-Timing").isEmpty();

            Map<String, Object> again = (Map<String, Object>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(location.href).then(r => r.arrayBuffer().then(b => done({timing: r.headers.get('Server-Timing'),"
                    + " length: r.headers.get('Content-Length'), bytes: b.byteLength})))");
            assertThat((String) again.get("timing")).matches("app;dur=\\d+\\.\\d");
            assertThat(((Number) again.get("bytes")).longValue()).as("the page is longer than the response buffer")
                    .isGreaterThan(16 * 1024);
            assertThat(Long.parseLong((String) again.get("length"))).isEqualTo(((Number) again.get("bytes")).longValue());
        }
    }

    private static Properties bundle(String language) {
        Path file = Path.of("../web/src/main/resources/org/refuge/web/i18n/messages_" + language + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
