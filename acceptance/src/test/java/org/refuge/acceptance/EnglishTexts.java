package org.refuge.acceptance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English texts of the user interface, as the sources hold them: the values of the English message bundle, the
 * English refusal sentences (ValidationMessages) and the English month and day names of PrimeFaces' calendars. A
 * string shown on an Armenian or Russian page that equals one of them (or fits one with its arguments, such as
 * "3 beds in CAMP-ARARAT-1") was not translated. Texts that are the same in every language are named in
 * {@link #SAME_IN_EVERY_LANGUAGE}.
 *
 * <p>The sources are read from the checkout ({@code refuge.test.source-root}, default {@code ..}), so the check can be
 * run with today's texts against an application built from an older commit.
 */
final class EnglishTexts {

    /** Strings that are legitimately the same in en, hy and ru: the product's name, language names, codes. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Refuge", "English", "Հայերեն", "Русский", "PDF", "CSV", "XLSX", "QR", "OK", "—");

    private static final List<String> CALENDAR = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Su", "Mo", "Tu",
            "We", "Th", "Fr", "Sa", "Today", "Clear");

    /** Separators between the parts of one text node ("Cleared · 3 persons (Margara)"), each part looked up again. */
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[·•|—–:;,()\\[\\]→]|\\s-\\s)\\s*");

    /** An identifier as code writes it (givenName, birthPrecision): shown on a page, a field's name went untranslated. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z]+[A-Z][A-Za-z]*");

    private final Map<String, String> exact = new HashMap<>();
    private final Map<Pattern, String> patterns = new HashMap<>();
    /** The last part of each bundle key in camelCase: the names of fields and codes the bundles label. */
    private final Map<String, String> identifiers = new HashMap<>();

    private EnglishTexts() {
    }

    static EnglishTexts fromSources() {
        Path root = Path.of(System.getProperty("refuge.test.source-root", ".."));
        EnglishTexts texts = new EnglishTexts();
        texts.addBundle(root.resolve("web/src/main/resources/org/refuge/web/i18n/messages_en.properties"), "messages");
        texts.addBundle(root.resolve("ejb/src/main/resources/ValidationMessages.properties"), "ValidationMessages");
        CALENDAR.forEach(name -> texts.exact.putIfAbsent(name, "PrimeFaces calendar"));
        return texts;
    }

    /** Adds the texts another page showed in English (Keycloak's sign-in page), named by where they were seen. */
    void addShown(Collection<String> shown, String where) {
        shown.stream().map(EnglishTexts::normalise).filter(EnglishTexts::checkable).forEach(t -> exact.putIfAbsent(t, where));
    }

    private void addBundle(Path file, String name) {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("English texts not found: " + file.toAbsolutePath(), e);
        }
        for (String key : bundle.stringPropertyNames()) {
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (IDENTIFIER.matcher(last).matches()) {
                identifiers.putIfAbsent(last, name + ":" + key + " (its name in code)");
            }
            String value = normalise(bundle.getProperty(key));
            if (value.indexOf('{') < 0) {
                if (checkable(value)) {
                    exact.putIfAbsent(value, name + ":" + key);
                    exact.putIfAbsent(value.replace("''", "'"), name + ":" + key);
                }
            } else {
                Pattern pattern = pattern(value);
                if (pattern != null) {
                    patterns.putIfAbsent(pattern, name + ":" + key);
                }
            }
        }
    }

    /**
     * The English sources of a string shown on a page: the whole string, or one of its parts, equal to an English
     * text or fitting an English pattern. Empty when nothing English was found.
     */
    List<String> englishIn(String shown) {
        String text = normalise(shown);
        Set<String> found = new LinkedHashSet<>();
        if (!checkable(text)) {
            return List.of();
        }
        if (exact.containsKey(text)) {
            found.add(exact.get(text));
        }
        if (identifiers.containsKey(text)) {
            found.add(identifiers.get(text));
        }
        if ("true".equals(text) || "false".equals(text)) {
            found.add("a yes or no as code writes it");
        }
        patterns.forEach((pattern, key) -> {
            if (pattern.matcher(text).matches()) {
                found.add(key);
            }
        });
        for (String part : PARTS.split(text)) {
            String p = part.strip();
            if (!p.equals(text) && checkable(p) && exact.containsKey(p)) {
                found.add(exact.get(p));
            }
        }
        return new ArrayList<>(found);
    }

    static String normalise(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Worth checking: has letters and is not one of the strings every language shares. */
    private static boolean checkable(String text) {
        return !text.isEmpty() && text.codePoints().anyMatch(Character::isLetter) && !SAME_IN_EVERY_LANGUAGE.contains(text);
    }

    /**
     * A message pattern as a regular expression: each {@code {…}} argument (MessageFormat's or PrimeFaces' paginator's)
     * stands for any text. Patterns whose fixed part has fewer than four letters ("{0} ({1})") match too much: none.
     */
    private static Pattern pattern(String value) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int letters = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < value.length() && depth > 0) {
                    depth += value.charAt(j) == '{' ? 1 : value.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                regex.append(Pattern.quote(literal.toString())).append("(.+?)");
                literal.setLength(0);
                i = j - 1;
            } else if (c == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                literal.append('\'');
                i++;
            } else {
                literal.append(c);
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return letters < 4 ? null : Pattern.compile(regex.toString());
    }
}
