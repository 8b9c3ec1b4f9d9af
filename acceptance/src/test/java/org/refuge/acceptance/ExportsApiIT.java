package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * Report exports (issue 13, items 3 and 4): after a household of known composition, the population table by sex,
 * age group and citizenship and the stage table download as CSV (with a byte order mark), XLSX and PDF with exactly
 * the counts the JSON gives, labelled in the caller's language (Armenian headers in the PDF for
 * {@code Accept-Language: hy}); each file is one EXPORT event in the audit trail with its filters and rows; an
 * unknown format is a 400 in the caller's language; a role denied a report is denied its files.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void thePopulationTable_downloadsAsCsvXlsxAndPdf_withExactCounts_inTheCallersLanguage_andEachExportIsAudited() throws IOException {
        LocalDate day = familyOfFourOnADayOfItsOwn();
        String query = "reports/population?by=sex,ageGroup,citizenship&from=" + day + "&to=" + day;
        int auditedBefore = exportsOf("population", day).size();

        HttpResponse<byte[]> csv = file("supervisor", query + "&format=csv", null, "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"population-").endsWith(".csv\"");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "\uFEFFSex,Age group (UNHCR),Citizenship,Persons,Households",
                "Female,0-4,Stateless,1,1", "Female,18-59,Syria,1,1", "Male,5-11,Syria,1,1", "Male,60+,Syria,1,1",
                "Total,,,4,1");

        HttpResponse<byte[]> xlsx = file("caseworker", query, XLSX, "ru");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
        assertThat(rows(xlsx.body(), "Пол")).containsExactly(
                List.of("Пол", "Возрастная группа (УВКБ ООН)", "Гражданство", "Лица", "Домохозяйства"),
                List.of("Женский", "0-4", "Лицо без гражданства", 1L, 1L), List.of("Женский", "18-59", "Сирия", 1L, 1L),
                List.of("Мужской", "5-11", "Сирия", 1L, 1L), List.of("Мужской", "60+", "Сирия", 1L, 1L),
                List.of("Итого", "", "", 4L, 1L));

        HttpResponse<byte[]> pdf = file("supervisor", query + "&format=pdf", null, "hy");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("Գրանցված բնակչության վիճակագրություն").contains("Սեռ").contains("Տարիքային խումբ").contains("Քաղաքացիություն")
                .contains("Անձինք").contains("Ընտանիքներ");
        assertThat(text.lines().map(String::strip).toList()).contains("Իգական 0-4 Քաղաքացիություն չունեցող 1 1",
                "Իգական 18-59 Սիրիա 1 1", "Արական 5-11 Սիրիա 1 1", "Արական 60+ Սիրիա 1 1", "Ընդամենը 4 1");

        List<JsonNode> audited = exportsOf("population", day);
        assertThat(audited).hasSize(auditedBefore + 3);
        String filters = "by=sex,ageGroup,citizenship from=" + day + " to=" + day;
        assertThat(audited).extracting(e -> e.get("actor").asText() + " " + e.get("purpose").asText()).contains(
                "supervisor 4 rows as CSV; " + filters, "caseworker 4 rows as XLSX; " + filters, "supervisor 4 rows as PDF; " + filters);
        assertThat(audited).allSatisfy(e -> assertThat(e.get("recordType").asText()).isEqualTo("Report"));
    }

    @Test
    void theStageTable_downloadsWithTheCountsOfTheJson_andACampOfItsOwnIsExact() throws IOException {
        String camp = Api.newCamp(2, 10);
        String number = Api.screenedHousehold(2, 0, false);
        HttpResponse<String> allocated = Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(201);

        JsonNode figures = json(Api.get("supervisor", "reports/stages"));
        HttpResponse<byte[]> csv = file("supervisor", "reports/stages", "text/csv", "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"stages-");
        List<String> lines = List.of(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFBCP,Camp,Pre-registered,\"Registered, in screening\",\"Screened, waiting for a bed\","
                + "Allocated,In transit,In camp,At a private address,Left the camp,Voided,Households,Protected,Holding a card");
        assertThat(lines).contains("BCP-MARGARA," + camp + ",0,0,0,2,0,0,0,0,0,1,0,0");
        StringBuilder total = new StringBuilder("All sites,");
        long households = 0;
        for (JsonNode t : figures.get("totals")) {
            total.append(',').append(t.get("persons").asLong());
            households += t.get("households").asLong();
        }
        assertThat(lines.get(lines.size() - 1)).as("the total row, as the JSON's totals").startsWith(total + "," + households + ",");

        List<List<Object>> sheet = rows(file("supervisor", "reports/stages?format=xlsx", null, "en").body(), "BCP");
        assertThat(sheet).contains(List.of("BCP-MARGARA", camp, 0L, 0L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L));
        HttpResponse<byte[]> pdf = file("camp-manager", "reports/stages?format=pdf", null, "hy");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(text).as("camp staff: their camps only").contains("Տեղաբաշխված").doesNotContain(camp);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("a wide table on landscape pages")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void anUnknownFormatIsA400InTheCallersLanguage_andARoleDeniedAReportIsDeniedItsFiles() throws IOException {
        HttpResponse<byte[]> doc = file("supervisor", "reports/stages?format=doc", null, "en");
        assertThat(doc.statusCode()).isEqualTo(400);
        assertThat(new String(doc.body(), StandardCharsets.UTF_8)).contains("format").contains("csv, xlsx, pdf");
        HttpResponse<byte[]> armenian = file("supervisor", "reports/population?format=doc", null, "hy");
        assertThat(armenian.statusCode()).isEqualTo(400);
        assertThat(new String(armenian.body(), StandardCharsets.UTF_8)).contains("Հաշվետվությունը տրվում է");
        assertThat(file("supervisor", "reports/needs?format=json", null, "en").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> unhcr = file("caseworker", "reports/unhcr-population?roundTo=5&suppressUnder=3&format=xlsx", null, "en");
        assertThat(unhcr.statusCode()).isEqualTo(200);
        assertThat(rows(unhcr.body(), "Location").get(0)).startsWith("Location", "Accommodation", "Female 0-4");
        assertThat(Api.allItems("auditor", "audit-events?action=EXPORT&record=unhcr-population")).first()
                .satisfies(e -> assertThat(e.get("purpose").asText()).contains(" rows as XLSX; date=").endsWith(" roundTo=5 suppressUnder=3"));
        assertThat(file("camp-manager", "reports/unhcr-population?format=pdf", null, "en").statusCode()).isEqualTo(403);

        for (String format : List.of("csv", "xlsx", "pdf")) {
            for (String denied : List.of("registrar", "caseworker", "police", "auditor")) {
                assertThat(file(denied, "reports/stages?format=" + format, null, "en").statusCode()).as(denied + " " + format).isEqualTo(403);
            }
            for (String denied : List.of("camp-manager", "social-worker", "registrar")) {
                assertThat(file(denied, "reports/population?by=sex&format=" + format, null, "en").statusCode()).as(denied + " " + format)
                        .isEqualTo(403);
                assertThat(file(denied, "reports/arrivals?format=" + format, null, "en").statusCode()).as(denied + " " + format)
                        .isEqualTo(403);
            }
        }
        assertThat(file("police", "reports/needs", "text/csv", "en").statusCode()).isEqualTo(403);
    }

    @Test
    void theListsBehindTheFigures_downloadWithEveryRowOfTheJson_inTheReadersScopeAndLanguage_andAreAudited() throws IOException {
        String camp = Api.newCamp(2, 10);
        List<String> numbers = new ArrayList<>();
        for (int adults : new int[] {2, 1}) {
            String number = Api.screenedHousehold(adults, 0, false);
            numbers.add(number);
            assertThat(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + number + "\",\"campCode\":\"" + camp + "\"}")
                    .statusCode()).isEqualTo(201);
        }
        Names person = Names.random();
        String disabled = Api.preRegister("registrar", person.givenLatin() + " " + person.familyLatin(), 1, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + disabled + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + person.givenLatin() + "\",\"familyName\":\"" + person.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1990-02-03\","
                + "\"birthPrecision\":\"EXACT\",\"needs\":[\"DS-PM\"]}").statusCode()).isEqualTo(201);
        Api.screen(disabled);
        assertThat(Api.post("supervisor", "allocations", "{\"registryNumber\":\"" + disabled + "\",\"campCode\":\"" + camp + "\"}")
                .statusCode()).isEqualTo(201);
        numbers.add(disabled);

        String list = "reports/households?stage=ALLOCATED&camp=" + camp;
        JsonNode households = json(Api.get("supervisor", list + "&size=500"));
        assertThat(households.get("total").asLong()).isEqualTo(3);
        java.time.format.DateTimeFormatter minutes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);
        List<String> expected = new ArrayList<>(List.of("\uFEFFRegistry number,Head of household,BCP,Camp,Stage,Since (UTC),Persons"));
        households.get("items").forEach(h -> expected.add(h.get("registryNumber").asText() + "," + h.get("headName").asText() + ",BCP-MARGARA,"
                + camp + ",Allocated," + minutes.format(java.time.Instant.parse(h.get("since").asText())) + "," + h.get("persons").asLong()));
        HttpResponse<byte[]> csv = file("supervisor", list + "&format=csv", null, "en");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"households-");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n")).as("every row of the list, in the list's order")
                .containsExactlyElementsOf(expected);
        assertThat(expected).as("the three households").hasSize(4).anySatisfy(line -> assertThat(line).startsWith(numbers.get(0) + ","));

        String pdf = pdfText(file("camp-manager", list + "&format=pdf", null, "hy").body());
        assertThat(pdf).as("a camp manager's list is of their camps only").contains("Տեղաբաշխված").contains("Գրանցման համար")
                .doesNotContain(numbers.get(0));
        String supervisors = pdfText(file("supervisor", list + "&format=pdf", null, "hy").body());
        assertThat(supervisors).contains("Տեղաբաշխված", camp, numbers.get(0), numbers.get(1), numbers.get(2));

        List<List<Object>> sheet = rows(file("supervisor", "reports/persons?need=DS&camp=" + camp + "&format=xlsx", null, "ru").body(), "Имя");
        assertThat(sheet).containsExactly(List.of("Имя", "Регистрационный номер", "КПП", "Лагерь", "Этап"),
                List.of(person.givenLatin() + " " + person.familyLatin(), disabled, "BCP-MARGARA", camp, "Распределены"));

        List<String> audited = new ArrayList<>();
        for (JsonNode event : Api.allItems("auditor", "audit-events?action=EXPORT&record=households")) {
            audited.add(event.get("actor").asText() + " " + event.get("purpose").asText());
        }
        assertThat(audited).contains("supervisor 3 rows as CSV; stage=ALLOCATED camp=" + camp, "camp-manager 0 rows as PDF; stage=ALLOCATED camp=" + camp);
        assertThat(Api.allItems("auditor", "audit-events?action=EXPORT&record=persons"))
                .anySatisfy(e -> assertThat(e.get("purpose").asText()).isEqualTo("1 rows as XLSX; camp=" + camp + " need=DS"));

        assertThat(file("supervisor", "reports/persons?need=SV&format=csv", null, "en").statusCode()).as("not a reader of sensitive needs")
                .isEqualTo(403);
        assertThat(file("registrar", list + "&format=csv", null, "en").statusCode()).isEqualTo(403);
        assertThat(file("supervisor", list + "&format=doc", null, "en").statusCode()).isEqualTo(400);
    }

    /** The Khalil family of four ({@link Api#familyOfFour}) on a past day nothing else arrived on; that day. */
    private static LocalDate familyOfFourOnADayOfItsOwn() {
        LocalDate day = Api.pastDayOfItsOwn();
        Api.familyOfFour(day);
        return day;
    }

    /** A report file as {@code user}, with an Accept header (null: none) and the caller's language. */
    private static HttpResponse<byte[]> file(String user, String path, String accept, String language) {
        var request = Api.request(user, path).setHeader("Accept-Language", language).GET();
        if (accept != null) {
            request.setHeader("Accept", accept);
        }
        return Api.bytes(request);
    }

    /** The export events of a report whose purpose names the day, from the audit trail as the auditor reads it. */
    private static List<JsonNode> exportsOf(String report, LocalDate day) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode event : Api.allItems("auditor", "audit-events?action=EXPORT&record=" + report)) {
            if (event.get("purpose").asText().contains("from=" + day + " ")) {
                found.add(event);
            }
        }
        return found;
    }

    /** The rows of an XLSX's first sheet from its header row (the one whose first cell is {@code header}) on. */
    private static List<List<Object>> rows(byte[] xlsx, String header) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            boolean from = false;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                from |= first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(header);
                if (!from) {
                    continue;
                }
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell.getCellType() == CellType.NUMERIC ? (Object) (long) cell.getNumericCellValue() : cell.getStringCellValue());
                }
                rows.add(values);
            }
            return rows;
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
