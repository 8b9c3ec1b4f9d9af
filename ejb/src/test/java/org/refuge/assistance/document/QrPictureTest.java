package org.refuge.assistance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.protection.document.DocumentSigner;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.protection.document.TypedPayloads;

class QrPictureTest {

    private static final KeyPair ISSUER = DocumentSigner.generate();
    private static final DocumentSigner SIGNER = new DocumentSigner(ISSUER.getPrivate(), DocumentVerifier.keyId(ISSUER.getPublic()));

    private static String slipPayload() {
        SlipData slip = new SlipData("BCP-MARGARA-20260301-000042", "Անահիտ Պետրոսյան", "Anahit Petrosyan", 4, "BCP-MARGARA",
                LocalDate.of(2026, 3, 1), null);
        return TypedPayloads.sign(SIGNER, SlipData.PAYLOAD_TYPE, slip.signedFields());
    }

    /** A webcam's frame: a grey desk, and the code held a little turned, off-centre, at {@code module} pixels a module. */
    private static BufferedImage frame(String text, int module, double degrees) throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        try {
            g.setColor(new Color(120, 118, 110));
            g.fillRect(0, 0, 640, 480);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int side = matrix.getWidth() * module;
            g.transform(AffineTransform.getRotateInstance(Math.toRadians(degrees), 280, 250));
            g.translate(280 - side / 2, 250 - side / 2);
            g.setColor(new Color(235, 235, 228));
            g.fillRect(0, 0, side, side);
            g.setColor(new Color(30, 30, 36));
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        g.fillRect(x * module, y * module, module, module);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return frame;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, bytes)).as(format + " writer").isTrue();
        return bytes.toByteArray();
    }

    private static void assertRefused(byte[] picture) {
        assertThatThrownBy(() -> QrPicture.read(picture)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(r.field()).isEqualTo("picture");
            assertThat(r.messageKey()).isEqualTo("refuge.desk.picture");
        });
    }

    @Test
    void aSlipsCodeHeldTurnedBeforeTheCamera_isReadFromTheJpegFrame_toTheLastCharacter() throws Exception {
        String payload = slipPayload();
        assertThat(QrPicture.read(encode(frame(payload, 5, 7), "jpeg"))).contains(payload);
    }

    @Test
    void aPngFrame_isReadToo() throws Exception {
        String payload = slipPayload();
        assertThat(QrPicture.read(encode(frame(payload, 4, -3), "png"))).contains(payload);
    }

    @Test
    void aFrameWithoutACode_readsNothing_andIsNoRefusal() throws Exception {
        BufferedImage desk = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = desk.createGraphics();
        g.setColor(new Color(120, 118, 110));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.drawString("Registration slip", 200, 200);
        g.dispose();
        assertThat(QrPicture.read(encode(desk, "jpeg"))).isEmpty();
    }

    @Test
    void whatIsNoJpegOrPng_isRefusedAsAPicture() throws Exception {
        assertRefused("not a picture".getBytes(StandardCharsets.UTF_8));
        assertRefused(new byte[0]);
        assertRefused(null);
        assertRefused(encode(frame(slipPayload(), 4, 0), "bmp"));
    }

    @Test
    void aPictureOverFiveMegabytes_isRefusedUnread() {
        byte[] large = new byte[QrPicture.MAX_BYTES + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        assertRefused(large);
    }

    @Test
    void aSmallPngDeclaringAHugeImage_isRefusedBeforeItsPixelsAreDecoded() throws Exception {
        byte[] png = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png");
        // IHDR follows the 8-byte signature and the chunk's length and type: width and height are its first 8 bytes
        ByteBuffer.wrap(png, 16, 8).putInt(40_000).putInt(40_000);
        assertRefused(png);
    }
}
