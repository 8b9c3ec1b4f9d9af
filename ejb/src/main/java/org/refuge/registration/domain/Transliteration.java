package org.refuge.registration.domain;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Latin transliteration of names typed in Armenian, Cyrillic, Arabic or any other script, in plain ASCII letters as
 * documents print them: BGN/PCGN for Armenian (without the ejective marks, as Armenian passports write names) and
 * Russian, ICU's Any-Latin for the rest; what ICU leaves outside ASCII (Arabic ayn and hamza marks, letters it has no
 * rule for) is dropped. A registrar may correct the result; it is a proposal.
 */
public final class Transliteration {

    private static final Transliterator GENERAL = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; [^\\u0020-\\u007E] Remove");
    /** BGN marks Armenian ejectives with U+2019 (T’at’ul); passports write Tatul. */
    private static final Transliterator ARMENIAN = Transliterator.getInstance(
            "Armenian-Latin/BGN; [\u2019] Remove; Russian-Latin/BGN; Any-Latin; Latin-ASCII; [^\\u0020-\\u007E] Remove");
    private static final Pattern ARMENIAN_LETTER = Pattern.compile("\\p{IsArmenian}");

    private Transliteration() {
    }

    public static String toLatin(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        Transliterator transliterator = ARMENIAN_LETTER.matcher(name).find() ? ARMENIAN : GENERAL;
        synchronized (transliterator) { // ICU transliterators are not thread-safe
            return transliterator.transliterate(name.strip()).replaceAll("\\s+", " ");
        }
    }
}
