package org.refuge.reporting.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.refuge.protection.document.DocumentFonts;

/**
 * Measures, wraps and draws text in the fonts of one PDF, each run in the font that has its glyphs. A character no
 * font has (not expected in labels, but a camp's name is typed by people) is drawn as "?" rather than stopping the
 * file. Control characters become spaces.
 */
final class PdfPen {

    private final DocumentFonts.Loaded fonts;

    PdfPen(DocumentFonts.Loaded fonts) {
        this.fonts = fonts;
    }

    float width(boolean bold, float size, String text) {
        float width = 0;
        try {
            for (DocumentFonts.Run run : runs(bold, text)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    void draw(PDPageContentStream stream, boolean bold, float size, float x, float y, String text) throws IOException {
        if (text.isBlank()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x, y);
        for (DocumentFonts.Run run : runs(bold, text)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** {@code text} cut into lines of at most {@code width} points at word boundaries (a longer word gets a line of its own). */
    List<String> wrap(boolean bold, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(bold, size, candidate) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private List<DocumentFonts.Run> runs(boolean bold, String text) {
        DocumentFonts.Face face = bold ? fonts.bold() : fonts.regular();
        String clean = text.replaceAll("\\p{Cc}", " ");
        return face.runs(clean).orElseGet(() -> {
            StringBuilder covered = new StringBuilder();
            clean.codePoints().forEach(cp -> covered.appendCodePoint(face.covers(Character.toString(cp)) ? cp : '?'));
            return face.runs(covered.toString()).orElseThrow();
        });
    }
}
