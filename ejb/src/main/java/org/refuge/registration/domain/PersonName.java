package org.refuge.registration.domain;

import java.util.Locale;

/**
 * The keys a person's name is compared by, whatever script it was typed in: the ICU Latin transliteration, lower-case,
 * folded so that common spelling variants of one name meet ("Yuriy"/"Iurii", "Mohammed"/"Muhamad", "Khachatryan"/
 * "Hachatrian"), and its consonant skeleton, because Arabic script does not write short vowels ("محمد" is "mhmd").
 * PostgreSQL's pg_trgm compares the keys; this class only makes them.
 */
public final class PersonName {

    private PersonName() {
    }

    /** The folded Latin key of given and family name. */
    public static String key(String givenName, String familyName) {
        return fold(Transliteration.toLatin(join(givenName, familyName)));
    }

    /** The key of a free-text query (a whole name, in any order, any script). */
    public static String key(String name) {
        return fold(Transliteration.toLatin(name));
    }

    /** The consonants of {@link #key}: what Arabic-script and Latin spellings of one name share. */
    public static String skeleton(String foldedKey) {
        return foldedKey.replaceAll("[aeiou]", "").replaceAll("(.)\\1+", "$1").replaceAll(" +", " ").strip();
    }

    /** True when the name is written in a script that leaves out short vowels, where the skeleton is the better key. */
    public static boolean withoutVowels(String name) {
        return name != null && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    static String fold(String latin) {
        String s = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
        s = s.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("ou", "u")
                .replace('y', 'i').replace('w', 'v').replace('q', 'k');
        return s.replaceAll("(.)\\1+", "$1").replaceAll(" +", " ").strip();
    }

    private static String join(String givenName, String familyName) {
        return (givenName == null ? "" : givenName.strip()) + " " + (familyName == null ? "" : familyName.strip());
    }
}
