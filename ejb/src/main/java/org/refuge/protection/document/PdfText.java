package org.refuge.protection.document;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Drawing helpers shared by the card and the photo sheet. PDFBox draws glyphs in the order it is given and does not
 * join Arabic letters, so right-to-left text is shaped into presentation forms and put in visual order first.
 */
final class PdfText {

    private PdfText() {
    }

    static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    /** Text in the order glyphs are drawn: unchanged for left-to-right scripts; Arabic joined and reordered. */
    static String visual(String logical) {
        char[] chars = logical.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return logical;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical; // only thrown for fixed-length options, which are not used
        }
        return new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING);
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(visual(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size, at most {@code size}, at which {@code text} fits in {@code maxWidth}. */
    static float fitting(PDFont font, float size, String text, float maxWidth) {
        float width = width(font, size, text);
        return width <= maxWidth ? size : size * maxWidth / width;
    }

    /** Draws {@code text} from (x, y), shrunk to fit {@code maxWidth}. */
    static void draw(PDPageContentStream page, PDFont font, float size, float x, float y, String text, float maxWidth) throws IOException {
        page.beginText();
        page.setFont(font, fitting(font, size, text, maxWidth));
        page.newLineAtOffset(x, y);
        page.showText(visual(text));
        page.endText();
    }

    /** Draws {@code text} centred on {@code centreX}, shrunk to fit {@code maxWidth}. */
    static void drawCentred(PDPageContentStream page, PDFont font, float size, float centreX, float y, String text, float maxWidth) throws IOException {
        float fitted = fitting(font, size, text, maxWidth);
        draw(page, font, fitted, centreX - width(font, fitted, text) / 2, y, text, maxWidth);
    }

    /** Draws the image to cover the box, cropping what overflows around the centre (a 3:4 portrait fills a 3:4 box). */
    static void drawCovering(PDPageContentStream page, PDImageXObject image, float x, float y, float width, float height) throws IOException {
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
