package org.refuge.protection.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Transliterator;

/**
 * Drawing helpers shared by the card, the photo sheet and the registration slip (assistance). PDFBox draws glyphs in the order it is given and does not
 * join Arabic letters, so right-to-left text is shaped into presentation forms and put in visual order first. Each
 * run of text is drawn with the font that has its glyphs ({@link DocumentFonts.Face#runs}); text that no font
 * covers is printed in Latin letters instead ({@link #latin}), so a name in any script never stops a document.
 */
public final class PdfText {

    private PdfText() {
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    /**
     * Text in the order glyphs are drawn: unchanged for left-to-right scripts; Arabic joined and reordered. Control
     * characters become spaces and directional marks are dropped: they have no glyph.
     */
    static String visual(String logical) {
        String text = logical.replaceAll("\\p{Cc}", " ");
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
        }
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException e) {
            shaped = text; // only thrown for fixed-length options, which are not used
        }
        return new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /**
     * What is drawn for {@code text} with {@code face}: the text itself when the fonts cover it, else its Latin
     * transliteration (ICU Any-Latin, then ASCII), in which a character still without a glyph becomes "?".
     */
    static String printable(DocumentFonts.Face face, String text) {
        String visual = visual(text);
        if (face.covers(visual)) {
            return visual;
        }
        StringBuilder latin = new StringBuilder();
        latin(text).codePoints().forEach(cp -> latin.appendCodePoint(face.covers(Character.toString(cp)) ? cp : '?'));
        return latin.toString();
    }

    /** {@code text} in Latin letters: ICU's transliteration of any script, reduced to ASCII where it can be. */
    static String latin(String text) {
        return Transliterator.getInstance("Any-Latin; Latin-ASCII").transliterate(text.replaceAll("\\p{Cc}", " "));
    }

    /** Whether {@code text} prints as it is, without falling back to Latin. */
    public static boolean covered(DocumentFonts.Face face, String text) {
        return face.covers(visual(text));
    }

    public static float width(DocumentFonts.Face face, float size, String text) {
        return drawnWidth(runs(face, printable(face, text)), size);
    }

    private static List<DocumentFonts.Run> runs(DocumentFonts.Face face, String drawn) {
        return face.runs(drawn).orElseThrow(() -> new IllegalStateException("no glyph for a character left in printable text"));
    }

    private static float drawnWidth(List<DocumentFonts.Run> runs, float size) {
        float width = 0;
        try {
            for (DocumentFonts.Run run : runs) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** The size, at most {@code size}, at which {@code text} fits in {@code maxWidth}. */
    static float fitting(DocumentFonts.Face face, float size, String text, float maxWidth) {
        float width = width(face, size, text);
        return width <= maxWidth ? size : size * maxWidth / width;
    }

    /** Draws {@code text} from (x, y), shrunk to fit {@code maxWidth}. */
    public static void draw(PDPageContentStream page, DocumentFonts.Face face, float size, float x, float y, String text, float maxWidth) throws IOException {
        List<DocumentFonts.Run> runs = runs(face, printable(face, text));
        float width = drawnWidth(runs, size);
        float fitted = width <= maxWidth ? size : size * maxWidth / width;
        page.beginText();
        page.newLineAtOffset(x, y);
        for (DocumentFonts.Run run : runs) {
            page.setFont(run.font(), fitted);
            page.showText(run.text());
        }
        page.endText();
    }

    /** Draws {@code text} centred on {@code centreX}, shrunk to fit {@code maxWidth}. */
    public static void drawCentred(PDPageContentStream page, DocumentFonts.Face face, float size, float centreX, float y, String text, float maxWidth) throws IOException {
        float fitted = fitting(face, size, text, maxWidth);
        draw(page, face, fitted, centreX - width(face, fitted, text) / 2, y, text, maxWidth);
    }

    /** Draws the image to cover the box, cropping what overflows around the centre (a 3:4 portrait fills a 3:4 box). */
    public static void drawCovering(PDPageContentStream page, PDImageXObject image, float x, float y, float width, float height) throws IOException {
        float scale = Math.max(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        page.saveGraphicsState();
        page.addRect(x, y, width, height);
        page.clip();
        page.drawImage(image, x + (width - w) / 2, y + (height - h) / 2, w, h);
        page.restoreGraphicsState();
    }
}
