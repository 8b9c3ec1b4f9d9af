package org.refuge.perf;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in form of a Keycloak login page, read as a browser would submit it: the first {@code <form>} that has a
 * {@code password} field, its {@code action} resolved against the page's address, and its hidden fields with their
 * values (Keycloak's {@code credentialId}). Reads the HTML Keycloak writes (attributes in double quotes), not any HTML.
 */
record LoginForm(URI action, Map<String, String> hidden) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*?)/?>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MESSAGE = Pattern.compile("<(?:span|div)[^>]*(?:id=\"input-error\"|class=\"[^\"]*(?:kc-feedback-text|alert-title)[^\"]*\")[^>]*>(.*?)</(?:span|div)>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|quot|apos|lt|gt);");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");

    /** The sign-in form of the page at {@code page}, or empty when the page has none (it is not a login page). */
    static Optional<LoginForm> of(URI page, String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> formAttributes = attributes(form.group(1));
            Map<String, String> hidden = new LinkedHashMap<>();
            boolean password = false;
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String name = a.get("name");
                if (name == null) {
                    continue;
                }
                String type = a.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
                if (type.equals("password")) {
                    password = true;
                } else if (type.equals("hidden")) {
                    hidden.put(name, a.getOrDefault("value", ""));
                }
            }
            if (password) {
                String action = formAttributes.getOrDefault("action", "");
                return Optional.of(new LoginForm(action.isEmpty() ? page : page.resolve(action), hidden));
            }
        }
        return Optional.empty();
    }

    /**
     * What a login page says to the person, such as "Invalid username or password." (Keycloak's {@code input-error}
     * and alert texts), or empty.
     */
    static Optional<String> message(String html) {
        Matcher m = MESSAGE.matcher(html);
        while (m.find()) {
            String text = unescape(m.group(1).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The form's fields as {@code application/x-www-form-urlencoded}, with the user's name and password. */
    String body(String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>(hidden);
        fields.put("username", username);
        fields.put("password", password);
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!body.isEmpty()) body.append('&');
            body.append(encode(name)).append('=').append(encode(value));
        });
        return body.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), unescape(m.group(2)));
        }
        return attributes;
    }

    /** The character references an attribute value may hold: {@code &amp;}, {@code &quot;}, {@code &#47;}, {@code &#x2F;}... */
    static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement = switch (ref) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> Character.toString(ref.startsWith("#x") || ref.startsWith("#X")
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
