package org.refuge.registration.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A portrait as Refuge stores it: cropped to 3:4 around the centre (or around the crop box the registrar chose),
 * scaled to at most 480 × 640 pixels and encoded as JPEG, whatever came from the webcam or the upload (JPEG, PNG,
 * BMP, GIF). Anything else, a file over {@link #MAX_INPUT_BYTES}, or an image too small to recognise a face is refused
 * with a {@link PortraitRefusedException} naming the reason.
 */
public record Portrait(byte[] jpeg, int width, int height) {

    public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;
    static final int MAX_PIXELS = 40_000_000;
    static final int MIN_WIDTH = 90;
    static final int STEP = 160; // 160 × (3, 4) = 480 × 640

    /** Why a file is not a usable portrait; each reason has a message in ValidationMessages. */
    public enum Refusal { TOO_LARGE, NOT_AN_IMAGE, TOO_SMALL }

    public static Portrait of(byte[] input) {
        return of(input, null);
    }

    /** @param crop the box to keep, in the input's pixels; null crops the largest centred 3:4 box */
    public static Portrait of(byte[] input, java.awt.Rectangle crop) {
        if (input == null || input.length == 0) {
            throw new PortraitRefusedException(Refusal.NOT_AN_IMAGE);
        }
        if (input.length > MAX_INPUT_BYTES) {
            throw new PortraitRefusedException(Refusal.TOO_LARGE);
        }
        BufferedImage image = read(input);
        java.awt.Rectangle box = crop == null ? centred(image.getWidth(), image.getHeight())
                : threeByFour(crop.intersection(new java.awt.Rectangle(image.getWidth(), image.getHeight())));
        if (box.width < MIN_WIDTH) {
            throw new PortraitRefusedException(Refusal.TOO_SMALL);
        }
        int k = Math.min(STEP, box.width / 3);
        BufferedImage out = new BufferedImage(3 * k, 4 * k, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), box.x, box.y, box.x + box.width, box.y + box.height, null);
        } finally {
            g.dispose();
        }
        return new Portrait(jpeg(out), out.getWidth(), out.getHeight());
    }

    static java.awt.Rectangle centred(int width, int height) {
        int w = Math.min(width, height * 3 / 4);
        int h = w * 4 / 3;
        return new java.awt.Rectangle((width - w) / 2, (height - h) / 2, w, h);
    }

    private static java.awt.Rectangle threeByFour(java.awt.Rectangle r) {
        java.awt.Rectangle inner = centred(r.width, r.height);
        inner.translate(r.x, r.y);
        return inner;
    }

    /** Reads the image after checking its dimensions, so that a small file declaring a huge image is refused cheaply. */
    private static BufferedImage read(byte[] input) {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(input))) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw new PortraitRefusedException(Refusal.NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new PortraitRefusedException(Refusal.TOO_LARGE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof PortraitRefusedException refused) {
                throw refused;
            }
            throw new PortraitRefusedException(Refusal.NOT_AN_IMAGE);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
