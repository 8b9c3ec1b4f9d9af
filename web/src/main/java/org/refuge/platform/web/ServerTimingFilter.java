package org.refuge.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells how long the server worked on each JSF page answer: {@code Server-Timing: app;dur=123.4} (milliseconds, from
 * entering this filter to the last byte of the page rendered), read by the page benchmark ({@code ./refuge bench
 * pages}) and shown by a browser's developer tools. The header names no request content.
 * <p>
 * A header must be sent before the body, and a page is longer than the container's response buffer: the page is
 * therefore held in memory ({@link BufferedPageResponse}) until it is rendered, then sent with the header and its
 * {@code Content-Length}. Only pages of the Faces servlet are held (a page is budgeted at 200 KB); its resources,
 * the API, photos and every other answer stream as before, without the header.
 * <p>
 * Declared in {@code web.xml}, not by annotation, so that it comes before the annotated filters
 * ({@link HttpSecurityFilter}, {@link CallerFilter}, in their unchanged order) and measures them too.
 */
public class ServerTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Server-Timing";
    private static final String FACES_SERVLET = "Faces Servlet";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        BufferedPageResponse page = new BufferedPageResponse(response);
        chain.doFilter(request, page);
        if (response.isCommitted()) {
            return; // a redirect or an error page answered instead of the page
        }
        byte[] body = page.body();
        response.setHeader(HEADER, header(System.nanoTime() - start));
        if (body.length > 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** A page (or an ajax answer) of the Faces servlet, not one of its resources (scripts, styles, fonts, images). */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FACES_SERVLET.equals(request.getHttpServletMapping().getServletName())
                && !path.startsWith(HttpSecurityFilter.RESOURCES);
    }

    /** {@code app;dur=} and the milliseconds with one decimal. */
    static String header(long nanos) {
        return String.format(Locale.ROOT, "app;dur=%.1f", nanos / 1e6);
    }
}
