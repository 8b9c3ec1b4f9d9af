package org.refuge.reporting.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.refuge.reporting.export.ReportTable.Cell;

/**
 * A report as CSV (RFC 4180): UTF-8 with a byte order mark, so that Excel opens Armenian, Cyrillic and Arabic as
 * they are; CRLF line ends; a field quoted when it holds a comma, a quote or a line break, its quotes doubled. The
 * header line comes first and every line has the same fields, so tools read it without help; the title and notes
 * are in the XLSX and PDF files. A text that a spreadsheet would take for a formula (=, +, -, @ first) is prefixed
 * with an apostrophe, so that no name typed into Refuge runs as a formula on the reader's machine.
 */
final class CsvWriter {

    static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    static byte[] write(ReportTable table) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, table.columns().stream().map(c -> field(c.header())).toList());
        for (List<Cell> row : table.rows()) {
            line(out, row.stream().map(CsvWriter::field).toList());
        }
        if (table.total() != null) {
            line(out, table.total().stream().map(CsvWriter::field).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(",", fields)).append("\r\n");
    }

    private static String field(Cell cell) {
        return cell.isNumber() ? cell.shown() : field(defused(cell.text()));
    }

    /** A field as RFC 4180 writes it: quoted when it has to be. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A text that would start a formula, with an apostrophe before it. */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
