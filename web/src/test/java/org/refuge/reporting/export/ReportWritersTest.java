package org.refuge.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.reporting.application.PopulationFigures;
import org.refuge.reporting.export.ReportTable.Cell;

/** The three writers over one table, read back with the tools a reader's software uses (POI, PDFBox). */
class ReportWritersTest {

    private static final Locale HY = Locale.forLanguageTag("hy");

    /** The population of one day by sex and citizenship, in Armenian, with the totals. */
    private static ReportTable population(Locale locale) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("sex", "F");
        f.put("citizenship", "STATELESS");
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sex", "M");
        m.put("citizenship", "SYR");
        LocalDate day = LocalDate.of(2026, 12, 6);
        return ReportTables.population(new PopulationFigures.Table(List.of("sex", "citizenship"), day, day,
                List.of(new PopulationFigures.Row(f, 1, 1), new PopulationFigures.Row(m, 3, 1)), 4, 1), new ReportLabels(locale, List.of()));
    }

    @Test
    void csv_startsWithTheByteOrderMark_andQuotesAsRfc4180Says() {
        ReportTable table = ReportTable.builder("t", Locale.ENGLISH, "T").textColumn("Camp, name").numberColumn("Persons")
                .row(Cell.text("Ararat \"North\""), Cell.number(12)).row(Cell.text("two\nlines"), Cell.number(0))
                .row(Cell.text("=1+2"), Cell.number(3)).total(List.of(Cell.text("Total"), Cell.number(15))).build();
        byte[] csv = ExportFormat.CSV.write(table);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"Camp, name\",Persons\r\n\"Ararat \"\"North\"\"\",12\r\n"
                + "\"two\nlines\",0\r\n'=1+2,3\r\nTotal,15\r\n");
    }

    @Test
    void csv_keepsArmenianLabels_andExactCounts() {
        String csv = new String(ExportFormat.CSV.write(population(HY)), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFՍեռ,Քաղաքացիություն,Անձինք,Ընտանիքներ",
                "Իգական,Քաղաքացիություն չունեցող,1,1", "Արական,SYR,3,1", "Ընդամենը,,4,1");
    }

    @Test
    void xlsx_hasTitleNotesABoldFrozenHeader_andNumbersAsNumbers() throws IOException {
        ReportTable table = population(Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.write(table)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Statistics of the registered population");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Households arrived from 2026-12-06 to 2026-12-06");
            int header = headerRow(sheet, "Sex");
            Row columns = sheet.getRow(header);
            assertThat(List.of(columns.getCell(0).getStringCellValue(), columns.getCell(1).getStringCellValue(),
                    columns.getCell(2).getStringCellValue(), columns.getCell(3).getStringCellValue()))
                    .containsExactly("Sex", "Citizenship", "Persons", "Households");
            assertThat(workbook.getFontAt(columns.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            Row stateless = sheet.getRow(header + 1);
            assertThat(stateless.getCell(1).getStringCellValue()).isEqualTo("Stateless");
            assertThat(stateless.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(stateless.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            Row total = sheet.getRow(header + 3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void pdf_embedsFontsThatPrintArmenianAndCyrillic_andTheNumbersReadBack() throws IOException {
        for (Locale locale : List.of(HY, Locale.forLanguageTag("ru"))) {
            try (PDDocument pdf = Loader.loadPDF(ExportFormat.PDF.write(population(locale)))) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(locale == HY ? "Գրանցված բնակչության վիճակագրություն" : "Статистика зарегистрированного населения")
                        .contains(locale == HY ? "Քաղաքացիություն չունեցող" : "Лицо без гражданства")
                        .contains(locale == HY ? "Էջ 1՝ 1-ից" : "Страница 1 из 1");
                assertThat(text.lines().filter(l -> l.matches(".*\\b4 1$")).count()).as("the total row: 4 persons, 1 household").isEqualTo(1);
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("portrait: four columns fit").isLessThan(pdf.getPage(0).getMediaBox().getHeight());
                pdf.getPage(0).getResources().getFontNames().forEach(name -> {
                    try {
                        assertThat(pdf.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
    }

    @Test
    void pdf_turnsAWideTableToLandscape_andRepeatsTheHeaderOnEveryPage() throws IOException {
        ReportTable.Builder wide = ReportTable.builder("wide", Locale.ENGLISH, "Wide").note("A note.");
        for (int c = 0; c < 14; c++) {
            wide.numberColumn("Column number " + c);
        }
        for (int r = 0; r < 120; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < 14; c++) {
                row.add(Cell.number(r * 100L + c));
            }
            wide.row(row);
        }
        try (PDDocument pdf = Loader.loadPDF(ExportFormat.PDF.write(wide.build()))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).as("page " + page).contains("Column").contains("Page " + page + " of " + pdf.getNumberOfPages());
            }
            assertThat(new PDFTextStripper().getText(pdf)).contains("11913");
        }
    }

    @Test
    void theUnhcrTable_labelsItsColumns_statesItsDisclosureControl_andShowsASuppressedCellAsADash() throws IOException {
        List<String> columns = List.of("F/0-4", "F/TOTAL", "M/0-4", "M/TOTAL", "X/TOTAL");
        org.refuge.reporting.domain.CrossTable cross = new org.refuge.reporting.domain.CrossTable.Builder(List.of("location", "accommodation"), columns)
                .add(List.of("CAMP-ARARAT-1", "CAMP"), List.of("F/0-4", "F/TOTAL"), 12)
                .add(List.of("BCP-MARGARA", "OTHER"), List.of("M/0-4", "M/TOTAL"), 2)
                .build(org.refuge.reporting.domain.Disclosure.of(5, 3));
        ReportTable table = ReadyTables.unhcrPopulation(new org.refuge.reporting.application.UnhcrPopulationTable.Table(
                LocalDate.of(2026, 12, 6), cross), new ReportLabels(Locale.ENGLISH, List.of()));
        assertThat(table.notes()).contains("Counts rounded to a multiple of 5; cells above zero and under 3 are suppressed (shown as –).");
        assertThat(table.filters()).containsEntry("date", "2026-12-06").containsEntry("roundTo", "5").containsEntry("suppressUnder", "3");
        assertThat(new String(ExportFormat.CSV.write(table), StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFFLocation,Accommodation,Female 0-4,\"Female, total\",Male 0-4,\"Male, total\",Other sex,Total",
                "CAMP-ARARAT-1,Camp,10,10,0,0,0,10",
                "BCP-MARGARA,\"Other (at the BCP, on the way, left a camp)\",0,0,–,–,0,–",
                "Total,,10,10,–,–,0,15");
    }

    @Test
    void anUnknownFormat_isRefusedWithTheFormatsThereAre() {
        assertThat(ExportFormat.named(" XLSX ")).isEqualTo(ExportFormat.XLSX);
        assertThatThrownBy(() -> ExportFormat.named("doc")).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).messageKey()).isEqualTo("refuge.report.format"));
    }

    @Test
    void aRowOfTheWrongWidth_isAMistake() {
        assertThatThrownBy(() -> ReportTable.builder("t", Locale.ENGLISH, "T").textColumn("A").row(Cell.text("a"), Cell.number(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int headerRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING && row.getCell(0).getStringCellValue().equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }
}
