package org.refuge.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.refuge.platform.refusal.Refusal;

class PortraitTest {

    private static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);   // left half red, right half blue: the crop keeps the centre
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(Portrait portrait) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(portrait.jpeg()));
    }

    @Test
    void aLandscapePng_isCroppedAroundTheCentreTo3by4_andScaledTo480by640() throws IOException {
        Portrait portrait = Portrait.of(image(1600, 900, "png"));
        assertThat(portrait.width()).isEqualTo(480);
        assertThat(portrait.height()).isEqualTo(640);
        BufferedImage jpeg = decode(portrait);
        assertThat(jpeg.getWidth()).isEqualTo(480);
        assertThat(new Color(jpeg.getRGB(5, 320)).getRed()).isGreaterThan(200);   // still red at the left
        assertThat(new Color(jpeg.getRGB(474, 320)).getBlue()).isGreaterThan(200); // still blue at the right
    }

    @Test
    void aSmallPortrait_keepsItsSize_in3by4() throws IOException {
        Portrait portrait = Portrait.of(image(300, 500, "jpg"));
        assertThat(portrait.width() * 4).isEqualTo(portrait.height() * 3);
        assertThat(portrait.width()).isEqualTo(300);
    }

    @Test
    void aChosenCropBox_isKeptIn3by4() throws IOException {
        Portrait portrait = Portrait.of(image(1000, 1000, "png"), new java.awt.Rectangle(0, 0, 500, 1000));
        assertThat(portrait.width() * 4).isEqualTo(portrait.height() * 3);
        assertThat(new Color(decode(portrait).getRGB(portrait.width() - 3, 10)).getRed()).isGreaterThan(200);
    }

    @Test
    void refusals_nameTheirReason() throws IOException {
        assertThatThrownBy(() -> Portrait.of("not an image".getBytes()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.NOT_AN_IMAGE.messageKey()));
        assertThatThrownBy(() -> Portrait.of(new byte[Portrait.MAX_INPUT_BYTES + 1]))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.TOO_LARGE.messageKey()));
        byte[] tiny = image(60, 80, "png");
        assertThatThrownBy(() -> Portrait.of(tiny))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.TOO_SMALL.messageKey()));
        assertThat(Portrait.refused(Portrait.Reason.TOO_LARGE).messageKey()).isEqualTo("refuge.photo.too_large");
        assertThat(Portrait.refused(Portrait.Reason.TOO_LARGE).kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
        assertThat(Portrait.refused(Portrait.Reason.TOO_SMALL).kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(Portrait.refused(Portrait.Reason.TOO_SMALL).field()).isEqualTo("photo");
    }

    /** A gate that counts the decodes that got past the header check. */
    private static final class CountingGate implements Portrait.Gate {
        int entered;

        @Override
        public Permit enter() {
            entered++;
            return () -> { };
        }
    }

    @Test
    void aSmallPngThatDecodesTo40Megapixels_isRefusedFromItsHeader_beforeAnyPixelIsDecoded() {
        byte[] png = TestImages.blackPng(8000, 5000);
        assertThat(png.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> Portrait.of(png))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(Portrait.Reason.TOO_MANY_PIXELS.messageKey());
                    assertThat(e.messageKey()).isEqualTo("refuge.photo.too_many_pixels");
                });
        CountingGate gate = new CountingGate();
        assertThatThrownBy(() -> Portrait.of(png, null, Portrait.DEFAULT_MAX_PIXELS, gate))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.TOO_MANY_PIXELS.messageKey()));
        assertThat(gate.entered).isZero();
    }

    @Test
    void a4000by3000Photo_isAccepted_subsampledWhileDecoding_andScaledTo480by640() throws IOException {
        byte[] jpeg = TestImages.halves(4000, 3000, "jpg");
        CountingGate gate = new CountingGate();
        Portrait portrait = Portrait.of(jpeg, null, Portrait.DEFAULT_MAX_PIXELS, gate);
        assertThat(gate.entered).isEqualTo(1);
        assertThat(portrait.width()).isEqualTo(480);
        assertThat(portrait.height()).isEqualTo(640);
        BufferedImage stored = decode(portrait);
        assertThat(new Color(stored.getRGB(5, 320)).getRed()).isGreaterThan(200);    // the centred 2250-pixel box: red left
        assertThat(new Color(stored.getRGB(474, 320)).getBlue()).isGreaterThan(200); // and blue right
        assertThat(Portrait.subsampling(2250)).isEqualTo(2); // every second pixel: 1125 wide, still over twice 480
        assertThat(Portrait.subsampling(959)).isEqualTo(1);
        // the same photo with a lower configured limit is refused
        assertThatThrownBy(() -> Portrait.of(jpeg, null, 11_999_999, Portrait.Gate.OPEN))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.TOO_MANY_PIXELS.messageKey()));
    }

    @Test
    void aLargePngWithAChosenCropBox_keepsThatBox() throws IOException {
        byte[] png = TestImages.halves(3000, 2000, "png");
        Portrait portrait = Portrait.of(png, new java.awt.Rectangle(1600, 0, 1400, 2000)); // right half only: blue
        assertThat(portrait.width() * 4).isEqualTo(portrait.height() * 3);
        BufferedImage stored = decode(portrait);
        assertThat(new Color(stored.getRGB(3, 10)).getBlue()).isGreaterThan(200);
        assertThat(new Color(stored.getRGB(portrait.width() - 3, portrait.height() - 3)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aTruncatedOrGarbledFileOrATiff_isACleanRefusal() {
        byte[] png = TestImages.halves(400, 600, "png");
        byte[] jpeg = TestImages.halves(400, 600, "jpg");
        byte[] header = java.util.Arrays.copyOf(png, 20);                   // the signature and half an IHDR
        byte[] noPixels = java.util.Arrays.copyOf(png, 60);                 // a whole IHDR, the data cut
        byte[] jpegHead = java.util.Arrays.copyOf(jpeg, 30);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        System.arraycopy(png, 0, garbage, 0, 8);                            // a PNG signature, then noise
        byte[] negative = TestImages.blackPng(400, 600);
        negative[16] = (byte) 0x80;                                         // IHDR width with the sign bit set
        byte[] tiff = image(400, 600, "tiff");                              // an image, but not a format offered to uploads
        for (byte[] bad : java.util.List.of(header, noPixels, jpegHead, garbage, negative, tiff, new byte[0])) {
            assertThatThrownBy(() -> Portrait.of(bad))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.NOT_AN_IMAGE.messageKey()));
        }
    }
}
