package org.refuge.protection.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts printed documents use: DejaVu Sans and DejaVu Sans Bold, which cover Latin, Armenian, Cyrillic and
 * Arabic (with its presentation forms), and for the letters they lack, fallback fonts chosen per character run by
 * glyph coverage: Noto (Debian's fonts-noto-core: Ethiopic, Devanagari, Thai, ...) and a CJK font with TrueType
 * outlines (fonts-droid-fallback; the CFF-flavoured Noto CJK of fonts-noto-cjk cannot be subset by PDFBox, so it is
 * not used). Text that no font covers is printed in Latin ({@link PdfText}), never refused. Fonts are embedded as
 * subsets in every PDF, so a card prints the same on any printer.
 * <p>
 * The DejaVu directory is the system property {@code refuge.font.dir}, else the environment variable
 * {@code REFUGE_FONT_DIR}, else Debian's {@code /usr/share/fonts/truetype/dejavu} (package fonts-dejavu-core). The
 * fallback directories are {@code refuge.font.fallback.dirs} or {@code REFUGE_FONT_FALLBACK_DIRS} (separated by
 * {@code :}), else {@link #DEFAULT_FALLBACK_DIRS}; a missing one is skipped. Of them, the regular faces are used
 * ({@code *-Regular.ttf}, or a name without a style), with the {@code -Bold} sibling for bold text when there is one.
 */
public final class DocumentFonts {

    private static final Logger LOG = Logger.getLogger(DocumentFonts.class.getName());

    public static final String DEFAULT_DIR = "/usr/share/fonts/truetype/dejavu";
    public static final List<Path> DEFAULT_FALLBACK_DIRS = List.of(Path.of("/usr/share/fonts/truetype/noto"),
            Path.of("/usr/share/fonts/truetype/droid"));
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    /** Scripts whose Noto font Debian ships only as CFF (fonts-noto-cjk): the TrueType CJK fallback first. */
    private static final List<Character.UnicodeScript> CJK = List.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
            Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL, Character.UnicodeScript.BOPOMOFO);

    /** The code points each font file has a glyph for, read once per file. */
    private static final Map<Path, BitSet> COVERAGE = new ConcurrentHashMap<>();
    /** Parsed fonts no document uses now, per file: at most {@value #IDLE_PER_FONT} each are kept for the next documents. */
    private static final Map<Path, BlockingQueue<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();
    static final int IDLE_PER_FONT = 4;

    private final Path regular;
    private final Path bold;
    /** Regular faces of the fallback directories, sans before serif, in name order. */
    private final List<Path> fallbacks;
    /** For each code point asked about, the fallback regular face that covers it (empty: none). */
    private final Map<Integer, Optional<Path>> chosen = new ConcurrentHashMap<>();

    /** @throws IllegalStateException naming the missing file and how to provide it */
    public DocumentFonts(Path directory) {
        this(directory, DEFAULT_FALLBACK_DIRS);
    }

    /** @param fallbackDirectories searched for faces covering what DejaVu lacks; missing ones are skipped */
    public DocumentFonts(Path directory, List<Path> fallbackDirectories) {
        this.regular = directory.resolve(REGULAR);
        this.bold = directory.resolve(BOLD);
        for (Path font : new Path[] {regular, bold}) {
            if (!Files.isReadable(font)) {
                throw new IllegalStateException("font " + font + " not found: install the Debian package fonts-dejavu-core"
                        + " or point REFUGE_FONT_DIR (or -Drefuge.font.dir) at a directory holding " + REGULAR + " and " + BOLD);
            }
        }
        this.fallbacks = regularFaces(fallbackDirectories);
    }

    public static DocumentFonts fromEnvironment() {
        String directory = System.getProperty("refuge.font.dir", System.getenv("REFUGE_FONT_DIR"));
        String fallbacks = System.getProperty("refuge.font.fallback.dirs", System.getenv("REFUGE_FONT_FALLBACK_DIRS"));
        return new DocumentFonts(Path.of(directory == null || directory.isBlank() ? DEFAULT_DIR : directory),
                fallbacks == null || fallbacks.isBlank() ? DEFAULT_FALLBACK_DIRS
                        : List.of(fallbacks.strip().split(":")).stream().filter(s -> !s.isBlank()).map(Path::of).toList());
    }

    /** The fallback faces found, for diagnostics and tests. */
    List<Path> fallbacks() {
        return fallbacks;
    }

    /**
     * The fonts as used in {@code document}: each loaded on first use, to be embedded as a subset of the glyphs it draws.
     * Close it after the document is saved (before it is closed): the parsed fonts go back for the next document.
     */
    public Loaded load(PDDocument document) {
        return new Loaded(document);
    }

    /** One style (regular or bold) of the fonts loaded into one document. */
    public final class Face {
        private final Loaded loaded;
        private final boolean isBold;

        private Face(Loaded loaded, boolean bold) {
            this.loaded = loaded;
            this.isBold = bold;
        }

        /** The DejaVu font of this style. */
        public PDFont primary() {
            return loaded.font(isBold ? bold : regular);
        }

        /**
         * {@code text} (in drawing order) cut into runs that one font each draws: DejaVu where it has the glyphs, a
         * fallback elsewhere, spaces and punctuation staying with the run they are in. Empty when some character has
         * no glyph in any font.
         */
        public Optional<List<Run>> runs(String text) {
            List<Run> runs = new ArrayList<>();
            Path runFont = null;
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Path font = face(cp, runFont);
                if (font == null) {
                    return Optional.empty();
                }
                if (!font.equals(runFont) && !run.isEmpty()) {
                    runs.add(new Run(loaded.font(runFont), run.toString()));
                    run.setLength(0);
                }
                runFont = font;
                run.appendCodePoint(cp);
            }
            if (!run.isEmpty()) {
                runs.add(new Run(loaded.font(runFont), run.toString()));
            }
            return Optional.of(runs);
        }

        /** Whether some font has a glyph for every character of {@code text}. */
        public boolean covers(String text) {
            return text.codePoints().allMatch(cp -> face(cp, null) != null);
        }

        /** The file that draws {@code cp} in this style: the current run's if it can and the character is neutral. */
        private Path face(int cp, Path current) {
            Path primary = isBold ? bold : regular;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean neutral = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
            if (current != null && neutral && covered(current, cp)) {
                return current;
            }
            if (covered(primary, cp)) {
                return primary;
            }
            Optional<Path> fallback = chosen.computeIfAbsent(cp, DocumentFonts.this::fallback);
            if (fallback.isEmpty()) {
                return null;
            }
            if (isBold) {
                Path sibling = boldSibling(fallback.get());
                if (sibling != null && covered(sibling, cp)) {
                    return sibling;
                }
            }
            return fallback.get();
        }
    }

    /** A piece of text and the font that draws it. */
    public record Run(PDFont font, String text) {
    }

    /** The fonts loaded into one document, until it is saved. */
    public final class Loaded implements AutoCloseable {
        private final PDDocument document;
        private final Map<Path, PDFont> fonts = new HashMap<>();
        private final Map<Path, TrueTypeFont> borrowed = new HashMap<>();
        private final Face regularFace = new Face(this, false);
        private final Face boldFace = new Face(this, true);

        private Loaded(PDDocument document) {
            this.document = document;
        }

        public Face regular() {
            return regularFace;
        }

        public Face bold() {
            return boldFace;
        }

        private PDFont font(Path file) {
            return fonts.computeIfAbsent(file, f -> {
                try {
                    TrueTypeFont ttf = borrow(f);
                    borrowed.put(f, ttf);
                    return PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the font " + f, e);
                }
            });
        }

        /** Gives the parsed fonts back (the document, saved, needs them no more). */
        @Override
        public void close() {
            borrowed.forEach(DocumentFonts::giveBack);
            borrowed.clear();
        }
    }

    /** The first fallback face covering {@code cp}: those named for its script first, then the CJK one, then the others. */
    private Optional<Path> fallback(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        String name = script.name().replace("_", "").toLowerCase(Locale.ROOT);
        List<Path> ordered = new ArrayList<>(fallbacks);
        ordered.sort(Comparator.comparingInt((Path p) -> {
            String file = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (file.contains(name)) {
                return 0;
            }
            return CJK.contains(script) && file.contains("fallback") ? 1 : 2;
        }));
        return ordered.stream().filter(face -> covered(face, cp)).findFirst();
    }

    /**
     * The font file parsed, or a parsed copy no document uses now: parsing DejaVu for each card took 7 of its 22 ms. A
     * parsed font reads its glyphs as a document needs them (until it is saved) and is not safe for two documents at
     * once, so each document borrows its own; a document does not close a font loaded this way. The idle copies are
     * the class's own, so a redeployment leaves none behind in the server's threads.
     */
    private static TrueTypeFont borrow(Path font) throws IOException {
        TrueTypeFont idle = IDLE.computeIfAbsent(font, f -> new ArrayBlockingQueue<>(IDLE_PER_FONT)).poll();
        return idle != null ? idle : new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(font)));
    }

    private static void giveBack(Path font, TrueTypeFont ttf) {
        if (!IDLE.get(font).offer(ttf)) {
            try {
                ttf.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "a parsed font did not close: {0}", e.getMessage());
            }
        }
    }

    /** How many parsed copies of the regular face wait for a document (tests). */
    int idleRegular() {
        BlockingQueue<TrueTypeFont> idle = IDLE.get(regular);
        return idle == null ? 0 : idle.size();
    }

    private static boolean covered(Path font, int cp) {
        return COVERAGE.computeIfAbsent(font, DocumentFonts::readCoverage).get(cp);
    }

    /** The code points of a font's Unicode cmap; none for a font PDFBox cannot embed (CFF outlines) or cannot read. */
    private static BitSet readCoverage(Path font) {
        BitSet coverage = new BitSet();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
                return coverage;
            }
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) {
                return coverage;
            }
            for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null) {
                    codes.forEach(coverage::set);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "font {0} cannot be read and is not used: {1}", new Object[] {font, e.getMessage()});
            coverage.clear();
        }
        return coverage;
    }

    private static Path boldSibling(Path regularFace) {
        String name = regularFace.getFileName().toString();
        if (!name.endsWith("-Regular.ttf")) {
            return null;
        }
        Path sibling = regularFace.resolveSibling(name.replace("-Regular.ttf", "-Bold.ttf"));
        return Files.isReadable(sibling) ? sibling : null;
    }

    /** The regular TrueType faces of the directories: {@code *-Regular.ttf} or a name without a style; sans first. */
    private static List<Path> regularFaces(List<Path> directories) {
        List<Path> faces = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.ttf")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if ((name.endsWith("-Regular.ttf") || !name.contains("-")) && Files.isReadable(file)) {
                        faces.add(file);
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "font directory {0} cannot be listed: {1}", new Object[] {directory, e.getMessage()});
            }
        }
        faces.sort(Comparator.comparing((Path p) -> p.getFileName().toString().contains("Serif"))
                .thenComparing(p -> p.getFileName().toString().length()).thenComparing(p -> p.getFileName().toString()));
        return List.copyOf(faces);
    }
}
