package org.refuge.protection.document;

import static org.refuge.protection.document.PdfText.drawCentred;
import static org.refuge.protection.document.PdfText.mm;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * The end-of-day photo print of a border crossing point: the day's portraits as 3 × 4 cm photos on A4 sheets, each
 * with the name in the person's script, in Latin script and the registry number under it, framed by a thin cutting
 * line. As many photos as fit between 10 mm margins go on a sheet ({@link #PHOTOS_PER_PAGE}); more make more sheets.
 * A name in a script without a font prints in Latin letters: the sheet is never refused for a name.
 */
public final class PhotoSheetPdf {

    /** One portrait to print; {@code name} in the person's script, {@code nameLatin} as transliterated. */
    public record Photo(String name, String nameLatin, String registryNumber, byte[] jpeg) {
        public Photo {
            if (registryNumber == null || registryNumber.isBlank()) {
                throw new IllegalArgumentException("registryNumber is required");
            }
            if (jpeg == null || jpeg.length == 0) {
                throw new IllegalArgumentException("no photo for " + registryNumber);
            }
            name = name == null ? "" : name;
            nameLatin = nameLatin == null ? "" : nameLatin;
            jpeg = jpeg.clone();
        }

        @Override
        public byte[] jpeg() {
            return jpeg.clone();
        }
    }

    // layout in millimetres
    static final float PAGE_W = 210;
    static final float PAGE_H = 297;
    static final float MARGIN = 10;
    static final float HEADER = 8;
    static final float PHOTO_W = 30;
    static final float PHOTO_H = 40;
    static final float CAPTION = 9;
    static final float MIN_GAP = 5;

    static final int COLUMNS = (int) ((PAGE_W - 2 * MARGIN + MIN_GAP) / (PHOTO_W + MIN_GAP));
    static final int ROWS = (int) ((PAGE_H - 2 * MARGIN - HEADER + MIN_GAP) / (PHOTO_H + CAPTION + MIN_GAP));
    public static final int PHOTOS_PER_PAGE = COLUMNS * ROWS;

    private final DocumentFonts fonts;

    public PhotoSheetPdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** With the fonts of {@link DocumentFonts#fromEnvironment()}. */
    public PhotoSheetPdf() {
        this(DocumentFonts.fromEnvironment());
    }

    /** @param title heads every sheet, for example the crossing point and the day; no photos give one sheet with it alone */
    public byte[] render(String title, List<Photo> photos) {
        int pages = Math.max(1, (photos.size() + PHOTOS_PER_PAGE - 1) / PHOTOS_PER_PAGE);
        float columnPitch = (PAGE_W - 2 * MARGIN - PHOTO_W) / (COLUMNS - 1);
        float rowPitch = (PAGE_H - 2 * MARGIN - HEADER - PHOTO_H - CAPTION) / (ROWS - 1);
        try (PDDocument document = new PDDocument(); DocumentFonts.Loaded loaded = fonts.load(document)) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(Color.BLACK);
                    PdfText.draw(content, loaded.bold(), 9, mm(MARGIN), mm(PAGE_H - MARGIN - 4), title, mm(150));
                    String number = (p + 1) + " / " + pages;
                    PdfText.draw(content, loaded.regular(), 8, mm(PAGE_W - MARGIN) - PdfText.width(loaded.regular(), 8, number),
                            mm(PAGE_H - MARGIN - 4), number, mm(30));
                    List<Photo> onPage = photos.subList(p * PHOTOS_PER_PAGE, Math.min(photos.size(), (p + 1) * PHOTOS_PER_PAGE));
                    for (int i = 0; i < onPage.size(); i++) {
                        float x = mm(MARGIN + (i % COLUMNS) * columnPitch);
                        float top = mm(PAGE_H - MARGIN - HEADER - (i / COLUMNS) * rowPitch);
                        drawPhoto(document, content, loaded, onPage.get(i), x, top, mm(columnPitch - 2));
                    }
                }
            }
            document.getDocumentInformation().setTitle(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the photo sheet", e);
        }
    }

    private static void drawPhoto(PDDocument document, PDPageContentStream page, DocumentFonts.Loaded fonts, Photo photo,
            float x, float top, float captionWidth) throws IOException {
        float w = mm(PHOTO_W);
        float h = mm(PHOTO_H);
        PdfText.drawCovering(page, JPEGFactory.createFromByteArray(document, photo.jpeg()), x, top - h, w, h);
        page.setStrokingColor(Color.GRAY);
        page.setLineWidth(0.3f);
        page.addRect(x, top - h, w, h);
        page.stroke();
        float centre = x + w / 2;
        page.setNonStrokingColor(Color.BLACK);
        // a name in a script no font has prints in its registry Latin form alone
        String name = PdfText.covered(fonts.bold(), photo.name()) || photo.nameLatin().isBlank() ? photo.name() : photo.nameLatin();
        drawCentred(page, fonts.bold(), 6.5f, centre, top - h - mm(2.9), name, captionWidth);
        if (!photo.nameLatin().equals(name)) {
            drawCentred(page, fonts.regular(), 6, centre, top - h - mm(5.5), photo.nameLatin(), captionWidth);
        }
        drawCentred(page, fonts.regular(), 6, centre, top - h - mm(8.1), photo.registryNumber(), captionWidth);
    }
}
