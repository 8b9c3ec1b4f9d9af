package org.refuge.registration.domain;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Latin transliteration of names typed in Armenian, Cyrillic, Arabic or any other script, in plain ASCII letters as
 * documents print them: BGN/PCGN for Armenian (without the ejective marks, as Armenian passports write names) and
 * Russian, Kurdish Latin for the Sorani letters, ICU's Any-Latin for the rest; what ICU leaves outside ASCII (Arabic ayn and hamza marks, letters it has no
 * rule for) is dropped. A registrar may correct the result; it is a proposal.
 */
public final class Transliteration {

    private static final Transliterator GENERAL = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; [^\\u0020-\\u007E] Remove");
    /** BGN marks Armenian ejectives with U+2019 (T’at’ul); passports write Tatul. */
    private static final Transliterator ARMENIAN = Transliterator.getInstance(
            "Armenian-Latin/BGN; [\u2019] Remove; Russian-Latin/BGN; Any-Latin; Latin-ASCII; [^\\u0020-\\u007E] Remove");
    private static final Pattern ARMENIAN_LETTER = Pattern.compile("\\p{IsArmenian}");
    /**
     * Sorani Kurdish letters ICU's Arabic rules drop or misread (ڕ ێ ۆ ە ڵ ڤ), written as Kurdish Latin writes them
     * (Rebwar, Şêrko, Kawe, Talebanî, Evîn); the double waw is u; the hamza seat of a vowel-initial word is silent.
     * Applied before the general chain, only to names that carry one of these letters.
     */
    private static final Transliterator SORANI = Transliterator.createFromRules("Sorani-Latin",
            "\u0648\u0648 > u ; \u0695 > r ; \u06CE > e ; \u06C6 > o ; \u06D5 > e ; \u06B5 > l ; \u06A4 > v ; \u0626 > ;",
            Transliterator.FORWARD);
    private static final Pattern SORANI_LETTER = Pattern.compile("[\u0695\u06CE\u06C6\u06D5\u06B5\u06A4]");

    private Transliteration() {
    }

    public static String toLatin(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String text = name.strip();
        if (SORANI_LETTER.matcher(text).find()) {
            synchronized (SORANI) { // ICU transliterators are not thread-safe
                text = SORANI.transliterate(text);
            }
        }
        Transliterator transliterator = ARMENIAN_LETTER.matcher(text).find() ? ARMENIAN : GENERAL;
        synchronized (transliterator) {
            return transliterator.transliterate(text).replaceAll("\\s+", " ");
        }
    }
}
