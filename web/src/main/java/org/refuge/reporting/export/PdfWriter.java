package org.refuge.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.refuge.platform.web.Messages;
import org.refuge.protection.document.DocumentFonts;
import org.refuge.reporting.export.ReportTable.Cell;

/**
 * A report as a PDF: A4, turned to landscape when the table is too wide for portrait, the title and notes on top of
 * the first page, the header row repeated on every page, the total row in bold and "page n of m" at the foot. Text
 * is drawn in DejaVu Sans (with the fallbacks of {@link DocumentFonts}), embedded as subsets, so Armenian and
 * Cyrillic print and read back as text on any machine. A table still too wide for landscape is drawn smaller.
 */
final class PdfWriter {

    /** Up to this many columns a table usually fits a portrait page (XLSX prints wider ones in landscape too). */
    static final int PORTRAIT_COLUMNS = 7;

    private static final float MARGIN = 36;
    private static final float SIZE = 9;
    private static final float SMALLEST = 5;
    private static final float TITLE = 14;
    private static final float PAD = 3;
    private static final float FOOTER = 20;
    /** The widest a header makes its column before it wraps, in points at {@link #SIZE}. */
    private static final float HEADER_WRAP = 90;

    private static volatile DocumentFonts fonts;

    private PdfWriter() {
    }

    private static DocumentFonts fonts() {
        if (fonts == null) {
            fonts = DocumentFonts.fromEnvironment();
        }
        return fonts;
    }

    static byte[] write(ReportTable table) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             DocumentFonts.Loaded loaded = fonts().load(document)) {
            document.getDocumentInformation().setTitle(table.title());
            document.getDocumentCatalog().setLanguage(table.locale().toLanguageTag());
            new Pages(document, new PdfPen(loaded), table).draw();
            footers(document, new PdfPen(loaded), table);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "page n of m" at the foot of every page, once the number of pages is known. */
    private static void footers(PDDocument document, PdfPen pen, ReportTable table) throws IOException {
        String pattern = ResourceBundle.getBundle(Messages.BUNDLE, table.locale()).getString("report.page");
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            String text = new MessageFormat(pattern, table.locale()).format(new Object[] {i + 1, count});
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float width = pen.width(false, 8, text);
                pen.draw(stream, false, 8, (page.getMediaBox().getWidth() - width) / 2, MARGIN / 2, text);
            }
        }
    }

    /** The table laid out on as many pages as it takes. */
    private static final class Pages {
        private final PDDocument document;
        private final PdfPen pen;
        private final ReportTable table;
        private final PDRectangle format;
        private final float size;
        private final float leading;
        private final float[] widths;
        private final List<List<String>> headerLines = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument document, PdfPen pen, ReportTable table) {
            this.document = document;
            this.pen = pen;
            this.table = table;
            float[] natural = natural();
            float sum = 0;
            for (float w : natural) {
                sum += w;
            }
            float portrait = PDRectangle.A4.getWidth() - 2 * MARGIN;
            boolean wide = sum > portrait;
            this.format = wide ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
            float usable = format.getWidth() - 2 * MARGIN;
            float scale = sum > usable ? Math.max(SMALLEST / SIZE, usable / sum) : 1;
            this.size = SIZE * scale;
            this.leading = size * 1.25f;
            this.widths = new float[natural.length];
            for (int c = 0; c < natural.length; c++) {
                widths[c] = natural[c] * scale;
                headerLines.add(pen.wrap(true, size, table.columns().get(c).header(), widths[c] - 2 * PAD * scale));
            }
        }

        /** Each column's width at {@link #SIZE}: its widest cell, its longest header word, its header up to a wrap. */
        private float[] natural() {
            float[] natural = new float[table.columns().size()];
            for (int c = 0; c < natural.length; c++) {
                String header = table.columns().get(c).header();
                float w = Math.min(pen.width(true, SIZE, header), HEADER_WRAP);
                for (String word : header.split("\\s+")) {
                    w = Math.max(w, pen.width(true, SIZE, word));
                }
                for (List<Cell> row : table.rows()) {
                    w = Math.max(w, pen.width(false, SIZE, row.get(c).shown()));
                }
                if (table.total() != null) {
                    w = Math.max(w, pen.width(true, SIZE, table.total().get(c).shown()));
                }
                natural[c] = w + 2 * PAD;
            }
            return natural;
        }

        void draw() throws IOException {
            newPage(true);
            for (List<Cell> row : table.rows()) {
                room(leading + 2 * PAD);
                row(row, false);
            }
            if (table.total() != null) {
                room(leading + 2 * PAD);
                rule(0.8f, 0f);
                row(table.total(), true);
            }
            stream.close();
        }

        private void newPage(boolean first) throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(format);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = format.getHeight() - MARGIN;
            float usable = format.getWidth() - 2 * MARGIN;
            if (first) {
                for (String line : pen.wrap(true, TITLE, table.title(), usable)) {
                    y -= TITLE * 1.2f;
                    pen.draw(stream, true, TITLE, MARGIN, y, line);
                }
                y -= 4;
                for (String note : table.notes()) {
                    for (String line : pen.wrap(false, SIZE, note, usable)) {
                        y -= SIZE * 1.3f;
                        pen.draw(stream, false, SIZE, MARGIN, y, line);
                    }
                }
                y -= 8;
            } else {
                y -= SIZE * 1.3f;
                pen.draw(stream, false, SIZE, MARGIN, y, table.title());
                y -= 6;
            }
            header();
        }

        /** A new page when fewer than {@code height} points are left above the footer. */
        private void room(float height) throws IOException {
            if (y - height < MARGIN + FOOTER) {
                newPage(false);
            }
        }

        private void header() throws IOException {
            int lines = headerLines.stream().mapToInt(List::size).max().orElse(1);
            float height = lines * leading + 2 * PAD;
            stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            stream.addRect(MARGIN, y - height, total(), height);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                float lineY = y - PAD - size;
                for (String line : headerLines.get(c)) {
                    cellText(line, true, table.columns().get(c).numeric(), x, lineY, widths[c]);
                    lineY -= leading;
                }
                x += widths[c];
            }
            y -= height;
            rule(0.8f, 0f);
        }

        private void row(List<Cell> cells, boolean bold) throws IOException {
            float x = MARGIN;
            float baseline = y - PAD - size;
            for (int c = 0; c < cells.size(); c++) {
                cellText(cells.get(c).shown(), bold, cells.get(c).isNumber() || table.columns().get(c).numeric(), x, baseline, widths[c]);
                x += widths[c];
            }
            y -= leading + 2 * PAD;
            rule(0.3f, 0.75f);
        }

        private void cellText(String text, boolean bold, boolean right, float x, float baseline, float width) throws IOException {
            float inset = PAD * size / SIZE;
            float left = right ? x + width - inset - pen.width(bold, size, text) : x + inset;
            pen.draw(stream, bold, size, left, baseline, text);
        }

        private void rule(float lineWidth, float grey) throws IOException {
            stream.setStrokingColor(grey, grey, grey);
            stream.setLineWidth(lineWidth);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + total(), y);
            stream.stroke();
            stream.setStrokingColor(0f, 0f, 0f);
        }

        private float total() {
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            return sum;
        }
    }
}
