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
        return jpeg(image);
    }

    /**
     * A valid 24-bit RGB PNG of {@code width × height} black pixels that weighs a few hundred kilobytes: 8000 × 5000
     * decodes to 40 megapixels, 120 MB of pixels. Written chunk by chunk, never holding the image.
     */
    static byte[] blackRgbPng(int width, int height) {
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat,
                    new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
                byte[] row = new byte[1 + 3 * width]; // filter byte 0, then R, G, B of each pixel
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            java.io.DataOutputStream header = new java.io.DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, no filter, not interlaced
            chunk(png, "IHDR", ihdr.toByteArray());
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        java.io.DataOutputStream out = new java.io.DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** A {@code width × height} JPEG photo (a face on a blue background), for large but allowed uploads. */
    static byte[] largeJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 130, 220));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(224, 180, 150));
        g.fillOval(width * 3 / 8, height / 5, width / 4, height * 2 / 5);
        g.dispose();
        return jpeg(image);
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }
}
