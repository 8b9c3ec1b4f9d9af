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

class PortraitTest {

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);   // left half red, right half blue: the crop keeps the centre
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
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
                .isInstanceOfSatisfying(PortraitRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Portrait.Refusal.NOT_AN_IMAGE));
        assertThatThrownBy(() -> Portrait.of(new byte[Portrait.MAX_INPUT_BYTES + 1]))
                .isInstanceOfSatisfying(PortraitRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Portrait.Refusal.TOO_LARGE));
        byte[] tiny = image(60, 80, "png");
        assertThatThrownBy(() -> Portrait.of(tiny))
                .isInstanceOfSatisfying(PortraitRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Portrait.Refusal.TOO_SMALL));
        assertThat(new PortraitRefusedException(Portrait.Refusal.TOO_LARGE).messageKey()).isEqualTo("refuge.photo.too_large");
    }
}
