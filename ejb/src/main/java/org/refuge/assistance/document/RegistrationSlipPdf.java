package org.refuge.assistance.document;

import static org.refuge.protection.document.PdfText.draw;
import static org.refuge.protection.document.PdfText.drawCentred;
import static org.refuge.protection.document.PdfText.mm;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.refuge.protection.document.DocumentFonts;
import org.refuge.protection.document.IdCardPdf;
import org.refuge.protection.document.PdfText;

/**
 * The registration slip as a PDF: one A6 page (105 × 148 mm) that the family keeps from pre-registration until its
 * identity card, showing the registry number, the head's name in the script typed at the desk and in Latin script,
 * the head's photo when there is one, the persons declared, the border crossing point, the day of arrival, and a QR
 * code with the signed payload ({@link SlipData#PAYLOAD_TYPE}) that any desk verifies. Labels are in English, Armenian
 * and Russian; the fonts of the identity card ({@link DocumentFonts}) are embedded as subsets.
 */
public final class RegistrationSlipPdf {

    public static final float WIDTH_MM = 105;
    public static final float HEIGHT_MM = 148;
    static final float QR_MM = 48;

    /** The QR's distance from the page's lower edge. */
    static final float QR_BOTTOM_MM = 15;

    private static final Color BAND = new Color(0x1F, 0x3A, 0x73);
    private static final Color LABEL = new Color(0x55, 0x55, 0x55);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DocumentFonts fonts;

    public RegistrationSlipPdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** With the fonts of {@link DocumentFonts#fromEnvironment()}. */
    public RegistrationSlipPdf() {
        this(DocumentFonts.fromEnvironment());
    }

    /** @param qr the signed QR text of this slip's data */
    public byte[] render(SlipData slip, String qr) {
        try (PDDocument document = new PDDocument(); DocumentFonts.Loaded loaded = fonts.load(document)) {
            PDPage page = new PDPage(new PDRectangle(mm(WIDTH_MM), mm(HEIGHT_MM)));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawHeader(content, loaded, slip);
                drawPhoto(document, content, loaded, slip);
                drawFacts(content, loaded, slip);
                IdCardPdf.drawQr(content, qr, mm((WIDTH_MM - QR_MM) / 2), mm(QR_BOTTOM_MM), mm(QR_MM));
                content.setNonStrokingColor(LABEL);
                String[] keep = {"Keep this slip: it identifies your family at every desk until the identity card.",
                    "Պահեք այս թերթիկը. այն ճանաչում է ձեր ընտանիքը բոլոր կետերում մինչև անձը հաստատող քարտը։",
                    "Сохраните этот талон: он подтверждает вашу семью на всех пунктах до получения удостоверения."};
                for (int i = 0; i < keep.length; i++) {
                    drawCentred(content, loaded.regular(), 5.5f, mm(WIDTH_MM / 2), mm(10.5 - 3 * i), keep[i], mm(WIDTH_MM - 10));
                }
            }
            document.getDocumentInformation().setTitle("Registration slip " + slip.registryNumber());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the registration slip", e);
        }
    }

    private static void drawHeader(PDPageContentStream page, DocumentFonts.Loaded fonts, SlipData slip) throws IOException {
        page.setNonStrokingColor(BAND);
        page.addRect(0, mm(133), mm(WIDTH_MM), mm(HEIGHT_MM - 133));
        page.fill();
        page.setNonStrokingColor(Color.WHITE);
        drawCentred(page, fonts.regular(), 6, mm(WIDTH_MM / 2), mm(143), "Republic of Armenia · Հայաստանի Հանրապետություն · Республика Армения",
                mm(WIDTH_MM - 8));
        drawCentred(page, fonts.bold(), 9, mm(WIDTH_MM / 2), mm(137), "Registration slip · Գրանցման թերթիկ · Регистрационный талон",
                mm(WIDTH_MM - 8));
        label(page, fonts, mm(6), mm(128), "Registry No. / Գրանցման համար / Регистрационный номер", mm(93));
        value(page, fonts.bold(), 13, mm(6), mm(121.5), slip.registryNumber(), mm(93));
    }

    private static void drawPhoto(PDDocument document, PDPageContentStream page, DocumentFonts.Loaded fonts, SlipData slip) throws IOException {
        float x = mm(6);
        float y = mm(72);
        float w = mm(33);
        float h = mm(44);
        if (slip.photoJpeg() != null) {
            PdfText.drawCovering(page, JPEGFactory.createFromByteArray(document, slip.photoJpeg()), x, y, w, h);
        } else {
            page.setNonStrokingColor(new Color(0xEE, 0xEE, 0xEE));
            page.addRect(x, y, w, h);
            page.fill();
            page.setNonStrokingColor(LABEL);
            drawCentred(page, fonts.regular(), 6, x + w / 2, y + h / 2 + mm(2.5), "No photo", w - mm(2));
            drawCentred(page, fonts.regular(), 6, x + w / 2, y + h / 2, "Լուսանկար չկա", w - mm(2));
            drawCentred(page, fonts.regular(), 6, x + w / 2, y + h / 2 - mm(2.5), "Нет фото", w - mm(2));
        }
        page.setStrokingColor(Color.GRAY);
        page.setLineWidth(0.3f);
        page.addRect(x, y, w, h);
        page.stroke();
    }

    private static void drawFacts(PDPageContentStream page, DocumentFonts.Loaded fonts, SlipData slip) throws IOException {
        float x = mm(43);
        float w = mm(56);
        label(page, fonts, x, mm(112.5), "Head of household / Ընտանիքի ղեկավար / Глава семьи", w);
        // the name as typed at the desk; a script no font has prints in its registry Latin form
        String name = PdfText.covered(fonts.bold(), slip.headName()) ? slip.headName() : slip.headNameLatin();
        value(page, fonts.bold(), 10, x, mm(107.5), name, w);
        if (!slip.headNameLatin().equals(name)) {
            value(page, fonts.regular(), 8, x, mm(103.5), slip.headNameLatin(), w);
        }
        label(page, fonts, x, mm(97.5), "Persons / Անձինք / Человек", w);
        value(page, fonts.bold(), 10, x, mm(92.5), Integer.toString(slip.householdSize()), w);
        label(page, fonts, x, mm(86.5), "Border crossing point / Անցակետ / Пункт пропуска", w);
        value(page, fonts.bold(), 9, x, mm(81.5), slip.siteCode(), w);
        label(page, fonts, x, mm(76.5), "Arrived / Ժամանել է / Прибытие", w);
        value(page, fonts.bold(), 9, x, mm(72), DAY.format(slip.arrivalDate()), w);
    }

    private static void label(PDPageContentStream page, DocumentFonts.Loaded fonts, float x, float y, String text, float width) throws IOException {
        page.setNonStrokingColor(LABEL);
        draw(page, fonts.regular(), 5.5f, x, y, text, width);
    }

    private static void value(PDPageContentStream page, DocumentFonts.Face font, float size, float x, float y, String text, float width)
            throws IOException {
        page.setNonStrokingColor(Color.BLACK);
        draw(page, font, size, x, y, text, width);
    }
}
