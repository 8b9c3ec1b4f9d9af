package org.refuge.perf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Armenian names in the other scripts they are met in: in Cyrillic as Russian-language papers write them (Հ mostly
 * dropped, Ղ as Г or К, Ձ as Ц, -յան as -ян: Арутюнян, Казарян, Амбарцумян) and in Latin three ways: as Armenian
 * passports spell them (Harutyunyan, Ghazaryan), as the diaspora does (Haroutiunian, Ghazarian, Tzatourian) and as
 * the Latin of a Russian-language paper gives them (Arutyunyan, Kazaryan, Ovanesyan). The generator's own tables: the
 * application's transliteration must not be used to make them, or the benchmark would measure the generator.
 */
final class ArmenianSpellings {

    /** Eastern Armenian as Armenian passports write it; the diaspora style changes only a few letters of it. */
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ա', "a"), Map.entry('բ', "b"), Map.entry('գ', "g"), Map.entry('դ', "d"), Map.entry('ե', "e"),
            Map.entry('զ', "z"), Map.entry('է', "e"), Map.entry('ը', "y"), Map.entry('թ', "t"), Map.entry('ժ', "zh"),
            Map.entry('ի', "i"), Map.entry('լ', "l"), Map.entry('խ', "kh"), Map.entry('ծ', "ts"), Map.entry('կ', "k"),
            Map.entry('հ', "h"), Map.entry('ձ', "dz"), Map.entry('ղ', "gh"), Map.entry('ճ', "ch"), Map.entry('մ', "m"),
            Map.entry('յ', "y"), Map.entry('ն', "n"), Map.entry('շ', "sh"), Map.entry('ո', "o"), Map.entry('չ', "ch"),
            Map.entry('պ', "p"), Map.entry('ջ', "j"), Map.entry('ռ', "r"), Map.entry('ս', "s"), Map.entry('վ', "v"),
            Map.entry('տ', "t"), Map.entry('ր', "r"), Map.entry('ց', "ts"), Map.entry('ւ', "v"), Map.entry('փ', "p"),
            Map.entry('ք', "k"), Map.entry('և', "ev"), Map.entry('օ', "o"), Map.entry('ֆ', "f"));

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('ա', "а"), Map.entry('բ', "б"), Map.entry('գ', "г"), Map.entry('դ', "д"), Map.entry('ե', "е"),
            Map.entry('զ', "з"), Map.entry('է', "э"), Map.entry('ը', "ы"), Map.entry('թ', "т"), Map.entry('ժ', "ж"),
            Map.entry('ի', "и"), Map.entry('լ', "л"), Map.entry('խ', "х"), Map.entry('ծ', "ц"), Map.entry('կ', "к"),
            Map.entry('ձ', "ц"), Map.entry('ղ', "г"), Map.entry('ճ', "ч"), Map.entry('մ', "м"), Map.entry('ն', "н"),
            Map.entry('շ', "ш"), Map.entry('ո', "о"), Map.entry('չ', "ч"), Map.entry('պ', "п"), Map.entry('ջ', "дж"),
            Map.entry('ռ', "р"), Map.entry('ս', "с"), Map.entry('վ', "в"), Map.entry('տ', "т"), Map.entry('ր', "р"),
            Map.entry('ց', "ц"), Map.entry('ւ', "в"), Map.entry('փ', "п"), Map.entry('ք', "к"), Map.entry('և', "ев"),
            Map.entry('օ', "о"), Map.entry('ֆ', "ф"));

    private static final String VOWELS = "աեէըիոօև";

    private ArmenianSpellings() {
    }

    /** The Latin spellings, the passport's first, without repeats: one to three. */
    static List<String> latin(String armenian) {
        LinkedHashSet<String> spellings = new LinkedHashSet<>();
        spellings.add(passport(armenian));
        spellings.add(diaspora(armenian));
        spellings.add(RussianSpellings.bgn(cyrillic(armenian)));
        return new ArrayList<>(spellings);
    }

    /** Harutyunyan, Ghazaryan, Yeghiazaryan, Voskanyan. */
    static String passport(String armenian) {
        return RussianSpellings.capitalized(spell(armenian.toLowerCase(java.util.Locale.ROOT), false));
    }

    /** Haroutiunian, Ghazarian, Tzatourian: -ian, ou and tz as the Armenians of Syria, Lebanon and the West write them. */
    static String diaspora(String armenian) {
        return RussianSpellings.capitalized(spell(armenian.toLowerCase(java.util.Locale.ROOT), true));
    }

    private static String spell(String s, boolean diaspora) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = at(s, i + 1);
            boolean wordStart = i == 0 || at(s, i - 1) == ' ' || at(s, i - 1) == '-';
            if (c == 'ո' && next == 'ւ') {
                out.append(diaspora ? "ou" : "u");
                i++;
            } else if (c == 'յ' && next == 'ա' && at(s, i + 2) == 'ն' && wordEnd(s, i + 3)) {
                out.append(diaspora ? "ian" : "yan");
                i += 2;
            } else if (c == 'յ' && next == 'ո' && at(s, i + 2) == 'ւ') {
                out.append(diaspora ? "iou" : "yu");
                i += 2;
            } else if (c == 'ե' && (wordStart || VOWELS.indexOf(at(s, i - 1)) >= 0)) {
                out.append(wordStart ? "ye" : "e");
            } else if (c == 'ո' && wordStart && next != 'վ') {
                out.append("vo");
            } else if (c == 'և' && wordStart) {
                out.append("yev");
            } else if (diaspora && (c == 'ց' || c == 'ծ')) {
                out.append("tz");
            } else {
                String latin = LATIN.get(c);
                out.append(latin != null ? latin : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** As Russian-language papers write the name: Оганнисян, Казарян, Амбарцумян, Грант, Мгер, Саакян. */
    static String cyrillic(String armenian) {
        String s = armenian.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = at(s, i + 1);
            boolean wordStart = i == 0 || at(s, i - 1) == ' ' || at(s, i - 1) == '-';
            if (c == 'ո' && next == 'ւ') {
                out.append('у');
                i++;
            } else if (c == 'յ') {
                i += iotated(s, i, out);
            } else if (c == 'հ') {
                h(s, i, wordStart, out);
            } else if (c == 'ղ' && wordStart && next == 'ա') {
                out.append('к');
            } else if (c == 'ո' && wordStart && next != 'վ' && next != 'ւ') {
                out.append("во");
            } else {
                String cyrillic = CYRILLIC.get(c);
                out.append(cyrillic != null ? cyrillic : String.valueOf(c));
            }
        }
        return RussianSpellings.capitalized(out.toString());
    }

    /**
     * Հ as Russian practice writes it: dropped at the start before a vowel (Айк, Арутюнян) and after a vowel (Саакян,
     * Заруи); Г before a consonant (Грант) and after one (Мгер), where Հով- becomes Ог- (Оганнисян).
     */
    private static void h(String s, int i, boolean wordStart, StringBuilder out) {
        char next = at(s, i + 1);
        boolean consonantNext = next != 0 && next != ' ' && next != '-' && VOWELS.indexOf(next) < 0;
        if (wordStart) {
            if (consonantNext) {
                out.append('г');
            }
            return;
        }
        char before = at(s, i - 1);
        if (VOWELS.indexOf(before) >= 0 || before == 'ւ') {
            return;
        }
        if (before == 'վ' && out.length() > 0 && out.charAt(out.length() - 1) == 'в') {
            out.setLength(out.length() - 1);
        }
        out.append('г');
    }

    /** յ with the vowel after it: յա я, յու ю, յե е, else й. Returns how many letters after յ it took. */
    private static int iotated(String s, int i, StringBuilder out) {
        char next = at(s, i + 1);
        if (next == 'ա') {
            out.append('я');
            return 1;
        }
        if (next == 'ո' && at(s, i + 2) == 'ւ') {
            out.append('ю');
            return 2;
        }
        if (next == 'ե') {
            out.append('е');
            return 1;
        }
        out.append('й');
        return 0;
    }

    private static boolean wordEnd(String s, int i) {
        return i >= s.length() || s.charAt(i) == ' ' || s.charAt(i) == '-' || s.charAt(i) == 'ց';
    }

    private static char at(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : 0;
    }
}
