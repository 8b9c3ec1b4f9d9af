package org.refuge.assistance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.security.KeyPair;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.refuge.protection.document.DocumentSigner;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.protection.document.TypedPayloads;
import org.refuge.protection.document.testdata.Cards;

class RegistrationSlipPdfTest {

    private static final KeyPair ISSUER = DocumentSigner.generate();
    private static final DocumentSigner SIGNER = new DocumentSigner(ISSUER.getPrivate(), DocumentVerifier.keyId(ISSUER.getPublic()));

    private static SlipData armenian(byte[] photo) {
        return new SlipData("BCP-MARGARA-20260301-000042", "Անահիտ Պետրոսյան", "Anahit Petrosyan", 4, "BCP-MARGARA",
                LocalDate.of(2026, 3, 1), photo);
    }

    private static byte[] render(SlipData slip) {
        return new RegistrationSlipPdf().render(slip, TypedPayloads.sign(SIGNER, SlipData.PAYLOAD_TYPE, slip.signedFields()));
    }

    @Test
    void theSlip_isOneA6Page_withTheRegistryNumberAndTheNameInBothScripts() throws Exception {
        try (PDDocument document = Loader.loadPDF(render(armenian(Cards.portrait(7))))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth() * 25.4 / 72).isCloseTo(105, within(0.1));
            assertThat(page.getMediaBox().getHeight() * 25.4 / 72).isCloseTo(148, within(0.1));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BCP-MARGARA-20260301-000042", "Անահիտ Պետրոսյան", "Anahit Petrosyan", "01.03.2026",
                    "Регистрационный талон");
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(page.getResources().getXObjectNames()).as("the head's photo").hasSize(1);
        }
    }

    @Test
    void aCyrillicName_printsInCyrillic_andASlipWithoutPhotoSaysSo() throws Exception {
        SlipData slip = new SlipData("BCP-MARGARA-20260301-000043", "Мария Иванова", "Mariya Ivanova", 1, "BCP-MARGARA",
                LocalDate.of(2026, 3, 1), null);
        try (PDDocument document = Loader.loadPDF(render(slip))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Мария Иванова", "Mariya Ivanova", "No photo", "Нет фото");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void theQrCode_readFromThePrintedPage_isTheSignedSlip() throws Exception {
        byte[] pdf = render(armenian(Cards.portrait(7)));

        TypedPayloads.Verified verified = TypedPayloads.verify(new DocumentVerifier(ISSUER.getPublic()), scanQr(pdf));

        assertThat(verified.genuine(SlipData.PAYLOAD_TYPE)).isTrue();
        assertThat(verified.fields()).containsEntry("rn", "BCP-MARGARA-20260301-000042").containsEntry("hs", "4")
                .containsEntry("bcp", "BCP-MARGARA").containsEntry("ad", "2026-03-01");
    }

    static String scanQr(byte[] pdf) throws Exception {
        return SlipQrReader.read(pdf).orElseThrow(() -> new AssertionError("no QR read from the slip"));
    }
}
