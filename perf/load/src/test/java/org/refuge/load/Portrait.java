package org.refuge.load;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The desk camera's photo of a member, drawn once: a 3:4 JPEG of 480 × 640 (the size the registry keeps), a head and
 * shoulders on a plain background, some 10 KB. The registry scales and re-encodes every upload, so the server does
 * the same work for it as for a camera's picture of that size.
 */
final class Portrait {

    private static final byte[] JPEG = draw();

    private Portrait() {
    }

    static byte[] jpeg() {
        return JPEG;
    }

    private static byte[] draw() {
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(214, 222, 230));
            g.fillRect(0, 0, 480, 640);
            g.setColor(new Color(60, 70, 90));
            g.fillOval(60, 430, 360, 320);
            g.setColor(new Color(205, 165, 135));
            g.fillOval(150, 150, 180, 240);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("No JPEG writer in this JDK");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
