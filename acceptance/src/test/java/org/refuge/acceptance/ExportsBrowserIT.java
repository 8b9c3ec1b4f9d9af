package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard's download buttons (issue 13, item 3) in headless Chromium: the supervisor, reading in Armenian,
 * clicks XLSX above the stage table and gets a workbook whose Armenian header and total row are the page's, then
 * PDF above the needs table; both downloads are in the audit trail as the supervisor's exports. The list behind a
 * camp's allocated figure downloads as CSV with its one household, and that export is audited too.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static String url(String path) {
        return System.getProperty("refuge.test.base-url", "http://localhost:8280/") + path;
    }

    @Test
    void supervisor_downloadsTheStageTableAsXlsx_andTheNeedsAsPdf_fromTheDashboard() throws IOException {
        Api.preRegister("registrar", "Anahit Sargsyan", 1, 1, 0, 0);
        int stagesBefore = exports("stages").size();
        int needsBefore = exports("needs").size();
        try (Browser browser = new Browser("hy")) {
            try {
                browser.open(url("reporting/dashboard.xhtml"));
                browser.signIn("supervisor");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));
                List<Long> totals = new ArrayList<>();
                for (String stage : List.of("PRE_REGISTERED", "REGISTERED", "WAITING_FOR_BED", "ALLOCATED", "IN_TRANSIT", "IN_CAMP",
                        "PRIVATE_ADDRESS", "LEFT", "VOIDED")) {
                    String text = browser.driver().findElement(By.cssSelector("[data-total='" + stage + "'] strong")).getText();
                    totals.add(Long.parseLong(text.replaceAll("[^0-9]", "")));
                }
                browser.screenshot("dashboard-downloads");

                var before = browser.downloaded();
                browser.driver().findElement(By.id("stages-downloads:xlsx")).click();
                byte[] xlsx = browser.download(".xlsx", before);
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                    List<Row> rows = new ArrayList<>();
                    workbook.getSheetAt(0).forEach(rows::add);
                    Row header = rows.stream().filter(r -> text(r.getCell(0)).equals("Սահմանային անցման կետ")).findFirst().orElseThrow();
                    assertThat(text(header.getCell(2))).isEqualTo("Նախնական գրանցված");
                    Row total = rows.get(rows.size() - 1);
                    List<Long> exported = new ArrayList<>();
                    for (int c = 2; c < 11; c++) {
                        assertThat(total.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                        exported.add((long) total.getCell(c).getNumericCellValue());
                    }
                    assertThat(exported).as("the total row of the workbook, as the page shows it").isEqualTo(totals);
                }

                before = browser.downloaded();
                browser.driver().findElement(By.id("needs-downloads:pdf")).click();
                try (PDDocument pdf = Loader.loadPDF(browser.download(".pdf", before))) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains("Հատուկ կարիքներ ունեցող անձինք").contains("Էջ 1");
                }
                assertThat(browser.driver().findElement(By.id("stages")).isDisplayed()).as("the page stays").isTrue();
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("dashboard-downloads");
                throw e;
            }
        }
        assertThat(exports("stages")).hasSize(stagesBefore + 1).first()
                .satisfies(e -> assertThat(e.get("actor").asText() + " " + e.get("purpose").asText()).startsWith("supervisor ").endsWith(" rows as XLSX"));
        assertThat(exports("needs")).hasSize(needsBefore + 1).first()
                .satisfies(e -> assertThat(e.get("purpose").asText()).contains(" rows as PDF"));
    }

    @Test
    void supervisor_downloadsTheListBehindAFigure_asCsv_withEveryHouseholdOfIt() throws IOException {
        String camp = Api.newCamp(2, 10);
        String number = Api.screenedHousehold(2, 1, false);
        HttpResponse<String> allocated = Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);
        try (Browser browser = new Browser("en")) {
            try {
                browser.open(url("reporting/dashboard.xhtml"));
                browser.signIn("supervisor");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stages")));
                browser.open(url("reporting/households.xhtml?stage=ALLOCATED&camp=" + camp));
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list-downloads:csv")));
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(camp).endsWith("(1)");
                browser.screenshot("report-list-downloads");
                var before = browser.downloaded();
                browser.driver().findElement(By.id("list-downloads:csv")).click();
                List<String> lines = List.of(new String(browser.download(".csv", before), StandardCharsets.UTF_8).split("\r\n"));
                assertThat(lines).hasSize(2);
                assertThat(lines.get(0)).isEqualTo("\uFEFFRegistry number,Head of household,BCP,Camp,Stage,Since (UTC),Persons");
                assertThat(lines.get(1)).startsWith(number + ",").contains(",BCP-MARGARA," + camp + ",Allocated,").endsWith(",3");
            } catch (RuntimeException | AssertionError e) {
                browser.evidence("report-list-downloads");
                throw e;
            }
        }
        assertThat(exports("households")).first().satisfies(e -> assertThat(e.get("actor").asText() + " " + e.get("purpose").asText())
                .isEqualTo("supervisor 1 rows as CSV; stage=ALLOCATED camp=" + camp));
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** The export events of a report, newest first. */
    private static List<JsonNode> exports(String report) {
        return Api.allItems("auditor", "audit-events?action=EXPORT&record=" + report);
    }
}
