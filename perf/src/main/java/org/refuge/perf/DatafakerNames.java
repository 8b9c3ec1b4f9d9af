package org.refuge.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name lists of the datafaker library (net.datafaker:datafaker, Apache-2.0), read from its jar's YAML resources
 * ({@code hy.yml}, {@code ru.yml}, {@code ar.yml}, {@code fa.yml}) at run time and cleaned: nothing of them is copied
 * into this repository. Their {@code faker.name} lists are one-line flow sequences, so a small reader takes them in a
 * few milliseconds where a full YAML parse of the files takes half a second. They have no frequencies and no Latin or
 * Cyrillic forms; {@link NameTable} ranks them after the hand-curated names and the spelling classes write them in
 * other scripts.
 */
final class DatafakerNames {

    /** Entries with a remark, a digit or a Latin letter in them: "انوش ( آنوشا )", "کیانی (نام خانوادگی)". */
    private static final Pattern ANNOTATED = Pattern.compile("[()\\[\\]0-9A-Za-z/,.]");
    /** Vowel marks, tatweel and zero-width joiners: registrars do not type them (محمّد is typed محمد). */
    private static final Pattern MARKS = Pattern.compile("[\u064B-\u0652\u0670\u0640\u200B-\u200F]");
    /** "key: value" at the lists' level of the name section. */
    private static final Pattern ENTRY = Pattern.compile("([a-z_]+):\\s*(.*)");

    private DatafakerNames() {
    }

    /**
     * The lists of a locale's {@code faker.name} section by key, as the file has them (with their vowel marks); empty
     * when the file is missing. Each call reads the file: callers keep what they need.
     */
    static Map<String, List<String>> lists(String locale) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        boolean inFaker = false;
        boolean inName = false;
        String key = null;
        for (String line : read("/" + locale + ".yml").split("\r?\n")) {
            String trimmed = line.trim();
            int indent = line.length() - line.stripLeading().length();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (indent <= 4) {
                // the two levels above the lists: "faker:" (indented 2) and its section "name:" (4)
                if (indent < 4) {
                    inFaker = indent == 2 && trimmed.equals("faker:");
                }
                inName = inFaker && indent == 4 && trimmed.equals("name:");
                key = null;
                continue;
            }
            if (!inName) {
                continue;
            }
            Matcher entry = ENTRY.matcher(trimmed);
            if (indent == 6 && entry.matches()) {
                key = entry.group(1);
                out.put(key, entry.group(2).isEmpty() ? new ArrayList<>() : flow(entry.group(2)));
            } else if (key != null && trimmed.startsWith("- ")) {
                out.get(key).add(unquoted(trimmed.substring(2).trim()));
            }
        }
        return out;
    }

    /** The entries of a one-line YAML flow sequence, "[a, 'b', "c"]"; plain entries never hold a comma in these lists. */
    private static List<String> flow(String value) {
        List<String> out = new ArrayList<>();
        if (!value.startsWith("[") || !value.endsWith("]")) {
            out.add(unquoted(value));
            return out;
        }
        StringBuilder item = new StringBuilder();
        char quote = 0;
        for (char c : value.substring(1, value.length() - 1).toCharArray()) {
            if (quote == 0 && (c == '"' || c == '\'') && item.toString().isBlank()) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c == ',' && quote == 0) {
                out.add(item.toString().trim());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        if (!item.toString().isBlank()) {
            out.add(item.toString().trim());
        }
        return out;
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static String read(String resource) {
        try (InputStream in = DatafakerNames.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the datafaker name list " + resource, e);
        }
    }

    /**
     * The entries a registrar could type as a name: without annotated or broken entries (a word of one letter), with
     * whitespace tidied and duplicates dropped. The vowel marks stay: the Arabic spellings read the shadda.
     */
    static List<String> cleaned(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : raw) {
            // a zero-width non-joiner joins the parts of a Persian name (علی‌پور); registrars type them joined
            String name = entry.replace("\u200C", "").replace('\u00A0', ' ').trim().replaceAll("\\s+", " ");
            if (name.isEmpty() || ANNOTATED.matcher(name).find() || hasOneLetterWord(name)) {
                continue;
            }
            out.add(name);
        }
        return new ArrayList<>(out);
    }

    /** The name as a registrar types it: without vowel marks (محمّد is typed محمد). */
    static String typed(String name) {
        return MARKS.matcher(name).replaceAll("");
    }

    /** The form two entries are compared by: typed, and ё as е (Семёнов and Семенов are one name). */
    static String key(String name) {
        return typed(name).replace('ё', 'е').replace('Ё', 'Е');
    }

    private static boolean hasOneLetterWord(String name) {
        for (String word : name.split("[ -]")) {
            if (word.codePointCount(0, word.length()) < 2) {
                return true;
            }
        }
        return false;
    }
}
