package org.refuge.protection.document;

import static org.refuge.protection.document.PdfText.mm;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A batch of identity cards as one PDF to print, in one of two layouts: one card per ID-1 page for a card printer
 * ({@link Layout#CARD}), or {@value #PER_SHEET} cards per A4 sheet, two columns of four with 8 mm between them and crop
 * marks outside every card's corners for the guillotine ({@link Layout#A4}).
 * <p>
 * The cards are placed exactly as {@link IdCardPdf} rendered them when they were produced (each document keeps its
 * card's PDF, and a single print hands out that same PDF): a batch never renders a card again from today's registry,
 * whose photo may have been retaken since, while the card's signed QR binds the portrait printed on it. Each card's
 * page is drawn at its offset as a form XObject, so its embedded fonts and photo come with it.
 */
public final class CardSheets {

    /** How the batch is laid out. */
    public enum Layout { CARD, A4 }

    static final int COLUMNS = 2;
    static final int ROWS = 4;
    public static final int PER_SHEET = COLUMNS * ROWS;

    // A4 layout in millimetres: the grid of cards centred on the sheet
    static final float SHEET_W = 210;
    static final float SHEET_H = 297;
    static final float GAP = 8;
    static final float MARK = 2.5f;
    static final float MARK_OFFSET = 1;
    static final float LEFT = (SHEET_W - COLUMNS * IdCardPdf.WIDTH_MM - (COLUMNS - 1) * GAP) / 2;
    static final float TOP = (SHEET_H - ROWS * IdCardPdf.HEIGHT_MM - (ROWS - 1) * GAP) / 2;

    private CardSheets() {
    }

    /** The number of pages a batch of {@code cards} takes in a layout. */
    public static int pages(int cards, Layout layout) {
        return layout == Layout.CARD ? cards : (cards + PER_SHEET - 1) / PER_SHEET;
    }

    /** The cards (each the one-page PDF of a produced card), in the given order, as one PDF in the layout. */
    public static byte[] compose(List<byte[]> cards, Layout layout) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no card to compose");
        }
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument batch = new PDDocument()) {
            LayerUtility layers = new LayerUtility(batch);
            PDPageContentStream sheet = null;
            try {
                for (int i = 0; i < cards.size(); i++) {
                    PDDocument source = Loader.loadPDF(cards.get(i));
                    sources.add(source);
                    PDFormXObject card = layers.importPageAsForm(source, 0);
                    if (layout == Layout.CARD) {
                        PDPage page = new PDPage(new PDRectangle(mm(IdCardPdf.WIDTH_MM), mm(IdCardPdf.HEIGHT_MM)));
                        batch.addPage(page);
                        try (PDPageContentStream content = new PDPageContentStream(batch, page)) {
                            content.drawForm(card);
                        }
                        continue;
                    }
                    int slot = i % PER_SHEET;
                    if (slot == 0) {
                        if (sheet != null) {
                            sheet.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        batch.addPage(page);
                        sheet = new PDPageContentStream(batch, page);
                    }
                    place(sheet, card, slot);
                }
            } finally {
                if (sheet != null) {
                    sheet.close();
                }
            }
            batch.getDocumentInformation().setTitle("Temporary protection cards: " + cards.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            batch.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compose the batch of cards", e);
        } finally {
            sources.forEach(CardSheets::closeQuietly);
        }
    }

    /** Draws a card in its slot of the sheet (row by row from the top left) and the crop marks at its corners. */
    private static void place(PDPageContentStream sheet, PDFormXObject card, int slot) throws IOException {
        float x = LEFT + (slot % COLUMNS) * (IdCardPdf.WIDTH_MM + GAP);
        float y = SHEET_H - TOP - (slot / COLUMNS + 1) * IdCardPdf.HEIGHT_MM - (slot / COLUMNS) * GAP;
        sheet.saveGraphicsState();
        sheet.transform(Matrix.getTranslateInstance(mm(x), mm(y)));
        sheet.drawForm(card);
        sheet.restoreGraphicsState();
        cropMarks(sheet, x, y, IdCardPdf.WIDTH_MM, IdCardPdf.HEIGHT_MM);
    }

    /** Hairlines on the lines of the card's edges, outside its corners: they never touch a card, so no cut shows them. */
    static void cropMarks(PDPageContentStream sheet, float x, float y, float width, float height) throws IOException {
        sheet.setStrokingColor(Color.BLACK);
        sheet.setLineWidth(0.25f);
        for (float cornerX : new float[] {x, x + width}) {
            for (float cornerY : new float[] {y, y + height}) {
                float outX = cornerX == x ? -1 : 1;
                float outY = cornerY == y ? -1 : 1;
                line(sheet, cornerX + outX * MARK_OFFSET, cornerY, cornerX + outX * (MARK_OFFSET + MARK), cornerY);
                line(sheet, cornerX, cornerY + outY * MARK_OFFSET, cornerX, cornerY + outY * (MARK_OFFSET + MARK));
            }
        }
        sheet.stroke();
    }

    private static void line(PDPageContentStream sheet, float x1, float y1, float x2, float y2) throws IOException {
        sheet.moveTo(mm(x1), mm(y1));
        sheet.lineTo(mm(x2), mm(y2));
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // a source read from memory: nothing to release that matters
        }
    }
}
