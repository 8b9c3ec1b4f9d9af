package org.refuge.assistance.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads the QR back from a slip's PDF as printed: the page rendered at 300 dpi, cut to the QR's square with a quiet
 * zone of 2 mm (the text below starts 3 mm under it) and read module by module ({@code PURE_BARCODE}); failing that,
 * the whole page through ZXing's finder-pattern detector (the one a phone needs, which misses about one code in fifty
 * even on an ideal raster). For checking a slip file and for the tests that read what {@link RegistrationSlipPdf} printed.
 */
public final class SlipQrReader {

    private static final int DPI = 300;

    private SlipQrReader() {
    }

    /** The QR's text, or none when neither way reads it. */
    public static Optional<String> read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
            float px = DPI / 25.4f;
            int x = Math.round(((RegistrationSlipPdf.WIDTH_MM - RegistrationSlipPdf.QR_MM) / 2 - 2) * px);
            int y = Math.round((RegistrationSlipPdf.HEIGHT_MM - RegistrationSlipPdf.QR_BOTTOM_MM - RegistrationSlipPdf.QR_MM - 2) * px);
            int side = Math.round((RegistrationSlipPdf.QR_MM + 4) * px);
            try {
                return Optional.of(decode(page.getSubimage(x, y, side, side), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)));
            } catch (ReaderException notPure) {
                try {
                    return Optional.of(decode(page, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))));
                } catch (ReaderException notFound) {
                    return Optional.empty();
                }
            }
        }
    }

    private static String decode(BufferedImage image, Map<DecodeHintType, ?> hints) throws ReaderException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                hints).getText();
    }
}
