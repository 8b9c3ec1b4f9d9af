package org.refuge.perf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Latin spellings of names written in Arabic script, Arabic or Persian, as passports and registrars spell them. The
 * script leaves short vowels out, so they are guessed the way one reads an unknown name: an "a" where two consonants
 * would otherwise meet at the start of a syllable, and the vowel of the pattern fā'il after a long ā before a last
 * consonant (Khalid, Hatim). Arabic comes in an English/standard style (Al-Khatib, Khalid, Yusuf, Qasim), a Levantine
 * and French style (El-Khatib, Khaled, Youssef, Kasem) and with the article joined (Alkhatib); Mohammed as Mohammed,
 * Muhammad or Mohamad. Persian comes with ou and gh (Behrouz, Ghasemi) or with u and q (Behruz, Qasemi). The
 * generator's own tables, never the application's transliteration: sharing it would make the benchmark measure itself.
 */
final class ArabicSpellings {

    /** The language the name is read in: it decides the vowels, و as w or v, and ق as q or gh. */
    enum Language { ARABIC, PERSIAN }

    private record Unit(String latin, boolean vowel, boolean geminate, char letter) {
    }

    private static final char SHADDA = '\u0651';
    private static final String VOWEL_LETTERS = "اآىة";
    private static final Map<Character, String> CONSONANTS = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ج', "j"), Map.entry('ح', "h"), Map.entry('خ', "kh"),
            Map.entry('د', "d"), Map.entry('ر', "r"), Map.entry('ز', "z"), Map.entry('س', "s"), Map.entry('ش', "sh"),
            Map.entry('ص', "s"), Map.entry('ط', "t"), Map.entry('ع', ""), Map.entry('غ', "gh"), Map.entry('ف', "f"),
            Map.entry('ك', "k"), Map.entry('ک', "k"), Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"),
            Map.entry('ه', "h"), Map.entry('ۀ', "h"), Map.entry('پ', "p"), Map.entry('چ', "ch"), Map.entry('ژ', "zh"),
            Map.entry('گ', "g"), Map.entry('ء', ""));
    /** Letters read differently: Arabic standard, Arabic Levantine, Persian with gh, Persian with q. */
    private static final Map<Character, String[]> READINGS = Map.of(
            'ث', new String[] {"th", "th", "s", "s"}, 'ذ', new String[] {"dh", "z", "z", "z"},
            'ظ', new String[] {"dh", "z", "z", "z"}, 'ض', new String[] {"d", "d", "z", "z"},
            'ق', new String[] {"q", "k", "gh", "q"}, 'غ', new String[] {"gh", "gh", "gh", "q"});

    private ArabicSpellings() {
    }

    /**
     * The Latin spellings of a name, the most usual first, without repeats. {@code written} may carry shadda marks
     * (they double the consonant); {@code family} reads Persian fā'il forms with e (Kazemi), given names with a (Arash).
     */
    static List<String> latin(String written, Language language, boolean family) {
        LinkedHashSet<String> spellings = new LinkedHashSet<>();
        int variants = language == Language.ARABIC ? 3 : 2;
        for (int v = 0; v < variants; v++) {
            StringBuilder out = new StringBuilder();
            for (String word : written.trim().split(" +")) {
                String latin = word(word, language, v, family);
                if (!latin.isEmpty()) {
                    out.append(out.length() > 0 ? " " : "").append(latin);
                }
            }
            spellings.add(out.toString());
        }
        return new ArrayList<>(spellings);
    }

    /** One word in variant {@code v}: 2 differs from 0 only in writing the article joined (Alkhatib). */
    private static String word(String w, Language language, int v, boolean family) {
        String plain = w.replace(String.valueOf(SHADDA), "");
        boolean arabic = language == Language.ARABIC;
        int reading = v == 2 ? 0 : v;
        if (plain.equals("أبو") || plain.equals("ابو")) {
            return v == 1 ? "Abou" : "Abu";
        }
        if (plain.equals("محمد")) {
            return arabic ? new String[] {"Mohammed", "Muhammad", "Mohamad"}[v] : v == 0 ? "Mohammad" : "Mohamad";
        }
        if (plain.startsWith("محمد") && plain.length() > 4) {
            String rest = after(w, 4);
            // a nisba -i (Mohammadi) or another name joined to it (Mohammadreza)
            String suffix = rest.equals("ی") || rest.equals("ي") ? "i" : sounds(rest, language, reading, family).toLowerCase();
            return (reading == 0 ? "Mohammad" : "Mohamad") + suffix;
        }
        if (arabic && plain.startsWith("عبدال") && plain.length() > 6) {
            String rest = sounds(after(w, 5), language, reading, family);
            return v == 0 ? "Abdul" + rest.toLowerCase() : v == 1 ? "Abdel" + rest.toLowerCase() : "Abd Al-" + rest;
        }
        if (arabic && plain.startsWith("ال") && plain.length() > 3) {
            String rest = sounds(after(w, 2), language, reading, family);
            return v == 0 ? "Al-" + rest : v == 1 ? "El-" + rest : "Al" + rest.toLowerCase();
        }
        return sounds(w, language, reading, family);
    }

    /** The word without its first {@code letters} letters (shadda marks do not count). */
    private static String after(String w, int letters) {
        int i = 0;
        for (int seen = 0; i < w.length() && seen < letters; i++) {
            if (w.charAt(i) != SHADDA) {
                seen++;
            }
        }
        while (i < w.length() && w.charAt(i) == SHADDA) {
            i++;
        }
        return w.substring(i);
    }

    /** The word read letter by letter, short vowels supplied; capitalised. */
    private static String sounds(String w, Language language, int v, boolean family) {
        List<Unit> units = units(w, language, v);
        String fail = language == Language.ARABIC ? (v == 1 ? "e" : "i") : family ? "e" : "a";
        boolean arabic = language == Language.ARABIC;
        StringBuilder out = new StringBuilder(w.length() * 2);
        boolean afterVowel = false;
        boolean afterLong = false;
        for (int k = 0; k < units.size(); k++) {
            Unit unit = units.get(k);
            if (unit.vowel()) {
                out.append(unit.latin());
                afterVowel = true;
                afterLong = true;
                continue;
            }
            // a doubled first letter is the article's assimilated l (al-Samad): written once
            boolean doubled = unit.geminate() && k > 0 && unit.latin().length() == 1;
            out.append(doubled ? unit.latin() + unit.latin() : unit.latin());
            Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
            String inserted = null;
            if (next != null && !next.vowel()) {
                if (unit.geminate() || next.geminate() || !afterVowel) {
                    inserted = "a";
                } else if (afterLong && lastConsonant(units, k + 1)) {
                    // no name ends in two consonants after a long vowel: Khalid, Yusif, Bizhan, Kazemi
                    inserted = fail;
                } else if (lastConsonant(units, k + 1) && (arabic == (k + 2 == units.size()))) {
                    // after a short one, CaCaC is the commoner pattern of Arabic names (Hasan, Samad), whose nisbas
                    // keep the cluster (Fathi, Hilmi); Persian keeps closing clusters (Azarmdokht) but not before its
                    // nisba (Najafi)
                    inserted = "a";
                }
            }
            if (inserted != null) {
                out.append(inserted);
            }
            afterVowel = inserted != null;
            afterLong = false;
        }
        return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** Whether unit {@code j} is the word's last consonant, with nothing after it but the -i of a nisba. */
    private static boolean lastConsonant(List<Unit> units, int j) {
        return j == units.size() - 1 || (j == units.size() - 2 && units.get(j + 1).letter() == 'ی');
    }

    private static List<Unit> units(String w, Language language, int v) {
        boolean arabic = language == Language.ARABIC;
        List<Unit> units = new ArrayList<>(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == SHADDA) {
                continue;
            }
            boolean geminate = i + 1 < w.length() && w.charAt(i + 1) == SHADDA;
            char next = nextLetter(w, i);
            Unit previous = units.isEmpty() ? null : units.get(units.size() - 1);
            boolean start = units.isEmpty();
            switch (c) {
                case 'ا', 'أ', 'آ' -> {
                    if (start && (next == 'ي' || next == 'ی')) {
                        units.add(vowel("i", 'ی'));
                        i = skip(w, i);
                    } else {
                        units.add(vowel("a", c == 'أ' ? 'أ' : 'ا'));
                    }
                }
                case 'إ' -> {
                    units.add(vowel(v == 1 ? "e" : "i", 'إ'));
                    if (next == 'ي') {
                        i = skip(w, i);
                    }
                }
                case 'ى' -> units.add(vowel("a", 'ا'));
                case 'ة' -> units.add(vowel(v == 1 ? "ah" : "a", 'ة'));
                case 'ئ' -> units.add(vowel(v == 1 && arabic ? "e" : "i", 'ئ'));
                case 'ؤ' -> units.add(vowel("u", 'ؤ'));
                case 'ء' -> {
                    if (next == 0 && previous != null && previous.letter() == 'ا' && v == 1 && arabic) {
                        units.add(vowel("a", 'ء'));
                    }
                }
                case 'و' -> waw(units, start, geminate, previous, next, arabic, v);
                case 'ي', 'ی' -> yeh(units, start, geminate, previous, next, arabic, v);
                case 'ه' -> {
                    if (!arabic && next == 0 && previous != null && !previous.vowel()) {
                        units.add(vowel(v == 0 ? "eh" : "e", 'ه'));
                    } else {
                        units.add(consonant("h", geminate, c));
                    }
                }
                default -> {
                    String[] readings = READINGS.get(c);
                    String latin = readings != null ? readings[(arabic ? 0 : 2) + Math.min(v, 1)] : CONSONANTS.get(c);
                    if (latin != null) {
                        units.add(consonant(latin, geminate, c));
                    }
                }
            }
        }
        return units;
    }

    /** و: a consonant (w, Persian v) at the start, doubled, or before a vowel; else a long u (ou). */
    private static void waw(List<Unit> units, boolean start, boolean geminate, Unit previous, char next, boolean arabic, int v) {
        boolean beforeVowel = VOWEL_LETTERS.indexOf(next) >= 0 || next == 'ي' || next == 'ی';
        boolean afterA = previous != null && previous.letter() == 'ا' && next != 0;
        if (start || geminate || beforeVowel || afterA) {
            units.add(consonant(arabic ? "w" : "v", geminate, 'و'));
        } else {
            units.add(vowel(arabic == (v == 0) ? "u" : "ou", 'و'));
        }
    }

    /** ي: a consonant y at the start, doubled, or after a vowel; "iy" (or "i") between a consonant and a vowel; else a long i. */
    private static void yeh(List<Unit> units, boolean start, boolean geminate, Unit previous, char next, boolean arabic, int v) {
        boolean beforeVowel = VOWEL_LETTERS.indexOf(next) >= 0;
        if (next == 0 && !start) {
            // the -i of a nisba, with or without its shadda (القادريّ)
            units.add(vowel("i", 'ی'));
        } else if (start || geminate || (previous != null && previous.vowel())) {
            units.add(consonant("y", geminate, 'ي'));
        } else if (beforeVowel) {
            units.add(vowel("i", 'ي'));
            if (v == 0) {
                units.add(consonant("y", false, 'ي'));
            }
        } else {
            units.add(vowel(arabic && v == 1 && next != 0 ? "ee" : "i", 'ی'));
        }
    }

    private static Unit vowel(String latin, char letter) {
        return new Unit(latin, true, false, letter);
    }

    private static Unit consonant(String latin, boolean geminate, char letter) {
        return new Unit(latin, false, geminate, letter);
    }

    private static char nextLetter(String w, int i) {
        int j = i + 1;
        while (j < w.length() && w.charAt(j) == SHADDA) {
            j++;
        }
        return j < w.length() ? w.charAt(j) : 0;
    }

    private static int skip(String w, int i) {
        int j = i + 1;
        while (j + 1 < w.length() && w.charAt(j + 1) == SHADDA) {
            j++;
        }
        return j;
    }
}
