package org.refuge.assistance.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.refuge.platform.refusal.Refusal;

/**
 * Reads a QR code out of a picture taken by a desk's camera (a JPEG or PNG frame of the webcam), so that the code's text
 * can be checked as if a handheld scanner had typed it. The picture is refused (400, field {@code picture}) when it is
 * no JPEG or PNG, over {@link #MAX_BYTES}, or when its header declares more than {@link #MAX_PIXELS} pixels: the
 * dimensions are read before any pixel is decoded, so a small file declaring a huge image costs nothing. A picture in
 * which no QR code can be found is no refusal: the desk asks for another one.
 */
public final class QrPicture {

    /** A webcam frame is some 100 KB; five megabytes leave room for a phone camera's photo. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Twelve megapixels: any camera a desk has, and a bound on the memory one decode takes (about 50 MB). */
    public static final long MAX_PIXELS = 12_000_000;
    static final String REFUSED = "refuge.desk.picture";
    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    private QrPicture() {
    }

    /** The text of the QR code in the picture, or none when no code can be read in it. */
    public static Optional<String> read(byte[] picture) {
        BufferedImage image = image(picture);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        // the hybrid binarizer suits uneven light across a frame; the global one reads some low-contrast frames it misses
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)), new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (ReaderException notHere) {
                // try the next binarizer
            }
        }
        return Optional.empty();
    }

    private static BufferedImage image(byte[] picture) {
        if (picture == null || picture.length == 0 || picture.length > MAX_BYTES) {
            throw Refusal.invalid("picture", REFUSED);
        }
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(picture))) {
            ImageReader reader = reader(ImageIO.getImageReaders(stream));
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw Refusal.invalid("picture", REFUSED);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refusal refusal) {
                throw refusal;
            }
            throw Refusal.invalid("picture", REFUSED);
        }
    }

    /** The first JPEG or PNG reader for the stream: no other format a camera sends is decoded. */
    private static ImageReader reader(Iterator<ImageReader> readers) {
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException e) {
                // a reader that cannot name its format is not used
            }
            reader.dispose();
        }
        throw Refusal.invalid("picture", REFUSED);
    }
}
