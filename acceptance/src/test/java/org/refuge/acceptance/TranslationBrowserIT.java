package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every main page of every role, signed in through Keycloak in Armenian and in Russian (the browser's language), over
 * a household that went through the whole arrival (members, a correction, screening, camp, protection, documents):
 * no string on a page is an English text of the bundles ({@link EnglishTexts}) or of Keycloak's English sign-in page,
 * no {@code ???key???} is shown, and every page says its language in {@code <html lang>}. Armenian screenshots of each
 * page land in target/screenshots ({@code hy-*.png}); the strings in Latin letters that no English text explains are
 * listed in target/translation-report-*.txt for a person to read (names typed in Latin, codes).
 */
@ExtendWith(ArquillianExtension.class)
class TranslationBrowserIT {

    private static final String CAMP = "CAMP-ARARAT-1";
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Every text node of the body (hidden dialogs too), the title and the attributes a person reads or hears. */
    private static final String TEXTS = """
            const out = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode, parent = node.parentElement;
              if (!parent || parent.closest('script,style,noscript,template')) continue;
              const text = node.nodeValue.replace(/\\s+/g, ' ').trim();
              if (text) out.push(text);
            }
            document.querySelectorAll('[placeholder],[title],[aria-label],[alt],input[type=submit],input[type=button]').forEach(e => {
              for (const a of ['placeholder', 'title', 'aria-label', 'alt']) { const v = e.getAttribute(a); if (v && v.trim()) out.push(v.trim()); }
              if (e.type === 'submit' || e.type === 'button') { const v = e.getAttribute('value'); if (v && v.trim()) out.push(v.trim()); }
            });
            return out;""";

    private static Scene scene;

    /** Whether the walk in progress keeps a screenshot of each page (the Armenian one, for the documentation). */
    private static boolean screenshots;

    /** What the walk in progress found untranslated: English text shown → pages. */
    private static Map<String, List<String>> findings;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    /** What the pages show: ids of the records made through the API before the walk. */
    record Scene(String household, String pending, String voided, String medicalTask, String securityTask, String event,
                 AssistanceScene assistance) {
    }

    /** One page of a role: its name (for screenshots and the report), its address, and what to do there before reading. */
    record Visit(String name, String path, Consumer<Browser> then) {
        Visit(String name, String path) {
            this(name, path, b -> { });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void everyMainPageOfEveryRole_showsNoEnglishTextAndNoMissingKey(String language) {
        Scene s = scene();
        EnglishTexts english = EnglishTexts.fromSources();
        try (Browser browser = new Browser("en-US")) {
            browser.open(url(""));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            english.addShown(texts(browser), "Keycloak's English sign-in page");
        }
        Map<String, List<String>> untranslated = new TreeMap<>();   // English text shown → pages
        Map<String, java.util.Set<String>> latin = new TreeMap<>();  // page → strings in Latin letters
        screenshots = "hy".equals(language);
        findings = untranslated;
        try {
            for (Map.Entry<String, List<Visit>> role : visits(s).entrySet()) {
                walk(language, role.getKey(), role.getValue(), english, untranslated, latin);
            }
        } finally {
            report(language, untranslated, latin);
        }
        System.out.printf("TranslationBrowserIT %s: %d distinct untranslated strings%n", language, untranslated.size());
        assertThat(untranslated).as("English texts (with the pages showing them) on the %s pages", language).isEmpty();
    }

    /** Signs in as the user on Keycloak's page in the language, then reads each page of the role. */
    private static void walk(String language, String user, List<Visit> pages, EnglishTexts english,
                             Map<String, List<String>> untranslated, Map<String, java.util.Set<String>> latin) {
        try (Browser browser = new Browser(language)) {
            try {
                browser.open(url(pages.get(0).path()));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
                read(browser, language, "sign-in (" + user + ")", english, untranslated, latin);
                if (screenshots && "registrar".equals(user)) {
                    browser.screenshot("hy-sign-in");
                }
                browser.signIn(user);
                for (Visit visit : pages) {
                    browser.open(url(visit.path()));
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
                    visit.then().accept(browser);
                    read(browser, language, user + " " + visit.name(), english, untranslated, latin);
                    if (screenshots) {
                        browser.screenshot("hy-" + user + "-" + visit.name());
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("translation-" + language + "-" + user);
                throw e;
            }
        }
    }

    private static void read(Browser browser, String language, String page, EnglishTexts english,
                             Map<String, List<String>> untranslated, Map<String, java.util.Set<String>> latin) {
        String lang = (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang");
        if (lang == null || !lang.equals(language) && !lang.startsWith(language + "-")) {
            untranslated.computeIfAbsent("<html lang=\"" + lang + "\">", k -> new ArrayList<>()).add(page);
        }
        for (String text : texts(browser)) {
            String shown = EnglishTexts.normalise(text);
            List<String> sources = english.englishIn(shown);
            if (shown.contains("???")) {
                untranslated.computeIfAbsent(shown, k -> new ArrayList<>()).add(page + " (missing key)");
            } else if (!sources.isEmpty()) {
                untranslated.computeIfAbsent(shown, k -> new ArrayList<>()).add(page + " " + sources);
            } else if (LATIN_WORD.matcher(shown).find()) {
                latin.computeIfAbsent(page, k -> new TreeSet<>()).add(shown);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(TEXTS);
    }

    private static void report(String language, Map<String, List<String>> untranslated, Map<String, java.util.Set<String>> latin) {
        StringBuilder out = new StringBuilder("Untranslated (" + untranslated.size() + "):\n");
        untranslated.forEach((text, pages) -> out.append("  ").append(text).append("  <-  ").append(pages).append('\n'));
        out.append("\nOther strings in Latin letters, by page (names, codes; read them):\n");
        latin.forEach((page, strings) -> {
            out.append("  ").append(page).append('\n');
            strings.forEach(s -> out.append("      ").append(s).append('\n'));
        });
        try {
            Path dir = Path.of(System.getProperty("refuge.test.screenshots", "target/screenshots")).getParent();
            Files.writeString(dir.resolve("translation-report-" + language + ".txt"), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages of each role, in menu order, each with the records that fill it. */
    private static Map<String, List<Visit>> visits(Scene s) {
        Map<String, List<Visit>> visits = new LinkedHashMap<>();
        String file = "registration/household.xhtml?number=" + s.household();
        visits.put("registrar", List.of(new Visit("home", "index.xhtml"), new Visit("pre-register", "registration/pre-register.xhtml"),
                new Visit("household", file, everyTab("registrar-household")), new Visit("members", "registration/members.xhtml?number=" + s.pending()),
                new Visit("inbox", "platform/inbox.xhtml"), new Visit("photo-print", "protection/photo-print.xhtml"),
                new Visit("verify", "protection/verify.xhtml")));
        visits.put("medical", List.of(new Visit("home", "index.xhtml"), new Visit("inbox", "platform/inbox.xhtml"),
                new Visit("medical-screening", "screening/medical.xhtml?task=" + s.medicalTask()),
                new Visit("household", file, everyTab("medical-household"))));
        visits.put("police", List.of(new Visit("home", "index.xhtml"), new Visit("inbox", "platform/inbox.xhtml"),
                new Visit("security-check", "screening/security.xhtml?task=" + s.securityTask()),
                new Visit("household", file, everyTab("police-household")),
                new Visit("documents", "protection/documents.xhtml?household=" + s.household()), new Visit("verify", "protection/verify.xhtml")));
        visits.put("caseworker", List.of(new Visit("home", "index.xhtml"), new Visit("inbox", "platform/inbox.xhtml"),
                new Visit("duplicates", "registration/duplicates.xhtml"),
                new Visit("decisions", "protection/decisions.xhtml?household=" + s.household()),
                new Visit("household", file, everyTab("caseworker-household"))));
        visits.put("camp-manager", List.of(new Visit("home", "index.xhtml"), new Visit("inbox", "platform/inbox.xhtml"),
                new Visit("camps", "camps/camps.xhtml"), new Visit("camp", "camps/camp.xhtml?site=" + CAMP),
                new Visit("allocation", "camps/allocation.xhtml?camp=" + CAMP), new Visit("transfers", "camps/transfers.xhtml?site=" + CAMP),
                new Visit("household-search", "registration/household.xhtml")));
        visits.put("social-worker", List.of(new Visit("home", "index.xhtml"), new Visit("inbox", "platform/inbox.xhtml"),
                new Visit("camps", "camps/camps.xhtml"), new Visit("camp", "camps/camp.xhtml?site=" + CAMP),
                new Visit("dashboard", "reporting/dashboard.xhtml"), new Visit("rounds", "assistance/rounds.xhtml"),
                new Visit("desk", "assistance/desk.xhtml", b -> desk(b, s.household())),
                new Visit("follow-up-cases", "assistance/follow-up-cases.xhtml"),
                new Visit("follow-up-case", "assistance/follow-up-case.xhtml?household=" + s.assistance().needsHousehold()),
                new Visit("children", "assistance/children.xhtml"),
                new Visit("best-interests", "assistance/best-interests.xhtml?person=" + s.assistance().child()),
                new Visit("tracing", "assistance/tracing.xhtml?person=" + s.assistance().child())));
        visits.put("supervisor", List.of(new Visit("home", "index.xhtml"), new Visit("inbox", "platform/inbox.xhtml"),
                new Visit("influx-events", "emergency/influx-events.xhtml"), new Visit("action-plan", "emergency/action-plan.xhtml?event=" + s.event()),
                new Visit("camps", "camps/camps.xhtml"), new Visit("allocation", "camps/allocation.xhtml"),
                new Visit("decisions", "protection/decisions.xhtml"), new Visit("documents", "protection/documents.xhtml"),
                new Visit("deadlines", "protection/deadlines.xhtml"), new Visit("sites", "platform/sites.xhtml"),
                new Visit("task-supervision", "platform/task-supervision.xhtml"), new Visit("dashboard", "reporting/dashboard.xhtml"),
                new Visit("statistics", "reporting/statistics.xhtml", TranslationBrowserIT::counted),
                new Visit("payments", "assistance/payments.xhtml?round=" + s.assistance().round(), TranslationBrowserIT::paymentList),
                new Visit("voided-household", "registration/household.xhtml?number=" + s.voided(), everyTab("supervisor-voided-household"))));
        visits.put("auditor", List.of(new Visit("home", "index.xhtml"),
                new Visit("audit", "platform/audit.xhtml", b -> auditOf(b, s.household()))));
        visits.put("admin", List.of(new Visit("home", "index.xhtml"), new Visit("sites", "platform/sites.xhtml"),
                new Visit("reference-data", "registration/reference-data.xhtml")));
        return visits;
    }

    /** The desk with a household found by its registry number: its members and what is due. */
    private static void desk(Browser browser, String number) {
        browser.driver().findElement(By.id("desk-form:number")).sendKeys(number);
        browser.driver().findElement(By.id("desk-form:find")).click();
        browser.waiting().until(d -> d.findElement(By.id("household")).getText().contains(number));
    }

    /** The payment page with the round's list shown: its lines and the form for the agency's answer. */
    private static void paymentList(Browser browser) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':show']"))).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list-form:lines")));
    }

    /** Opens each tab of the household file (they load when first shown), waits for its content, and keeps its picture. */
    private static Consumer<Browser> everyTab(String name) {
        return browser -> {
            WebDriver driver = browser.driver();
            List<WebElement> headers = driver.findElements(By.cssSelector("[id='tabs'] .ui-tabs-nav > li a"));
            for (int i = 0; i < headers.size(); i++) {
                int tab = i;
                browser.waiting().until(d -> {
                    d.findElements(By.cssSelector("[id='tabs'] .ui-tabs-nav > li a")).get(tab).click();
                    return true;
                });
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='tabs'] .ui-tabs-panel")).get(tab)
                        .findElements(By.cssSelector("*")).size() > 0);
                if (screenshots) {
                    ((JavascriptExecutor) driver).executeScript("document.getElementById('tabs').scrollIntoView()");
                    browser.screenshot("hy-" + name + "-tab" + (tab + 1));
                }
            }
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        };
    }

    /** The trail of the household, and the calendar of the "from" date opened. */
    /** The statistics screen with its breakdown counted (sex, age group, citizenship: labels from three sources). */
    private static void counted(Browser browser) {
        browser.driver().findElement(By.id("tabs:breakdown-form:count")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("breakdown")));
    }

    private static void auditOf(Browser browser, String number) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("audit-form:record")).sendKeys(number);
        driver.findElement(By.id("audit-form:search")).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("[id='audit-form:events_data'] > tr td")).size() > 3);
        // the table shows the household's events only once the search has drawn the form again (the first page of the
        // whole trail was there before): a click before would land on a field about to be replaced
        browser.waiting().until(d -> d.findElements(By.cssSelector("[id='audit-form:events_data'] > tr")).stream()
                .allMatch(row -> row.getText().contains(number)));
        browser.waiting().until(d -> {   // the search renders the form again: the field is found anew
            d.findElement(By.id("audit-form:from_input")).click();
            return true;
        });
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-datepicker-header, .ui-datepicker-title")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // seen when PrimeFaces had no locale for the page's language: the calendar stays shut, and says nothing
            findings.computeIfAbsent("(the calendar did not open)", k -> new ArrayList<>()).add("auditor audit");
        }
    }

    /**
     * The records the pages show, made once through the API: a family of three at Margara (portraits, a correction,
     * screened, in a tent of Ararat 1 and checked in, protected, documents produced), a second family waiting for its
     * members and its screening, a voided one, and an influx event.
     */
    private static synchronized Scene scene() {
        if (scene != null) {
            return scene;
        }
        String family = "Hakobyan";
        String number = Api.preRegister("registrar", "Anush Hakobyan", 2, 0, 1, 0);
        String head = Api.member(number, "HEAD", "Anush", family, "F", "1986-03-14");
        Api.member(number, "SIBLING", "Lilit", family, "F", "1990-07-01");
        Api.member(number, "CHILD", "Mane", family, "F", "2015-11-20");
        ok(Api.send("registrar", "PUT", "persons/" + head, "{\"relationship\":\"HEAD\",\"givenName\":\"Anush\",\"familyName\":\"" + family
                + "\",\"familyNameLatin\":\"Hakobyan-Sargsyan\",\"sex\":\"F\",\"birthDate\":\"1986-03-14\",\"birthPrecision\":\"EXACT\","
                + "\"birthPlace\":\"Aleppo\",\"citizenships\":[\"SYR\"]}"));
        Api.medical(number, "{\"triage\":\"NON_URGENT\",\"outcome\":\"CLEARED\"}");   // each member's
        Api.clearSecurity(number);
        Api.openCamp("camp-manager", CAMP);
        expect(Api.post("camp-manager", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + CAMP + "\"}"), 201);
        JsonNode manifest = json(expect(Api.post("camp-manager", "camps/" + CAMP + "/manifests", "{\"vehicle\":\"Bus 12\",\"driver\":\"A. Petrosyan\","
                + "\"departure\":\"" + LocalDateTime.now().withNano(0) + "\",\"households\":[\"" + number + "\"]}"), 201));
        String manifestId = manifest.get("id").asText();
        expect(Api.post("camp-manager", "manifests/" + manifestId + "/departure", "{\"boarded\":[\"" + number + "\"]}"), 200);
        expect(Api.post("camp-manager", "manifests/" + manifestId + "/arrival", ""), 200);
        for (JsonNode household : json(Api.get("camp-manager", "camps/" + CAMP + "/residents?household=" + number)).get("items")) {
            for (JsonNode person : household.get("persons")) {
                expect(Api.post("camp-manager", "stays/" + person.get("stayId").asText() + "/check-in", ""), 204);
            }
        }
        String decree = Api.decree("TP-I18N " + UUID.randomUUID().toString().substring(0, 8));
        expect(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}"), 200);
        Api.post("police", "documents/households/" + number, "");

        String pending = Api.preRegister("registrar", "Karen Avetisyan", 1, 1, 0, 0);
        Api.member(pending, "HEAD", "Karen", "Avetisyan", "M", "1979-05-05");
        String medicalTask = Api.task("medical", pending, "screening/medical");
        String securityTask = Api.task("police", pending, "screening/security");
        String voided = Api.preRegister("registrar", "Test Voided", 1, 0, 0, 0);
        expect(Api.post("registrar", "households/" + voided + "/void", "{\"reason\":\"registered twice by mistake\"}"), 200);
        String event = json(expect(Api.post("supervisor", "influx-events", "{\"name\":\"Influx " + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"threshold\":1000}"), 201)).get("id").asText();
        scene = new Scene(number, pending, voided, medicalTask, securityTask, event, AssistanceScene.make());
        return scene;
    }

    private static java.net.http.HttpResponse<String> ok(java.net.http.HttpResponse<String> response) {
        return expect(response, 200);
    }

    private static java.net.http.HttpResponse<String> expect(java.net.http.HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": " + response.body())
                .isEqualTo(status);
        return response;
    }
}
