package org.refuge.platform.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

/** How the screens' portrait servlets answer: the JPEG, never cached, or 404 when there is none. */
public final class PortraitAnswers {

    private PortraitAnswers() {
    }

    public static void send(HttpServletResponse response, Optional<byte[]> jpeg) throws IOException {
        if (jpeg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(jpeg.get().length);
        response.getOutputStream().write(jpeg.get());
    }
}
