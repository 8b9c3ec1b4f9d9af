package org.refuge.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A page answer held in memory until it is complete, for {@link ServerTimingFilter}: what the page writes, through
 * its writer or its stream, goes to a buffer that nothing commits (a flush is ignored, a reset empties it); headers,
 * status, redirects and errors go to the real response as before.
 */
final class BufferedPageResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedPageResponse(HttpServletResponse response) {
        super(response);
    }

    /** What the page wrote, its writer flushed. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a page is written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // nothing is committed before the page is complete
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        discard();
    }

    @Override
    public void reset() {
        super.reset();
        discard();
    }

    private void discard() {
        if (writer != null) {
            writer.flush();
        }
        buffer.reset();
    }
}
