package org.refuge.protection.document;

import static org.refuge.protection.document.PdfText.draw;
import static org.refuge.protection.document.PdfText.mm;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The temporary protection card as a PDF: one ID-1 page (85.6 × 54 mm, ISO/IEC 7810) per person, printed from the
 * registry data and photo. It shows the names in the person's script and in Latin script, birth date, sex,
 * citizenship, document and registry numbers, the validity, and a QR code with the signed payload of
 * {@link DocumentSigner} (which binds the portrait printed here by its hash), so a checkpoint can verify the card
 * without the database. Labels are in English and Armenian; fonts are embedded; a name in a script without a font
 * prints in Latin letters.
 */
public final class IdCardPdf {

    public static final float WIDTH_MM = 85.6f;
    public static final float HEIGHT_MM = 54f;
    static final float QR_MM = 22f;

    private static final Color BAND = new Color(0x1F, 0x3A, 0x73);
    private static final Color LABEL = new Color(0x55, 0x55, 0x55);

    private final DocumentSigner signer;
    private final DocumentFonts fonts;

    public IdCardPdf(DocumentSigner signer, DocumentFonts fonts) {
        this.signer = signer;
        this.fonts = fonts;
    }

    /** With the fonts of {@link DocumentFonts#fromEnvironment()}. */
    public IdCardPdf(DocumentSigner signer) {
        this(signer, DocumentFonts.fromEnvironment());
    }

    public byte[] render(CardData card) {
        return render(List.of(card));
    }

    /** One page per card, in the given order: a household's documents print in one job. */
    public byte[] render(List<CardData> cards) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no card to render");
        }
        try (PDDocument document = new PDDocument(); DocumentFonts.Loaded loaded = fonts.load(document)) {
            for (CardData card : cards) {
                PDPage page = new PDPage(new PDRectangle(mm(WIDTH_MM), mm(HEIGHT_MM)));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawCard(document, content, loaded, card);
                }
            }
            document.getDocumentInformation().setTitle("Temporary protection " + cards.get(0).documentNumber()
                    + (cards.size() > 1 ? " and " + (cards.size() - 1) + " more" : ""));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the identity card", e);
        }
    }

    private void drawCard(PDDocument document, PDPageContentStream page, DocumentFonts.Loaded fonts, CardData card) throws IOException {
        // header band
        page.setNonStrokingColor(BAND);
        page.addRect(0, mm(46.5), mm(WIDTH_MM), mm(HEIGHT_MM - 46.5));
        page.fill();
        page.setNonStrokingColor(Color.WHITE);
        draw(page, fonts.regular(), 4.6f, mm(3), mm(51.4), "Republic of Armenia · Հայաստանի Հանրապետություն", mm(79.6));
        draw(page, fonts.bold(), 6.4f, mm(3), mm(48.2), "Temporary protection / Ժամանակավոր պաշտպանություն", mm(79.6));

        // photo and registry number
        PdfText.drawCovering(page, JPEGFactory.createFromByteArray(document, card.photoJpeg()), mm(3), mm(17.8), mm(20), mm(20 * 4 / 3f));
        label(page, fonts, mm(3), mm(15.2), "Registry No. / Գրանցման համար", mm(20));
        value(page, fonts.bold(), 6f, mm(3), mm(12.5), card.registryNumber(), mm(56));

        // the person
        float x = mm(25);
        float w = mm(35);
        label(page, fonts, x, mm(43.3), "Surname / Ազգանուն", w);
        names(page, fonts, x, mm(40.4), card.familyName(), card.familyNameLatin(), w);
        label(page, fonts, x, mm(34.3), "Given names / Անուն", w);
        names(page, fonts, x, mm(31.4), card.givenName(), card.givenNameLatin(), w);
        label(page, fonts, x, mm(25.3), "Date of birth / Ծննդյան ամսաթիվ", mm(22));
        value(page, fonts.bold(), 6.5f, x, mm(22.4), card.birthDateText(), mm(22));
        label(page, fonts, mm(48), mm(25.3), "Sex / Սեռ", mm(12));
        value(page, fonts.bold(), 6.5f, mm(48), mm(22.4), sex(card.sex()), mm(12));
        label(page, fonts, x, mm(19.2), "Citizenship / Քաղաքացիություն", w);
        value(page, fonts.bold(), 6.5f, x, mm(16.3), citizenship(card.citizenship()), w);

        // the document
        float right = mm(61.5);
        float rw = mm(22);
        label(page, fonts, right, mm(43.3), "Document No. / Փաստաթղթի համար", rw);
        value(page, fonts.bold(), 7.5f, right, mm(40.3), card.documentNumber(), rw);
        label(page, fonts, right, mm(36.6), "Valid from / Վավեր է սկսած", rw);
        value(page, fonts.bold(), 6.5f, right, mm(33.8), CardData.dateText(card.validFrom()), rw);
        label(page, fonts, right, mm(30.3), "Valid until / Վավեր է մինչև", rw);
        value(page, fonts.bold(), 6.5f, right, mm(27.5), CardData.dateText(card.validUntil()), rw);
        drawQr(page, signer.sign(card), right, mm(2.5), mm(QR_MM));

        // issuing authority, one line per " / "-separated language
        String[] authority = card.issuingAuthority().split(" / ");
        for (int i = 0; i < authority.length; i++) {
            page.setNonStrokingColor(LABEL);
            draw(page, fonts.regular(), 3.6f, mm(3), mm(3 + 1.8 * (authority.length - 1 - i)), authority[i], mm(56));
        }
    }

    private static void label(PDPageContentStream page, DocumentFonts.Loaded fonts, float x, float y, String text, float width) throws IOException {
        page.setNonStrokingColor(LABEL);
        draw(page, fonts.regular(), 3.4f, x, y, text, width);
    }

    private static void value(PDPageContentStream page, DocumentFonts.Face font, float size, float x, float y, String text, float width)
            throws IOException {
        page.setNonStrokingColor(Color.BLACK);
        draw(page, font, size, x, y, text, width);
    }

    /**
     * The name in the person's script in bold, the Latin form under it unless it is the same; a name in a script no
     * font has is printed in its registry Latin form alone.
     */
    private static void names(PDPageContentStream page, DocumentFonts.Loaded fonts, float x, float y, String original, String latin, float width)
            throws IOException {
        if (!original.isEmpty() && !PdfText.covered(fonts.bold(), original)) {
            original = latin.isEmpty() ? original : latin; // printed in Latin either way: PdfText transliterates the rest
        }
        value(page, fonts.bold(), 7f, x, y, original.isEmpty() ? "—" : original, width);
        if (!latin.equals(original)) {
            value(page, fonts.regular(), 6f, x, y - mm(2.6), latin, width);
        }
    }

    private static String sex(String sex) {
        return switch (sex) {
            case "F" -> "F / Ի";
            case "M" -> "M / Ա";
            default -> sex;
        };
    }

    private static String citizenship(String citizenship) {
        return CardData.STATELESS.equals(citizenship) ? "Stateless / Քաղաքացիություն չունի" : citizenship;
    }

    /** Draws the QR code (also the registration slip's) as filled rectangles, one per run of dark modules in a row: sharp at any print resolution. */
    public static void drawQr(PDPageContentStream page, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR text too long: " + text.length() + " characters", e);
        }
        float module = size / matrix.getWidth();
        page.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                page.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        page.fill();
    }
}
