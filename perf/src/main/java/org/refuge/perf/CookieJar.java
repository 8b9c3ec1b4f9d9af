package org.refuge.perf;

import java.net.CookieHandler;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One browser's cookies, kept as a browser keeps them for {@code localhost}: by host (not port) and path, sent back
 * on plain HTTP too. The JDK's {@code CookieManager} cannot stand in: it never sends a {@code Secure} cookie over
 * HTTP, while Keycloak marks its session cookies {@code Secure} and browsers send them to {@code http://localhost}
 * (a secure context). Domain cookies are not needed by the sign-in and are kept for their own host only.
 * Thread-safe.
 */
final class CookieJar extends CookieHandler {

    /** One cookie: where it goes and what it says. */
    record Cookie(String host, String path, String name, String value, Instant expires) {
    }

    private final Map<String, Cookie> cookies = new LinkedHashMap<>(); // host path name → cookie

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Instant now = Instant.now();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<String> pairs = new ArrayList<>();
        cookies.values().removeIf(c -> c.expires() != null && !c.expires().isAfter(now));
        for (Cookie c : cookies.values()) {
            if (c.host().equalsIgnoreCase(uri.getHost()) && pathMatches(path, c.path())) {
                pairs.add(c.name() + "=" + c.value());
            }
        }
        return pairs.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", pairs)));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((header, values) -> {
            if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    Cookie cookie = parse(uri, value, Instant.now());
                    if (cookie == null) {
                        continue;
                    }
                    String key = cookie.host() + " " + cookie.path() + " " + cookie.name();
                    if (cookie.expires() != null && !cookie.expires().isAfter(Instant.now())) {
                        cookies.remove(key);
                    } else {
                        cookies.put(key, cookie);
                    }
                }
            }
        });
    }

    /** The cookies kept, for tests. */
    synchronized List<Cookie> cookies() {
        return List.copyOf(cookies.values());
    }

    /**
     * A {@code Set-Cookie} header as a browser reads it: name and value as sent (quotes included), {@code Path}
     * (default: the request's directory), {@code Max-Age} before {@code Expires}; null when it has no name.
     */
    static Cookie parse(URI uri, String header, Instant now) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        String path = null;
        Instant expires = null;
        boolean maxAge = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int e = part.indexOf('=');
            String attribute = (e < 0 ? part : part.substring(0, e)).strip().toLowerCase(Locale.ROOT);
            String argument = e < 0 ? "" : part.substring(e + 1).strip();
            switch (attribute) {
                case "path" -> path = argument.startsWith("/") ? argument : null;
                case "max-age" -> {
                    try {
                        expires = now.plusSeconds(Long.parseLong(argument));
                        maxAge = true;
                    } catch (NumberFormatException ignored) {
                        // a malformed attribute is ignored, as browsers do
                    }
                }
                case "expires" -> {
                    if (!maxAge) {
                        expires = date(argument);
                    }
                }
                default -> {
                    // Domain, Secure, HttpOnly, SameSite, Version: not needed to send the cookie back to its host
                }
            }
        }
        if (path == null) {
            String requestPath = uri.getRawPath() == null ? "" : uri.getRawPath();
            int slash = requestPath.lastIndexOf('/');
            path = slash <= 0 ? "/" : requestPath.substring(0, slash);
        }
        return new Cookie(uri.getHost(), path, name, value, expires);
    }

    /** RFC 6265's path-match: the same path, or below it. */
    static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath)) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    private static Instant date(String text) {
        try {
            // "Thu, 01 Jan 1970 00:00:00 GMT" and the older "Thu, 01-Jan-1970 00:00:00 GMT"
            return ZonedDateTime.parse(text.replace('-', ' '), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
