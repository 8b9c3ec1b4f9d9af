package org.refuge.protection.document;

import org.refuge.shared.RegistryNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.refuge.protection.document.testdata.Cards;

class PhotoSheetPdfTest {

    private static final PhotoSheetPdf SHEETS = new PhotoSheetPdf();
    private static final String TITLE = "BCP-MARGARA · 26.11.2026";
    private static final List<CardData> PERSONS = List.of(Cards.anahit(), Cards.mariya(), Cards.fatima());
    private static final List<byte[]> PORTRAITS = List.of(Cards.portrait(1), Cards.portrait(2), Cards.portrait(3));

    @Test
    void anA4Sheet_holdsFiveRowsOfFive3by4cmPhotos() {
        assertThat(PhotoSheetPdf.COLUMNS).isEqualTo(5);
        assertThat(PhotoSheetPdf.ROWS).isEqualTo(5);
        assertThat(PhotoSheetPdf.PHOTOS_PER_PAGE).isEqualTo(25);
    }

    @Test
    void morePhotosThanASheetHolds_goOnMoreSheets() throws IOException {
        assertThat(pages(SHEETS.render(TITLE, photos(25)))).isEqualTo(1);
        assertThat(pages(SHEETS.render(TITLE, photos(26)))).isEqualTo(2);
        assertThat(pages(SHEETS.render(TITLE, List.of()))).isEqualTo(1);
    }

    @Test
    void eachPhoto_isPrinted3by4cm_withTheNamesInBothScriptsAndTheRegistryNumber() throws IOException {
        List<PhotoSheetPdf.Photo> photos = photos(26);
        try (PDDocument pdf = Loader.loadPDF(SHEETS.render(TITLE, photos))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(210 * 72 / 25.4f, within(0.5f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(297 * 72 / 25.4f, within(0.5f));
            assertThat(images(pdf, 0)).isEqualTo(25);
            assertThat(images(pdf, 1)).isEqualTo(1);

            String first = text(pdf, 1);
            assertThat(first).contains(TITLE, "1 / 2", "Անահիտ Պետրոսյան", "Anahit Petrosyan", "Мария Иванова", "Mariya Ivanova",
                    "فاطمة الحسن", "Fatima Al-Hassan", "BCP-MARGARA-20261123-00001", "BCP-MARGARA-20261123-00025");
            assertThat(first).doesNotContain("BCP-MARGARA-20261123-00026");
            assertThat(text(pdf, 2)).contains("2 / 2", "BCP-MARGARA-20261123-00026", "Мария Иванова");
        }
    }

    @Test
    void theSheetsEmbedTheirFonts() throws IOException {
        IdCardPdfTest.assertFontsEmbedded(SHEETS.render(TITLE, photos(3)));
    }

    @Test
    void namesInAnyScript_print_withNotoOrInLatin_andNeverStopTheSheet() throws IOException {
        List<PhotoSheetPdf.Photo> photos = List.of(
                new PhotoSheetPdf.Photo("አበበ ቢቂላ", "Abebe Bikila", "BCP-MARGARA-20261123-00050", PORTRAITS.get(0)),
                new PhotoSheetPdf.Photo("王 小明", "Wang Xiaoming", "BCP-MARGARA-20261123-00051", PORTRAITS.get(1)),
                new PhotoSheetPdf.Photo("\uD801\uDD70\uD801\uDD71", "Vita Kuqi", "BCP-MARGARA-20261123-00052", PORTRAITS.get(2)),
                new PhotoSheetPdf.Photo("\uD801\uDD72", "", "BCP-MARGARA-20261123-00053", PORTRAITS.get(2)));
        try (PDDocument pdf = Loader.loadPDF(SHEETS.render("BCP-MARGARA · አበበ", photos))) {
            assertThat(text(pdf, 1)).contains("አበበ ቢቂላ", "Abebe Bikila", "王 小明", "Wang Xiaoming", "Vita Kuqi",
                    "BCP-MARGARA-20261123-00053").doesNotContain("\uD801\uDD70");
        }
        // without any fallback font, the Ethiopic and Chinese names print in Latin
        PhotoSheetPdf dejaVuOnly = new PhotoSheetPdf(new DocumentFonts(java.nio.file.Path.of(DocumentFonts.DEFAULT_DIR), List.of()));
        try (PDDocument pdf = Loader.loadPDF(dejaVuOnly.render("BCP-MARGARA · አበበ", photos))) {
            assertThat(text(pdf, 1)).contains("Abebe Bikila", "Wang Xiaoming", "Vita Kuqi", "BCP-MARGARA · ababa")
                    .doesNotContain("አበበ", "王");
        }
    }

    /** Anahit, Mariya and Fatima in turn, with registry numbers 00001, 00002, ... */
    private static List<PhotoSheetPdf.Photo> photos(int count) {
        List<PhotoSheetPdf.Photo> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CardData person = PERSONS.get(i % 3);
            photos.add(new PhotoSheetPdf.Photo(person.givenName() + " " + person.familyName(),
                    person.givenNameLatin() + " " + person.familyNameLatin(), String.format("BCP-MARGARA-20261123-%05d", i + 1),
                    PORTRAITS.get(i % 3)));
        }
        return photos;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static long images(PDDocument pdf, int page) throws IOException {
        long count = 0;
        for (var name : pdf.getPage(page).getResources().getXObjectNames()) {
            if (pdf.getPage(page).getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
