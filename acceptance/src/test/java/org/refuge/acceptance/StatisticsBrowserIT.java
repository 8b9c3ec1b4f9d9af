package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The statistics screen (issue 13, item 2) in headless Chromium as the demo supervisor: the breakdown by sex × age
 * group × citizenship, the UNHCR population table of today and Eurostat's tables of this month (a woman protected
 * just before is in them), each total equal to what the API counts at the same moment; with disclosure control the page
 * says so; the UNHCR table downloaded as XLSX and Eurostat's persons benefiting as PDF hold the same figures, and both
 * downloads are in the audit trail. A registrar is not let in.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Yerevan"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void supervisor_countsBySexAgeAndCitizenship_andSeesTheUnhcrAndEurostatTables_andDownloadsThem() throws IOException {
        int unhcrExports = exports("unhcr-population").size();
        int eurostatExports = exports("eurostat-tp-benefiting").size();
        String number = Api.preRegister("registrar", "Anahit Sargsyan", 1, 0, 0, 0);
        Api.member(number, "HEAD", "Anahit", "Sargsyan", "F", "1987-04-12");
        Api.screen(number);
        String decree = Api.decree("TP-STATISTICS " + java.util.UUID.randomUUID().toString().substring(0, 8));
        assertThat(Api.post("caseworker", "protection/households/" + number + "/grant", "{\"decreeId\":\"" + decree + "\"}").statusCode())
                .isEqualTo(200);
        try (Browser browser = new Browser()) {
            try {
                browser.open(url("reporting/statistics.xhtml"));
                browser.signIn("supervisor");
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("tabs:breakdown-form:count"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("breakdown")));
                JsonNode population = json(Api.get("supervisor", "reports/population?by=sex,ageGroup,citizenship"));
                assertThat(number(browser, "breakdown-persons")).isEqualTo(population.get("persons").asLong());
                assertThat(browser.driver().findElements(By.cssSelector("#breakdown tbody tr"))).hasSize(population.get("rows").size());
                assertThat(browser.driver().findElement(By.id("breakdown")).getText()).contains("Female").contains("18-59").contains("Syria");
                browser.screenshot("statistics-breakdown");

                browser.driver().findElement(By.cssSelector("a[href='#tabs:unhcr-tab']")).click();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("tabs:unhcr-form:show"))).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unhcr")));
                long unhcrTotal = json(Api.get("supervisor", "reports/unhcr-population")).get("table").get("total").get("total").asLong();
                assertThat(number(browser, By.cssSelector("#unhcr tfoot [data-column='TOTAL']"))).isEqualTo(unhcrTotal);
                assertThat(browser.driver().findElement(By.id("unhcr")).getText()).contains("BCP-MARGARA").contains("Female, total");
                browser.screenshot("statistics-unhcr");
                var before = browser.downloaded();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("tabs:unhcr-population-downloads:xlsx"))).click();
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(browser.download(".xlsx", before)))) {
                    Sheet sheet = workbook.getSheetAt(0);
                    Row total = sheet.getRow(sheet.getLastRowNum());
                    Cell last = total.getCell(total.getLastCellNum() - 1);
                    assertThat(last.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat((long) last.getNumericCellValue()).as("the workbook's total, as the page shows it").isEqualTo(unhcrTotal);
                }

                browser.driver().findElement(By.cssSelector("a[href='#tabs:eurostat-tab']")).click();
                browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='tabs:eurostat-form:controlled'] .ui-chkbox-box")))
                        .click();
                browser.driver().findElement(By.id("tabs:eurostat-form:show")).click();
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("benefiting")));
                JsonNode eurostat = json(Api.get("supervisor", "reports/eurostat-tp?month=" + YearMonth.from(TODAY) + "&roundTo=5&suppressUnder=5"));
                JsonNode benefiting = eurostat.get("benefiting").get("total");
                String shown = browser.driver().findElement(By.cssSelector("#benefiting tfoot [data-column='TOTAL']")).getText();
                assertThat(shown).isEqualTo(benefiting.hasNonNull("total") ? String.valueOf(benefiting.get("total").asLong()) : "–");
                assertThat(browser.driver().findElements(By.cssSelector("[id='tabs:eurostat-form'] .rf-disclosure")))
                        .as("each of the four tables states its control").hasSize(4);
                assertThat(browser.driver().findElement(By.id("granted")).getText()).contains("<14").contains("65+").contains("Syria");
                browser.screenshot("statistics-eurostat");
                before = browser.downloaded();
                browser.driver().findElement(By.id("tabs:eurostat-benefiting-downloads:pdf")).click();
                try (PDDocument pdf = Loader.loadPDF(browser.download(".pdf", before))) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("Persons benefiting from temporary protection on " + TODAY)
                            .contains("Syria").contains("Counts rounded to a multiple of 5");
                }
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("statistics");
                throw e;
            }
        }
        assertThat(exports("unhcr-population")).as("each download is in the audit trail").hasSize(unhcrExports + 1);
        assertThat(exports("eurostat-tp-benefiting")).hasSize(eurostatExports + 1).first()
                .satisfies(e -> assertThat(e.get("actor").asText()).isEqualTo("supervisor"));
    }

    @Test
    void registrar_isNotLetIn() {
        try (Browser browser = new Browser()) {
            browser.open(url("index.xhtml"));
            browser.signIn("registrar");
            assertThat(browser.driver().findElements(By.cssSelector("a[href*='reporting/statistics']"))).as("no menu entry").isEmpty();
            browser.open(url("reporting/statistics.xhtml"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-text")));
            assertThat(browser.driver().findElements(By.id("tabs"))).isEmpty();
        }
    }

    /** The exports of a report in the audit trail, newest first. */
    private static List<JsonNode> exports(String report) {
        return Api.allItems("auditor", "audit-events?action=EXPORT&record=" + report);
    }

    private static long number(Browser browser, String id) {
        return number(browser, By.id(id));
    }

    private static long number(Browser browser, By by) {
        return Long.parseLong(browser.driver().findElement(by).getText().replaceAll("[^0-9]", ""));
    }
}
