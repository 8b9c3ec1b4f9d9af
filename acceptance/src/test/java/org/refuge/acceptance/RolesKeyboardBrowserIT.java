package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12, item 1: the main path of each role beside the registrar's desk, with the keyboard only. Selenium sends
 * keys to the element that has the focus, as a keyboard does: it never clicks, and the only scripts it runs read
 * whether the page's requests are answered. Each role finds its work waiting (prepared through the API), starts from
 * the field the page focuses on load, and uses Enter, Tab, the arrows, Space and the access keys the pages show
 * ("Alt+S"). The keystrokes beyond the characters of the data are counted, printed and written to
 * target/keystrokes.txt; signing in is not counted.
 */
@ExtendWith(ArquillianExtension.class)
class RolesKeyboardBrowserIT {

    private static final String CAMP = "CAMP-ARARAT-1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void medicalOfficer_opensTheFormFromTheInboxWithEnter_recordsTheScreening_andSaves() {
        String number = Api.preRegister("registrar", name(), 1, 1, 1, 0);
        // screening is per member: the head registered, her medical screening waits in the inbox
        Api.registerMember(number, "HEAD", "F", java.time.LocalDate.of(1987, 3, 4));
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("platform/inbox.xhtml"));
                signIn(browser, "medical");
                Keystrokes keys = new Keystrokes(driver);
                assertThat(keys.focusedId()).as("the inbox's search is focused on load").isEqualTo("inbox-form:reference");
                keys.type(number).press(Keys.ENTER);
                tasksOf(browser, number);
                keys.tabUntil(f -> String.valueOf(f.getAttribute("href")).contains("screening/medical"), 6).press(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("medical-form:subject"), number));

                // the triage is focused; Enter opens its list and saves nothing (it used to save the half-filled form)
                assertThat(keys.focusedId()).startsWith("medical-form:triage");
                keys.press(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("medical-form:triage_panel")));
                keys.pickInOpenList("medical-form:triage", "Not urgent");
                assertThat(driver.findElements(By.cssSelector(".ui-growl-item, .ui-message-error"))).as("nothing was saved").isEmpty();
                keys.press(Keys.TAB).type("mild dehydration");
                // Tab over pregnancy, communicable disease, hospital referral and isolation to the outcome: Down chooses
                keys.press(Keys.TAB, 5).press(Keys.ARROW_DOWN);
                assertThat(driver.findElement(By.id("medical-form:outcome_label")).getText()).isEqualTo("Cleared");
                keys.press(Keys.TAB).type("lower bunk").chord(Keys.ALT, "s");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("medical-form:done")));
                browser.screenshot("keys-medical-saved");
                keys.record("medical officer: inbox, the medical form opened with Enter, a screening recorded and saved");
                assertThat(Api.json(Api.get("medical", "screening/households/" + number)).toString())
                        .contains("CLEARED", "lower bunk");

                // the form opened without its task (a bookmark; a sign-in that dropped the query) says so, never a 500
                browser.open(url("screening/medical.xhtml"));
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "no longer available"));
                assertThat(driver.findElements(By.id("medical-form"))).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("keys-medical");
                throw e;
            }
        }
    }

    @Test
    void policeOfficer_clearsTheSecurityCheck_thenProducesPrintsAndHandsOverTheDocument() throws IOException {
        String decree = Api.decree("TP-KEYS " + UUID.randomUUID().toString().substring(0, 8));
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 0, 0, 0);
        Api.member(number, "HEAD", head.givenLatin(), head.familyLatin(), "F", "1981-09-17");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("platform/inbox.xhtml"));
                signIn(browser, "police");
                Keystrokes keys = new Keystrokes(driver);
                keys.type(number).press(Keys.ENTER);
                tasksOf(browser, number);
                // Alt+O opens the first task's form: the family's security check
                keys.chord(Keys.ALT, "o");
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("security-form:subject"), number));
                assertThat(keys.focusedId()).isEqualTo("security-form:nss-reference");
                keys.type("NSS/K/" + number.substring(number.length() - 5)).press(Keys.TAB).press(Keys.ARROW_DOWN);
                assertThat(driver.findElement(By.id("security-form:nss-answer_label")).getText()).isEqualTo("Clear");
                keys.press(Keys.TAB).type("POL/K/" + number.substring(number.length() - 5)).press(Keys.TAB).press(Keys.ARROW_DOWN);
                assertThat(driver.findElement(By.id("security-form:police-answer_label")).getText()).isEqualTo("Clear");
                keys.chord(Keys.ALT, "s");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("security-form:done")));
                keys.record("police officer (1/2): inbox, the security check opened with Alt+O, both enquiries clear, saved");

                // the caseworker grants protection (through the API): the police produce the card, print it, hand it over
                assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}")
                        .statusCode()).isEqualTo(200);
                Keystrokes documents = new Keystrokes(driver);
                browser.open(url("protection/documents.xhtml"));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("find-form:number")));
                assertThat(documents.focusedId()).isEqualTo("find-form:number");
                documents.type(number).press(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("documents-household"), number));
                documents.chord(Keys.ALT, "p");
                browser.waiting().until(d -> statuses(d).equals(List.of("PRODUCED")));
                Set<String> before = browser.downloaded();
                documents.chord(Keys.ALT, "r");
                assertThat(new String(browser.download(".pdf", before), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
                browser.waiting().until(d -> d.findElements(By.cssSelector("td.rf-prints")).stream().anyMatch(c -> c.getText().equals("1")));
                idle(browser);
                documents.chord(Keys.ALT, "h");
                browser.waiting().until(d -> "handover-form:handedTo".equals(new Keystrokes(d).focusedId()));
                documents.type("the holder in person").press(Keys.ENTER);
                browser.waiting().until(d -> statuses(d).equals(List.of("HANDED_OVER")));
                browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("handover-form:handedTo")));
                browser.screenshot("keys-police-handed-over");
                documents.record("police officer (2/2): the family's card produced (Alt+P), printed (Alt+R) and handed over (Alt+H)");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("keys-police");
                throw e;
            }
        }
    }

    @Test
    void campManager_allocatesWithRefugesProposal_andChecksTheFamilyIn() {
        Api.openCamp("camp-manager", CAMP);
        String number = Api.screenedHousehold(2, 1, false);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("camps/allocation.xhtml"));
                signIn(browser, "camp-manager");
                Keystrokes keys = new Keystrokes(driver);
                assertThat(keys.focusedId()).isEqualTo("queue-form:find");
                keys.type(number).press(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("queue-form:count"), "Households waiting: 1"));
                idle(browser);
                // Alt+P: Refuge's proposal for the first household; the dialog opens on Confirm, Enter takes it
                keys.chord(Keys.ALT, "p");
                browser.waiting().until(d -> "proposal-form:confirm".equals(new Keystrokes(d).focusedId()));
                assertThat(driver.findElement(By.id("proposed-tents")).getText()).matches("(?s)Tent \\d+: 3 beds");
                keys.press(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                        "Household " + number + " allocated to"));
                browser.waiting().until(ExpectedConditions.textToBe(By.id("queue-form:count"), "Households waiting: 0"));
                keys.record("camp manager (1/2): the allocation queue, Refuge's proposal (Alt+P) confirmed with Enter");

                // the bus (through the API), then the check-in: the camp page opens on its residents' search, above the board
                Api.transferred(CAMP, number);
                Keystrokes checkIn = new Keystrokes(driver);
                browser.open(url("camps/camp.xhtml?site=" + CAMP));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("capacity")));
                assertThat(checkIn.focusedId()).isEqualTo("residents-form:number");
                checkIn.type(number).press(Keys.ENTER);
                By household = By.cssSelector(".rf-household[data-number='" + number + "']");
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(household, "Checked in: 0 of 3"));
                idle(browser);
                checkIn.chord(Keys.ALT, "i");
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(household, "Checked in: 3 of 3"));
                browser.screenshot("keys-camp-checked-in");
                checkIn.record("camp manager (2/2): the camp page, the family found and checked in (Alt+I)");

                // the tent board is one Tab stop whatever the number of tents: the arrows walk it, Enter opens a tent
                idle(browser);
                // backwards round the page: how many stops lie between depends on how full the camp is after the whole suite
                checkIn.shiftTabUntil(f -> String.valueOf(f.getDomAttribute("class")).contains("rf-tent "), 200);
                String first = checkIn.focused().getDomAttribute("data-tent");
                checkIn.press(Keys.ARROW_RIGHT);
                assertThat(checkIn.focused().getDomAttribute("data-tent")).isNotEqualTo(first);
                checkIn.press(Keys.ENTER);
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tent-content")));
                checkIn.press(Keys.ESCAPE);
                browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("tent-content")));
                // the closed dialog gives the focus back to its tent once it is hidden (PrimeFaces): keys go on from there
                browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !!document.activeElement && document.activeElement.classList.contains('rf-tent')")));
                idle(browser);
                assertThat(driver.findElements(By.cssSelector(".rf-tent[tabindex='0']"))).as("one Tab stop").hasSize(1);

                // Enter on a check box submits nothing: the board form's first button would turn a water point out of service
                checkIn.shiftTabUntil(f -> "board-form:only-accessible_input".equals(f.getDomAttribute("id")), 3);
                List<String> inService = inService(driver);
                checkIn.press(Keys.ENTER);
                idle(browser);
                assertThat(inService(driver)).as("every structure as it was").isNotEmpty().isEqualTo(inService);
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("keys-camp");
                throw e;
            }
        }
    }

    @Test
    void caseworker_grantsProtectionToAFamily() {
        // adopted today, recorded last: the page offers the latest decree first (or it is chosen with the arrows below)
        String decree = "TP-KEYS " + UUID.randomUUID().toString().substring(0, 8);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(Api.post("supervisor", "decrees", "{\"number\":\"" + decree + "\",\"adoptedOn\":\"" + today + "\",\"inForceFrom\":\""
                + today + "\",\"citizenships\":[\"SYR\"],\"coversStateless\":true,\"arrivedFrom\":\""
                + java.time.LocalDate.parse(today).minusDays(30) + "\"}").statusCode()).isEqualTo(201);
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 1, 1, 1, 0);
        Api.member(number, "HEAD", head.givenLatin(), head.familyLatin(), "F", "1985-05-05");
        Api.member(number, "SPOUSE", Names.random().givenLatin(), head.familyLatin(), "M", "1982-02-02");
        Api.member(number, "CHILD", Names.random().givenLatin(), head.familyLatin(), "F", "2016-06-06");
        Api.clearSecurity(number);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("protection/decisions.xhtml"));
                signIn(browser, "caseworker");
                Keystrokes keys = new Keystrokes(driver);
                assertThat(keys.focusedId()).isEqualTo("find-form:number");
                if (!driver.findElement(By.id("find-form:decree_label")).getText().startsWith(decree)) {
                    // a decree adopted later by another test comes first: Tab to the decrees, Down until this one
                    keys.press(Keys.TAB);
                    for (int i = 0; i < 50 && !driver.findElement(By.id("find-form:decree_label")).getText().startsWith(decree); i++) {
                        keys.press(Keys.ARROW_DOWN);
                    }
                    idle(browser);
                    keys.shiftTabUntil(f -> "find-form:number".equals(f.getDomAttribute("id")), 1);
                }
                assertThat(driver.findElement(By.id("find-form:decree_label")).getText()).startsWith(decree);
                keys.type(number).press(Keys.ENTER);
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='members-form:members_data'] > tr")).size() == 3);
                idle(browser);
                // Tab to each member's box and tick it with Space
                for (int i = 0; i < 3; i++) {
                    keys.tabUntil(f -> String.valueOf(f.getDomAttribute("id")).endsWith(":select_input"), 6).press(Keys.SPACE);
                }
                browser.waiting().until(d -> d.findElements(By.cssSelector(".rf-grant-select .ui-chkbox-box.ui-state-active")).size() == 3);
                keys.chord(Keys.ALT, "g");
                browser.waiting().until(d -> d.findElements(By.cssSelector("td.rf-protection-status [data-status='GRANTED']")).size() == 3);
                browser.screenshot("keys-caseworker-granted");
                keys.record("caseworker: the family's protection decision, three members ticked and granted (Alt+G)");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("keys-caseworker");
                throw e;
            }
        }
    }

    @Test
    void supervisor_closesADeadlineTaskFromTheInbox_andTheAuditorReadsTheFamilysTrail() throws InterruptedException {
        String decree = Api.decree("TP-KEYS " + UUID.randomUUID().toString().substring(0, 8));
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenLatin() + " " + head.familyLatin(), 0, 1, 0, 0);
        String person = Api.member(number, "HEAD", head.givenLatin(), head.familyLatin(), "M", "1972-12-12");
        Api.clearSecurity(number);
        TestDatabase.registeredHoursAgo(number, 80);
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        // the server's timers give the supervisors the three-day deadline's tasks within seconds of the grant
        for (int i = 0; i < 30 && deadlineTasks(number) < 2; i++) {
            Thread.sleep(1000);
        }
        assertThat(deadlineTasks(number)).isEqualTo(2);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("platform/inbox.xhtml"));
                signIn(browser, "supervisor");
                Keystrokes keys = new Keystrokes(driver);
                keys.type(number).press(Keys.ENTER);
                browser.waiting().until(d -> d.findElements(By.cssSelector("[id='inbox-form:tasks_data'] > tr")).size() == 2
                        && d.findElement(By.id("inbox-form:tasks_data")).getText().contains(number));
                idle(browser);
                keys.chord(Keys.ALT, "o");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("seen-form:seen")));
                assertThat(driver.findElement(By.id("seen-form:task-hint-household")).getText()).contains(number);
                keys.chord(Keys.ALT, "s");
                browser.waiting().until(d -> deadlineTasks(number) == 1);
                keys.record("supervisor: inbox, a deadline task opened (Alt+O) and marked seen (Alt+S)");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("keys-supervisor");
                throw e;
            }
        }
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            try {
                browser.open(url("platform/audit.xhtml"));
                signIn(browser, "auditor");
                Keystrokes keys = new Keystrokes(driver);
                assertThat(keys.focusedId()).isEqualTo("audit-form:household");
                keys.type(number).press(Keys.ENTER);
                By rows = By.cssSelector("[id='audit-form:events_data'] > tr");
                browser.waiting().until(d -> d.findElements(rows).size() > 1
                        && d.findElements(rows).stream().allMatch(r -> r.getText().contains(number) || r.getText().contains(person)));
                String trail = driver.findElement(By.id("audit-form:events_data")).getText();
                assertThat(trail).contains("Person " + person, "Household " + number, "Temporary protection " + number);
                assertThat(driver.findElement(By.cssSelector("[id='audit-form:events'] .ui-paginator-current")).getText())
                        .matches("1-\\d+ of \\d+ events");
                browser.screenshot("keys-audit-household");
                keys.record("auditor: the audit trail filtered by the household, Enter searches");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("keys-audit");
                throw e;
            }
        }
    }

    private static String name() {
        Names head = Names.random();
        return head.givenLatin() + " " + head.familyLatin();
    }

    /** Keycloak's sign-in, typed: the user name, Tab, the password, Enter (not counted: every path starts signed in). */
    private static void signIn(Browser browser, String user) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        WebDriver driver = browser.driver();
        driver.switchTo().activeElement().sendKeys(user, Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keycloak.DEMO_PASSWORD, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        idle(browser);
    }

    /** Waits until the page's PrimeFaces requests are answered (reads, acts on nothing). */
    private static void idle(Browser browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** Waits until the inbox lists this family's tasks only. */
    private static void tasksOf(Browser browser, String number) {
        browser.waiting().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='inbox-form:tasks_data'] > tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(number));
        });
        idle(browser);
    }

    /** Whether each other structure of the camp board is in service, as its button says. */
    private static List<String> inService(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='board-form:others'] button")).stream().map(WebElement::getText).toList();
    }

    private static List<String> statuses(WebDriver driver) {
        return driver.findElements(By.cssSelector("td.rf-document-status [data-status]")).stream()
                .map(e -> e.getDomAttribute("data-status")).toList();
    }

    /** The supervisors' open escalation and breach tasks of the household. */
    private static long deadlineTasks(String number) {
        return java.util.stream.StreamSupport.stream(Api.json(Api.get("supervisor", "tasks?reference=" + number)).get("items").spliterator(), false)
                .filter(task -> "protection/deadlines".equals(task.path("formKey").asText())).count();
    }

    /**
     * A keyboard that counts, keys going to the element that has the focus. The data (what is recorded) and the extra
     * keystrokes (Tab, Enter, arrows, Space, Escape, access-key chords) are counted apart; the extra ones are the cost
     * of the screens. Reports go to the console and to target/keystrokes.txt, one section per title.
     */

}
