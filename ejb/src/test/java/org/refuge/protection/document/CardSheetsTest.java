package org.refuge.protection.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.refuge.protection.document.CardSheets.Layout;
import org.refuge.protection.document.testdata.Cards;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CardSheetsTest {

    private static final KeyPair ISSUER = DocumentSigner.generate();
    private static final DocumentSigner SIGNER = new DocumentSigner(ISSUER.getPrivate(), DocumentVerifier.keyId(ISSUER.getPublic()));
    private static final IdCardPdf CARDS = new IdCardPdf(SIGNER);
    private static final float MM = 72 / 25.4f;

    private static List<CardData> batch(int size) {
        return IntStream.range(0, size).mapToObj(i -> Cards.card("TP-2026-%06d".formatted(300 + i), "BCP-MARGARA-20261123-%05d".formatted(60 + i),
                "Անահիտ", "Պետրոսյան", "Anahit", "Petrosyan", i % 2 == 0 ? "F" : "M", LocalDate.of(1980 + i, 3, 7), null, "SYR")).toList();
    }

    /** Each card's PDF as it was produced: what the documents keep. */
    private static List<byte[]> produced(List<CardData> cards) {
        return cards.stream().map(CARDS::render).toList();
    }

    @Test
    void forACardPrinter_eachCardIsOneId1Page_inTheOrderGiven() throws IOException {
        List<CardData> cards = batch(3);
        byte[] pdf = CardSheets.compose(produced(cards), Layout.CARD);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3).isEqualTo(CardSheets.pages(3, Layout.CARD));
            for (int page = 0; page < 3; page++) {
                assertThat(document.getPage(page).getMediaBox().getWidth()).isCloseTo(85.6f * MM, within(0.1f));
                assertThat(document.getPage(page).getMediaBox().getHeight()).isCloseTo(54f * MM, within(0.1f));
                assertThat(text(document, page)).contains(cards.get(page).documentNumber(), "Պետրոսյան", "Petrosyan");
            }
            assertEveryFontEmbedded(document);
        }
    }

    @Test
    void onA4_eightCardsGoOnASheet_andTheRestOnTheNext() throws IOException {
        List<CardData> cards = batch(10);
        byte[] pdf = CardSheets.compose(produced(cards), Layout.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2).isEqualTo(CardSheets.pages(10, Layout.A4));
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(210 * MM, within(0.5f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(297 * MM, within(0.5f));
            String first = text(document, 0);
            String second = text(document, 1);
            cards.subList(0, 8).forEach(c -> assertThat(first).contains(c.documentNumber()));
            cards.subList(8, 10).forEach(c -> assertThat(second).contains(c.documentNumber()).doesNotContain(cards.get(0).documentNumber()));
            assertEveryFontEmbedded(document);
        }
        assertThat(CardSheets.pages(16, Layout.A4)).isEqualTo(2);
        assertThat(CardSheets.pages(17, Layout.A4)).isEqualTo(3);
    }

    @Test
    void onA4_everyCardsQrStillScans_fromThePrintedSheet() throws Exception {
        List<CardData> cards = batch(8);
        byte[] pdf = CardSheets.compose(produced(cards), Layout.A4);
        List<String> scanned = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // as IdCardPdfTest scans a card: at 400 dpi, else at 600, else at 300 (the signature, so the code's density,
            // differs each run, and a scanner's pixels fall on the modules differently at each resolution)
            int[] dpis = {400, 600, 300};
            BufferedImage[] sheets = new BufferedImage[dpis.length];
            for (int slot = 0; slot < CardSheets.PER_SHEET; slot++) {
                for (int i = 0; i < dpis.length; i++) {
                    sheets[i] = sheets[i] == null ? new PDFRenderer(document).renderImageWithDPI(0, dpis[i]) : sheets[i];
                    try {
                        scanned.add(qrOfSlot(sheets[i], slot, dpis[i]));
                        break;
                    } catch (com.google.zxing.ReaderException unread) {
                        if (i == dpis.length - 1) {
                            throw unread;
                        }
                    }
                }
            }
        }
        assertThat(scanned).containsExactlyElementsOf(cards.stream().map(SIGNER::sign).toList());
    }

    /**
     * The QR of the card in a slot, read as a desk scanner aimed at it would: the code's square (at 61.5 mm from the
     * card's left, 2.5 mm above its bottom, as IdCardPdf draws it) with 2 mm of quiet zone, module by module; failing
     * that, through ZXing's finder-pattern detector on the same square.
     */
    private static String qrOfSlot(BufferedImage sheet, int slot, int dpi) throws Exception {
        float px = dpi / 25.4f;
        float cardX = CardSheets.LEFT + (slot % CardSheets.COLUMNS) * (IdCardPdf.WIDTH_MM + CardSheets.GAP);
        float cardTop = CardSheets.TOP + (slot / CardSheets.COLUMNS) * (IdCardPdf.HEIGHT_MM + CardSheets.GAP);
        float qrTop = cardTop + IdCardPdf.HEIGHT_MM - 2.5f - IdCardPdf.QR_MM;
        BufferedImage square = sheet.getSubimage(Math.round((cardX + 61.5f - 2) * px), Math.round((qrTop - 2) * px),
                Math.round((IdCardPdf.QR_MM + 4) * px), Math.round((IdCardPdf.QR_MM + 4) * px));
        int[] pixels = square.getRGB(0, 0, square.getWidth(), square.getHeight(), null, 0, square.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(square.getWidth(), square.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        } catch (com.google.zxing.ReaderException notPure) {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        }
    }

    @Test
    void theSheetLeavesPrinterMargins_andTheCropMarksNeverReachACard() {
        assertThat(CardSheets.LEFT).isGreaterThanOrEqualTo(10);
        assertThat(CardSheets.TOP).isGreaterThanOrEqualTo(10);
        // the marks of two neighbouring cards, each reaching into the gap from its side, do not meet
        assertThat(2 * (CardSheets.MARK_OFFSET + CardSheets.MARK)).isLessThan(CardSheets.GAP);
        assertThat(CardSheets.MARK_OFFSET + CardSheets.MARK).isLessThan(Math.min(CardSheets.LEFT, CardSheets.TOP));
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document);
    }

    /** The fonts of every card placed on every page (each card's form carries its own) are embedded. */
    private static void assertEveryFontEmbedded(PDDocument document) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (var page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject card) {
                    PDResources resources = card.getResources();
                    for (COSName font : resources.getFontNames()) {
                        assertThat(resources.getFont(font).isEmbedded()).as(resources.getFont(font).getName()).isTrue();
                        fonts.add(resources.getFont(font).getName());
                    }
                }
            }
        }
        assertThat(fonts).isNotEmpty();
    }
}
