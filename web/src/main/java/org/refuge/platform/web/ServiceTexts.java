package org.refuge.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Texts the services wrote in English and keep, shown in the reader's language: the purpose of an audit event
 * ("3 beds in CAMP-ARARAT-1, tents [4]"), a timeline line ("UPDATE: member registered"), a history record's name.
 * The audit trail holds such texts for years, so they are translated where they are read, not where they are
 * written: each is matched against the English bundle's texts under a key prefix ({@code audit.purpose.*}), where
 * {@code {0}}, {@code {1}}… stand for the parts that vary, and the same key's text in the page's language is filled
 * with those parts. A part that is itself a code with a label ({@code structure.TENT}, {@code audit.action.UPDATE})
 * is given its label. A text no English pattern explains is shown as it was written.
 */
@Named("serviceTexts")
@ApplicationScoped
public class ServiceTexts {

    /** Bundle prefixes whose labels name a part of a purpose: a structure's kind, a verification's verdict. */
    private static final List<String> PART_LABELS = List.of("structure.", "verify.verdict.", "audit.action.");

    /** A bundle key's English text as a pattern: its fixed words, and a group for each argument. */
    private record English(String key, Pattern pattern, int fixedLength) {
    }

    private final Map<String, List<English>> byPrefix = new ConcurrentHashMap<>();

    /** An audit event's purpose in the page's language. */
    public String purpose(String purpose) {
        return translate(purpose, "audit.purpose.", locale());
    }

    /** A line of a household's timeline, "ACTION: purpose", in the page's language. */
    public String timeline(String what) {
        return timeline(what, locale());
    }

    String timeline(String what, Locale locale) {
        if (what == null) {
            return "";
        }
        int colon = what.indexOf(": ");
        if (colon < 0) {
            return translate(what, "audit.purpose.", locale);
        }
        return Messages.format(locale, "household.timeline.entry", label("audit.action.", what.substring(0, colon), locale),
                translate(what.substring(colon + 2), "audit.purpose.", locale));
    }

    /** A record type of the audit trail ("CampStay") by its name in the page's language. */
    public String recordType(String type) {
        return type == null ? "" : label("audit.recordType.", type, locale());
    }

    /** The name a history entry gives its record ("Household BCP-…"), in the page's language. */
    public String historyRecord(String record) {
        return translate(record, "household.history.record.", locale());
    }

    /** The label of a code under a prefix ({@code need.}, {@code sex.}), or the code itself when the bundle has none. */
    public String label(String prefix, String code) {
        return label(prefix, code, locale());
    }

    public static String label(String prefix, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(prefix + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /** A text a service wrote in English, in the language of the locale when an English bundle text under the prefix fits it. */
    String translate(String english, String prefix, Locale locale) {
        if (english == null || english.isBlank()) {
            return english == null ? "" : english;
        }
        for (English candidate : patterns(prefix)) {
            Matcher matcher = candidate.pattern().matcher(english.strip());
            if (matcher.matches()) {
                Object[] parts = new Object[matcher.groupCount()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = part(matcher.group(i + 1), locale);
                }
                return Messages.format(locale, candidate.key(), parts);
            }
        }
        return english;
    }

    private static String part(String value, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        for (String prefix : PART_LABELS) {
            if (bundle.containsKey(prefix + value)) {
                return bundle.getString(prefix + value);
            }
        }
        return value;
    }

    /** The English texts under a prefix, the most specific first (most fixed words), so "x, portrait changed" beats "x". */
    private List<English> patterns(String prefix) {
        return byPrefix.computeIfAbsent(prefix, p -> {
            ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
            List<English> patterns = new ArrayList<>();
            for (String key : english.keySet()) {
                if (key.startsWith(p)) {
                    patterns.add(english(key, english.getString(key)));
                }
            }
            patterns.sort(Comparator.comparingInt(English::fixedLength).reversed().thenComparing(English::key));
            return List.copyOf(patterns);
        });
    }

    /** A MessageFormat text as a regular expression: {@code {n}} matches any text, quotes as MessageFormat reads them. */
    static English english(String key, String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder fixed = new StringBuilder();
        int fixedLength = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int end = text.indexOf('}', i);
                regex.append(Pattern.quote(fixed.toString())).append("(.+?)");
                fixedLength += fixed.length();
                fixed.setLength(0);
                i = end < 0 ? text.length() : end + 1;
            } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                fixed.append('\'');
                i += 2;
            } else {
                fixed.append(c);
                i++;
            }
        }
        regex.append(Pattern.quote(fixed.toString()));
        fixedLength += fixed.length();
        return new English(key, Pattern.compile(regex.toString(), Pattern.DOTALL), fixedLength);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

}
