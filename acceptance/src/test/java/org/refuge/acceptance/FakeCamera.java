package org.refuge.acceptance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import org.openqa.selenium.JavascriptExecutor;

/**
 * A camera for headless Chromium: a video file of one still picture, played by Chromium's fake capture device as the
 * device's camera ({@code --use-file-for-fake-video-capture}), with the permission prompt answered yes.
 */
final class FakeCamera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private FakeCamera() {
    }

    /** A browser whose camera shows the picture (grey levels, {@link #WIDTH} × {@link #HEIGHT}) over and over. */
    static Browser browser(byte[] luma) {
        return browser(WIDTH, HEIGHT, luma);
    }

    /**
     * A browser whose camera shows a picture of exactly {@code width} × {@code height}: the file device cannot scale,
     * so a page asking its camera for another size gets an OverconstrainedError (a real webcam scales).
     */
    static Browser browser(int width, int height, byte[] luma) {
        try {
            Path video = Files.createTempFile("refuge-camera-", ".y4m");
            video.toFile().deleteOnExit();
            return Browser.withArguments("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                    "--use-file-for-fake-video-capture=" + y4m(video, width, height, luma).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain surface, lighter to the right: a picture with nothing to read in it. */
    static byte[] plain() {
        return plain(WIDTH, HEIGHT);
    }

    static byte[] plain(int width, int height) {
        byte[] luma = new byte[width * height];
        for (int i = 0; i < luma.length; i++) {
            luma[i] = (byte) (110 + (i % width) / 40);
        }
        return luma;
    }

    /** The code in black on white, centred, at an integral number of pixels a module. */
    static byte[] qrFrame(String text) throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
        int module = Math.max(1, (HEIGHT - 40) / matrix.getHeight());
        int left = (WIDTH - matrix.getWidth() * module) / 2;
        int top = (HEIGHT - matrix.getHeight() * module) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 200);
        for (int y = 0; y < matrix.getHeight() * module; y++) {
            for (int x = 0; x < matrix.getWidth() * module; x++) {
                luma[(top + y) * WIDTH + left + x] = (byte) (matrix.get(x / module, y / module) ? 16 : 235);
            }
        }
        return luma;
    }

    /** Waits until the page's camera video plays (PrimeFaces' photoCam has its frames). */
    static void waitUntilLive(Browser browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("var v = document.querySelector('video');"
                + " return !!v && v.readyState >= 2 && v.videoWidth > 0 && !!window.Webcam && Webcam.loaded === true;")));
    }

    /**
     * A YUV4MPEG2 video of a few identical grey frames (4:2:0, chroma neutral), the format Chromium's fake camera plays
     * from a file: the header line, then per frame "FRAME", the luma plane and the two quarter-size chroma planes.
     */
    private static Path y4m(Path file, int width, int height, byte[] luma) throws IOException {
        byte[] chroma = new byte[(width / 2) * (height / 2)];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F5:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 5; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return file;
    }
}
