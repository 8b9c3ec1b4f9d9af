package org.refuge.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTTP rules that keep another site from driving Refuge and keep personal data out of caches:
 * <ul>
 * <li>the REST API is bearer-only: a request under {@code /api} without an {@code Authorization: Bearer} header gets
 * 401, even when the browser sends a valid session cookie (a page on another site can make the browser send the
 * cookie, never the token);</li>
 * <li>{@code Cache-Control: no-store} on every page, API answer, photo and PDF (the static resources of the screens
 * are left to their own caching);</li>
 * <li>{@code Strict-Transport-Security} when served over TLS.</li>
 * </ul>
 * The session cookie's {@code SameSite=Lax} is set by {@code WEB-INF/undertow-handlers.conf}, its {@code Secure} flag by
 * {@link SessionCookieSettings}.
 */
@WebFilter(urlPatterns = "/*")
public class HttpSecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!path.startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        // the servlet path is what the container routed on (decoded, without ;parameters): /%61pi and /api;x are /api too
        if ((isApi(path) || isApi(request.getServletPath())) && !bearer(request)) {
            unauthorized(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;"));
    }

    private static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && authorization.length() > 7;
    }

    /** The same problem document as the API's own 401 (ProblemMapper), before any resource or session is touched. */
    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"refuge\"");
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"The API needs a bearer token (Authorization: Bearer ...); a session cookie is not enough.\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
