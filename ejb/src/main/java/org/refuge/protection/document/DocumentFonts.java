package org.refuge.protection.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts printed documents use: DejaVu Sans and DejaVu Sans Bold, which cover Latin, Armenian, Cyrillic and
 * Arabic (with its presentation forms). They are embedded as subsets in every PDF, so a card prints the same on any
 * printer. The directory is the system property {@code refuge.font.dir}, else the environment variable
 * {@code REFUGE_FONT_DIR}, else Debian's {@code /usr/share/fonts/truetype/dejavu} (package fonts-dejavu-core).
 */
public final class DocumentFonts {

    public static final String DEFAULT_DIR = "/usr/share/fonts/truetype/dejavu";
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";

    /** The two fonts as loaded into one document. */
    public record Loaded(PDFont regular, PDFont bold) {
    }

    private final Path regular;
    private final Path bold;

    /** @throws IllegalStateException naming the missing file and how to provide it */
    public DocumentFonts(Path directory) {
        this.regular = directory.resolve(REGULAR);
        this.bold = directory.resolve(BOLD);
        for (Path font : new Path[] {regular, bold}) {
            if (!Files.isReadable(font)) {
                throw new IllegalStateException("font " + font + " not found: install the Debian package fonts-dejavu-core"
                        + " or point REFUGE_FONT_DIR (or -Drefuge.font.dir) at a directory holding " + REGULAR + " and " + BOLD);
            }
        }
    }

    public static DocumentFonts fromEnvironment() {
        String directory = System.getProperty("refuge.font.dir", System.getenv("REFUGE_FONT_DIR"));
        return new DocumentFonts(Path.of(directory == null || directory.isBlank() ? DEFAULT_DIR : directory));
    }

    /** Loads both fonts into {@code document}, to be embedded as subsets of the glyphs it uses. */
    public Loaded load(PDDocument document) {
        try {
            return new Loaded(PDType0Font.load(document, regular.toFile()), PDType0Font.load(document, bold.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fonts in " + regular.getParent(), e);
        }
    }
}
