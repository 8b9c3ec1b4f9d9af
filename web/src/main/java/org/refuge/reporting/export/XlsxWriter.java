package org.refuge.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refuge.reporting.export.ReportTable.Cell;

/**
 * A report as an Excel workbook of one sheet: the title (bold) and the notes on top, then the header row (bold,
 * frozen, so it stays in view while the reader scrolls), the rows and the total row (bold). Numbers are numeric
 * cells, so the reader can sum and chart them. Column widths follow the longest text of each column; no fonts are
 * measured (the server has no display).
 */
final class XlsxWriter {

    /** The widest a column gets, in characters. */
    private static final int MAX_WIDTH = 60;

    /** The rows a streamed workbook keeps in memory; the older ones are on disk until it is written. */
    private static final int STREAMED_ROWS = 200;

    private XlsxWriter() {
    }

    static byte[] write(ReportTable table) {
        // streamed: only the last rows are held in memory, so a list of 50,000 households is written like a table of ten
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMED_ROWS); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Styles styles = new Styles(workbook);
            int r = 0;
            text(sheet.createRow(r++), 0, table.title(), styles.title);
            for (String note : table.notes()) {
                text(sheet.createRow(r++), 0, note, null);
            }
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.columns().size(); c++) {
                text(header, c, table.columns().get(c).header(), table.columns().get(c).numeric() ? styles.numericHeader : styles.header);
            }
            for (List<Cell> row : table.rows()) {
                cells(sheet.createRow(r++), row, null);
            }
            if (table.total() != null) {
                cells(sheet.createRow(r), table.total(), styles.bold);
            }
            sheet.createFreezePane(0, headerRow + 1);
            widths(sheet, table);
            if (table.columns().size() > PdfWriter.PORTRAIT_COLUMNS) {
                sheet.getPrintSetup().setLandscape(true);
            }
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
            workbook.write(out);
            workbook.dispose();   // its temporary file
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(Row row, List<Cell> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (cell.isNumber()) {
                org.apache.poi.ss.usermodel.Cell number = row.createCell(c);
                number.setCellValue(cell.number());
                if (style != null) {
                    number.setCellStyle(style);
                }
            } else {
                text(row, c, cell.text(), style);
            }
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Each column as wide as its longest header word or cell, within {@link #MAX_WIDTH} characters. */
    private static void widths(Sheet sheet, ReportTable table) {
        for (int c = 0; c < table.columns().size(); c++) {
            int width = table.columns().get(c).header().length();
            for (List<Cell> row : table.rows()) {
                width = Math.max(width, row.get(c).shown().length());
            }
            if (table.total() != null) {
                width = Math.max(width, table.total().get(c).shown().length());
            }
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, width + 2) * 256);
        }
    }

    /** The workbook's cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle numericHeader;
        final CellStyle bold;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            numericHeader = workbook.createCellStyle();
            numericHeader.cloneStyleFrom(header);
            numericHeader.setAlignment(HorizontalAlignment.RIGHT);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
        }
    }
}
