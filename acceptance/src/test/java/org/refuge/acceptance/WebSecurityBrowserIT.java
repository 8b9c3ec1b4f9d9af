package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Issue 10's attacks on the browser session: the REST API driven with the session cookie alone (what a page on
 * another site can make a signed-in browser send), the cookie's flags, caching of personal data, and the Content
 * Security Policy under which the PrimeFaces screens must still work.
 */
@ExtendWith(ArquillianExtension.class)
class WebSecurityBrowserIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String baseUrl() {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/");
    }

    @Test
    void attack_theApiAcceptsTheBrowsersSessionCookieAlone_soAnotherSiteCanCloseBreachTasks() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl());
            browser.signIn("supervisor");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).as("session cookie").isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");

            String cookie = "JSESSIONID=" + session.getValue();
            // the same cookie still opens the screens …
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "index.xhtml"))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(page.headers().allValues("Content-Security-Policy")).anySatisfy(csp -> assertThat(csp).contains("default-src 'self'"))
                    .anySatisfy(csp -> assertThat(csp).contains("'nonce-"));
            // … but never the API: reads and changes alike need a bearer token
            for (HttpRequest.Builder call : List.of(
                    HttpRequest.newBuilder(Api.uri("me")).GET(),
                    // the same API under spellings the container routes alike
                    HttpRequest.newBuilder(URI.create(baseUrl() + "%61pi/v1/me")).GET(),
                    HttpRequest.newBuilder(URI.create(baseUrl() + "api;x/v1/me")).GET(),
                    HttpRequest.newBuilder(Api.uri("documents/deadline-tasks/" + java.util.UUID.randomUUID() + "/seen"))
                            .POST(HttpRequest.BodyPublishers.noBody()),
                    HttpRequest.newBuilder(Api.uri("protection/persons/" + java.util.UUID.randomUUID() + "/extension"))
                            .POST(HttpRequest.BodyPublishers.noBody()))) {
                HttpResponse<String> answer = HTTP.send(call.header("Cookie", cookie).header("Accept", "*/*").build(),
                        HttpResponse.BodyHandlers.ofString());
                String uri = answer.request().uri().toString();
                if (uri.contains("%61pi") || uri.contains(";x")) {
                    assertThat(answer.statusCode()).as(uri).isIn(400, 401, 404); // never the caller's data
                } else {
                    assertThat(answer.statusCode()).as(uri).isEqualTo(401);
                }
                assertThat(answer.body()).as(answer.request().uri().toString()).doesNotContain("\"username\"");
                if (answer.statusCode() == 401) {
                    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                }
            }
            HttpResponse<String> withToken = HTTP.send(HttpRequest.newBuilder(Api.uri("me"))
                    .header("Authorization", "Bearer " + Keycloak.token("supervisor")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(withToken.statusCode()).isEqualTo(200);
            assertThat(withToken.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void theScreensWork_underTheContentSecurityPolicy_withoutViolations() {
        try (Browser browser = new Browser()) {
            browser.open(baseUrl() + "registration/pre-register.xhtml");
            browser.signIn("registrar");
            // a PrimeFaces ajax round trip: the form refuses an empty name next to the field
            browser.driver().findElement(By.id("pre-register-form:register")).click();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#pre-register-form .ui-message-error")).isEmpty());
            browser.driver().findElement(By.cssSelector("a[data-lang='ru']")).click();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("a.rf-lang-active[data-lang='ru']")).isEmpty());
            browser.driver().findElement(By.cssSelector("a[data-lang='en']")).click();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("a.rf-lang-active[data-lang='en']")).isEmpty());
            List<String> violations = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
            assertThat(violations).isEmpty();
            browser.screenshot("pre-register-under-csp");
        }
    }
}
