package org.refuge.perf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Latin spellings of Russian (Cyrillic) names as the documents people carry write them: the BGN/PCGN style of older
 * passports and most Western papers (Vasilyev, Yuriy), the ICAO style of Russian passports issued since 2013 (Vasilev,
 * Iurii) and the French style of older diaspora papers (Kouznetsov, Jouravlev). The generator's own tables, written
 * for it: the application transliterates with other rules, and a generator that shared them would measure nothing.
 */
final class RussianSpellings {

    /** Letters every style writes alike. */
    private static final Map<Character, String> COMMON = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ы', "y"),
            Map.entry('э', "e"), Map.entry('ь', ""), Map.entry('ъ', ""));

    private static final Map<Character, String> BGN = Map.ofEntries(
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('й', "y"), Map.entry('у', "u"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private static final Map<Character, String> ICAO = Map.ofEntries(
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('й', "i"), Map.entry('у', "u"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ю', "iu"), Map.entry('я', "ia"),
            Map.entry('ъ', "ie"));

    private static final Map<Character, String> FRENCH = Map.ofEntries(
            Map.entry('е', "e"), Map.entry('ё', "io"), Map.entry('ж', "j"), Map.entry('й', "i"), Map.entry('у', "ou"),
            Map.entry('ч', "tch"), Map.entry('ш', "ch"), Map.entry('щ', "chtch"), Map.entry('ю', "iou"), Map.entry('я', "ia"));

    private static final String VOWELS = "аеёиоуыэюя";

    private RussianSpellings() {
    }

    /** The name's Latin spellings, the most usual first, without repeats: one to three. */
    static List<String> latin(String cyrillic) {
        LinkedHashSet<String> spellings = new LinkedHashSet<>();
        spellings.add(bgn(cyrillic));
        spellings.add(icao(cyrillic));
        spellings.add(french(cyrillic));
        return new ArrayList<>(spellings);
    }

    /** BGN/PCGN without its diacritics: е is "ye" at the start of a word and after a vowel or a soft or hard sign. */
    static String bgn(String cyrillic) {
        return spell(cyrillic, BGN, "ye", "ye");
    }

    static String icao(String cyrillic) {
        return spell(cyrillic, ICAO, "e", "e");
    }

    /** French style: ou, j, ch, tch; е after a vowel is "ie"; с between vowels is doubled so that it is not read z. */
    static String french(String cyrillic) {
        return spell(cyrillic, FRENCH, "e", "ie");
    }

    private static String spell(String cyrillic, Map<Character, String> style, String initialE, String iotatedE) {
        String lower = cyrillic.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        boolean french = style == FRENCH;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char before = i > 0 ? lower.charAt(i - 1) : ' ';
            char after = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
            boolean wordStart = before == ' ' || before == '-';
            String latin;
            if (c == 'е' && wordStart) {
                latin = initialE;
            } else if (c == 'е' && (VOWELS.indexOf(before) >= 0 || before == 'ь' || before == 'ъ')) {
                latin = iotatedE;
            } else if (c == 'ё' && "жчшщ".indexOf(before) >= 0) {
                latin = "o";
            } else if (french && c == 'с' && VOWELS.indexOf(before) >= 0 && VOWELS.indexOf(after) >= 0) {
                latin = "ss";
            } else if (french && c == 'г' && "еиэ".indexOf(after) >= 0) {
                latin = "gu";
            } else {
                latin = style.getOrDefault(c, COMMON.get(c));
            }
            out.append(latin != null ? latin : String.valueOf(c));
        }
        return capitalized(out.toString());
    }

    /** Each word and each part of a hyphenated name with a capital. */
    static String capitalized(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
