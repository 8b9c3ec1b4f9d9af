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
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.refuge.platform.refusal.Refusal;

/**
 * A portrait as Refuge stores it: cropped to 3:4 around the centre (or around the crop box the registrar chose),
 * scaled to at most 480 × 640 pixels and encoded as JPEG, whatever came from the webcam or the upload (JPEG, PNG,
 * BMP, GIF). Anything else (TIFF and WBMP included), a file over {@link #MAX_INPUT_BYTES}, an image whose header
 * declares more pixels than the limit (a small PNG can declare 40 megapixels), or an image too small to recognise a
 * face is refused with a {@link Refusal} naming the reason. The dimensions are read from the header before any pixel is
 * decoded, and only the crop box is decoded, subsampled while reading to about twice the size that is kept, so a
 * decode holds a few megapixels whatever the input.
 */
public record Portrait(byte[] jpeg, int width, int height) {

    /** The largest file accepted, by the API and by the screens' uploads alike. */
    public static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;
    /** The default limit of width × height; RefugeSettings can change it. */
    public static final long DEFAULT_MAX_PIXELS = 12_000_000;
    static final int MIN_WIDTH = 90;
    static final int STEP = 160; // 160 × (3, 4) = 480 × 640
    /** The image formats read, by ImageIO's format names. */
    static final java.util.Set<String> FORMATS = java.util.Set.of("jpeg", "png", "gif", "bmp");

    /**
     * Why a file is not a usable portrait; each reason has a message in ValidationMessages. TOO_LARGE is about the
     * file's bytes, TOO_MANY_PIXELS about the dimensions its header declares, BUSY says that the decodes allowed at
     * once are all running (see {@link PortraitBusyException}).
     */
    public enum Reason { TOO_LARGE, NOT_AN_IMAGE, TOO_SMALL, TOO_MANY_PIXELS, BUSY;

        /** The ValidationMessages key of the reason. */
        public String messageKey() {
            return "refuge.photo." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The refusal of a photo: at the {@code photo} field, 413 when it is too large, else 400. */
    public static Refusal refused(Reason reason) {
        return Refusal.of(reason == Reason.TOO_LARGE
                ? Refusal.Kind.TOO_LARGE : Refusal.Kind.INVALID,
                "photo", reason.messageKey());
    }

    /**
     * Entered after the header is checked and before the pixels are decoded, left when decoding ends: bounds how
     * many decodes run at once. {@link #enter()} refuses with a {@link PortraitBusyException} when none is free.
     */
    public interface Gate {
        Permit enter();

        interface Permit extends AutoCloseable {
            @Override
            void close();
        }

        /** No bound: for tests and tools. */
        Gate OPEN = () -> () -> { };
    }

    public static Portrait of(byte[] input) {
        return of(input, null);
    }

    /** @param crop the box to keep, in the input's pixels; null crops the largest centred 3:4 box */
    public static Portrait of(byte[] input, java.awt.Rectangle crop) {
        return of(input, crop, DEFAULT_MAX_PIXELS, Gate.OPEN);
    }

    /**
     * @param crop      the box to keep, in the input's pixels; null crops the largest centred 3:4 box
     * @param maxPixels the most width × height an image may declare
     * @param gate      entered for the decoding of the pixels only
     */
    public static Portrait of(byte[] input, java.awt.Rectangle crop, long maxPixels, Gate gate) {
        if (input == null || input.length == 0) {
            throw refused(Reason.NOT_AN_IMAGE);
        }
        if (input.length > MAX_INPUT_BYTES) {
            throw refused(Reason.TOO_LARGE);
        }
        BufferedImage image = read(input, crop, maxPixels, gate);
        int k = Math.min(STEP, image.getWidth() / 3);
        BufferedImage out = new BufferedImage(3 * k, 4 * k, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
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

    /**
     * Reads the 3:4 box of the image after checking the dimensions its header declares, so that a small file declaring
     * a huge image is refused cheaply; the box is subsampled while reading to no less than twice the width kept.
     */
    private static BufferedImage read(byte[] input, java.awt.Rectangle crop, long maxPixels, Gate gate) {
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(input))) {
            ImageReader reader = reader(ImageIO.getImageReaders(stream));
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw refused(Reason.NOT_AN_IMAGE);
                }
                if ((long) width * height > maxPixels) {
                    throw refused(Reason.TOO_MANY_PIXELS);
                }
                java.awt.Rectangle box = crop == null ? centred(width, height)
                        : threeByFour(crop.intersection(new java.awt.Rectangle(width, height)));
                if (box.width < MIN_WIDTH || box.height <= 0) {
                    throw refused(Reason.TOO_SMALL);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(box);
                int subsampling = subsampling(box.width);
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                try (Gate.Permit permit = gate.enter()) {
                    return reader.read(0, param);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refusal || unreadable instanceof PortraitBusyException) {
                throw (RuntimeException) unreadable;
            }
            throw refused(Reason.NOT_AN_IMAGE);
        }
    }

    /** The first reader of one of the {@link #FORMATS}: the JDK's TIFF and WBMP readers are not offered to uploads. */
    private static ImageReader reader(Iterator<ImageReader> readers) throws IOException {
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                return reader;
            }
            reader.dispose();
        }
        throw refused(Reason.NOT_AN_IMAGE);
    }

    /** Every n-th pixel of a box this wide still gives at least twice the width kept (3 × STEP). */
    static int subsampling(int boxWidth) {
        return Math.max(1, boxWidth / (2 * 3 * STEP));
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
