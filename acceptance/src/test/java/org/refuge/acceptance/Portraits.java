package org.refuge.acceptance;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A drawn 3:4 portrait (a face on a coloured background) as JPEG, for members registered by tests. */
final class Portraits {

    private Portraits() {
    }

    static byte[] jpeg() {
        return jpeg(new Color(90, 130, 220));
    }

    static byte[] jpeg(Color background) {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(224, 180, 150));
        g.fillOval(90, 80, 120, 160);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }
}
