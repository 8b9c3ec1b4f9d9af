package org.refuge.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The ranked given and family names of one origin, drawn with realistic skew: the hand-curated common names of
 * {@link NameBank} first, in their order, then the long tail of datafaker's lists ({@link DatafakerNames}), spelt in
 * Latin (and Armenian in Cyrillic) by this module's own rules. Ranks are weighted by a Zipf-Mandelbrot law, 1/(r+3)
 * for family names and 1/(r+4)^1.1 for given names, and an Arab man is Mohammed 9 %, Ahmed 4 % and Ali 3 % of the
 * time. The tables are built once, on first use, for the whole process.
 */
final class NameTable {

    static final double FAMILY_EXPONENT = 1.0;
    static final double FAMILY_OFFSET = 3.0;
    static final double GIVEN_EXPONENT = 1.1;
    static final double GIVEN_OFFSET = 4.0;
    /** Mohammed, Ahmed and Ali among Arab men. */
    static final double[] ARAB_MEN = {0.09, 0.04, 0.03};

    /** What a registrar accepts as a Latin name; a generated spelling that is not (none so far) is left out. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z '-]*");
    /** Lists without a frequency order are shuffled with this seed, so that no alphabetical block gets the upper ranks. */
    private static final long TAIL_ORDER_SEED = 16;
    /** Western names in datafaker's Armenian lists that Armenians of the region rarely carry. */
    private static final Set<String> WESTERN = Set.of("Ուիլյամ", "Ռիչարդ", "Ֆիլիպ", "Ջոն", "Հենրի", "Ջորջ", "Գարրի",
            "Ֆելիքս", "Դոմինիկ", "Կլոդ", "Քրիստոֆեր", "Չարլի", "Կարլ", "Բեռնար", "Ռուդոլֆ", "Բարբարա", "Բեթի", "Բրիժիտ",
            "Բրիջիտ", "Ջեյն", "Ջեսիկա", "Պատրիսիա", "Կասանդրա", "Քիմ", "Կարոլին", "Մոնիկա", "Գրետա", "Ֆրիդա", "Սեսիլիա");
    /** datafaker's Persian given names are not split by sex: only names whose ending says it are taken (see persian). */
    private static final Pattern PERSIAN_FEMALE = Pattern.compile(".*(دخت|بانو|ناز|[^اویب]ه|ابه)$");
    private static final Pattern PERSIAN_MALE = Pattern.compile(".*(یار|داد|اسب|شیر|بد|بخش|گیر|دار|مرد)$");

    private final NameList male;
    private final NameList female;
    private final NameList family;
    private final List<Name> tail;

    private NameTable(List<Name> male, List<Name> female, List<Name> family, List<Name> tail, double... menHead) {
        this.male = NameList.zipf(male, GIVEN_EXPONENT, GIVEN_OFFSET, menHead);
        this.female = NameList.zipf(female, GIVEN_EXPONENT, GIVEN_OFFSET);
        this.family = NameList.zipf(family, FAMILY_EXPONENT, FAMILY_OFFSET);
        this.tail = List.copyOf(tail);
    }

    static NameTable of(Origin origin) {
        return Tables.BY_ORIGIN.get(origin);
    }

    NameList male() {
        return male;
    }

    NameList female() {
        return female;
    }

    NameList family() {
        return family;
    }

    /** The names that came from datafaker's lists, with generated spellings. */
    List<Name> tail() {
        return tail;
    }

    /** Loaded when a table is first asked for: the YAML is read once per process. */
    private static final class Tables {
        static final Map<Origin, NameTable> BY_ORIGIN = build();
    }

    private static Map<Origin, NameTable> build() {
        Map<String, List<String>> hy = DatafakerNames.lists("hy");
        Map<String, List<String>> ru = DatafakerNames.lists("ru");
        Map<String, List<String>> ar = DatafakerNames.lists("ar");
        Map<String, List<String>> fa = DatafakerNames.lists("fa");
        Map<Origin, NameTable> tables = new EnumMap<>(Origin.class);
        tables.put(Origin.ARMENIAN, table(NameBank.ARMENIAN,
                tail(NameBank.ARMENIAN.male(), get(hy, "male_first_name"), Character.UnicodeScript.ARMENIAN, NameTable::armenian),
                tail(NameBank.ARMENIAN.female(), get(hy, "female_first_name"), Character.UnicodeScript.ARMENIAN, NameTable::armenian),
                tail(NameBank.ARMENIAN.family(), get(hy, "last_name"), Character.UnicodeScript.ARMENIAN, NameTable::armenian)));
        tables.put(Origin.RUSSIAN, russian(ru));
        List<Name> arabMen = tail(NameBank.SYRIAN.male(), get(ar, "male_first_name"), Character.UnicodeScript.ARABIC,
                n -> arabic(n, false));
        List<Name> arabWomen = tail(NameBank.SYRIAN.female(), get(ar, "female_first_name"), Character.UnicodeScript.ARABIC,
                n -> arabic(n, false));
        for (Origin arab : List.of(Origin.SYRIAN, Origin.IRAQI)) {
            NameBank.Names bank = arab == Origin.SYRIAN ? NameBank.SYRIAN : NameBank.IRAQI;
            tables.put(arab, table(bank, arabMen, arabWomen,
                    tail(bank.family(), get(ar, "last_name"), Character.UnicodeScript.ARABIC, n -> arabic(n, true))));
        }
        tables.put(Origin.KURDISH, table(NameBank.KURDISH, List.of(), List.of(), List.of()));
        List<String> persianGiven = get(fa, "first_name");
        tables.put(Origin.IRANIAN, table(NameBank.IRANIAN,
                tail(NameBank.IRANIAN.male(), sex(persianGiven, PERSIAN_MALE), Character.UnicodeScript.ARABIC, n -> persian(n, false)),
                tail(NameBank.IRANIAN.female(), sex(persianGiven, PERSIAN_FEMALE), Character.UnicodeScript.ARABIC, n -> persian(n, false)),
                tail(NameBank.IRANIAN.family(), get(fa, "last_name"), Character.UnicodeScript.ARABIC, n -> persian(n, true))));
        return Collections.unmodifiableMap(tables);
    }

    private static NameTable table(NameBank.Names bank, List<Name> maleTail, List<Name> femaleTail, List<Name> familyTail) {
        List<Name> tail = new ArrayList<>(maleTail);
        tail.addAll(femaleTail);
        tail.addAll(familyTail);
        double[] menHead = bank == NameBank.SYRIAN || bank == NameBank.IRAQI ? ARAB_MEN : new double[0];
        return new NameTable(concat(bank.male(), maleTail), concat(bank.female(), femaleTail), concat(bank.family(), familyTail),
                tail, menHead);
    }

    /**
     * Russian: datafaker's surname list is ranked by frequency (Smirnov, Ivanov, Kuznetsov...), so its order is kept for
     * all surnames, the curated ones supplying their spellings. Its patronymic lists follow its given-name list.
     */
    private static NameTable russian(Map<String, List<String>> ru) {
        List<String> men = get(ru, "male_first_name");
        List<String> patronymics = get(ru, "male_middle_name");
        List<String> womenPatronymics = get(ru, "female_middle_name");
        Map<String, String[]> byFather = new HashMap<>();
        for (int i = 0; i < Math.min(men.size(), patronymics.size()); i++) {
            byFather.put(men.get(i), new String[] {patronymics.get(i), femalePatronymic(patronymics.get(i), womenPatronymics)});
        }
        List<Name> maleTail = tail(NameBank.RUSSIAN.male(), men, Character.UnicodeScript.CYRILLIC, n -> {
            String[] p = byFather.getOrDefault(n, new String[2]);
            return checked(new Name(n, null, RussianSpellings.latin(n), false, p[0], p[1]));
        });
        List<Name> femaleTail = tail(NameBank.RUSSIAN.female(), get(ru, "female_first_name"), Character.UnicodeScript.CYRILLIC,
                n -> checked(new Name(n, null, RussianSpellings.latin(n), false, null, null)));
        Map<String, Name> curated = new HashMap<>();
        NameBank.RUSSIAN.family().forEach(n -> curated.put(DatafakerNames.key(n.nativeForm()), n));
        List<Name> family = new ArrayList<>();
        List<Name> familyTail = new ArrayList<>();
        for (String surname : DatafakerNames.cleaned(get(ru, "male_last_name"))) {
            Name known = curated.remove(DatafakerNames.key(surname));
            Name name = known != null ? known : checked(new Name(surname, null, RussianSpellings.latin(surname),
                    surname.matches(".*(ов|ев|ёв|ин|ын)"), null, null));
            if (name != null) {
                family.add(name);
                if (known == null) {
                    familyTail.add(name);
                }
            }
        }
        NameBank.RUSSIAN.family().stream().filter(n -> curated.containsKey(DatafakerNames.key(n.nativeForm()))).forEach(family::add);
        List<Name> tail = new ArrayList<>(maleTail);
        tail.addAll(femaleTail);
        tail.addAll(familyTail);
        return new NameTable(concat(NameBank.RUSSIAN.male(), maleTail), concat(NameBank.RUSSIAN.female(), femaleTail),
                family, tail);
    }

    /** Александрович → Александровна; Ильич → Ильинична as the list has it, Лукич → Лукинична. */
    private static String femalePatronymic(String male, List<String> female) {
        if (male.endsWith("вич")) {
            return male.substring(0, male.length() - 3) + "вна";
        }
        String stem = male.substring(0, male.length() - 2);
        return female.stream().filter(f -> f.startsWith(stem)).findFirst().orElse(stem + "инична");
    }

    /**
     * datafaker's entries not yet in the curated head, in the expected script, spelt; shuffled with a fixed seed
     * (the lists are alphabetical or arbitrary, not ranked).
     */
    private static List<Name> tail(List<Name> head, List<String> raw, Character.UnicodeScript script, Function<String, Name> speller) {
        Set<String> seen = new HashSet<>();
        head.forEach(n -> seen.add(DatafakerNames.key(n.nativeForm())));
        List<Name> out = new ArrayList<>();
        for (String entry : DatafakerNames.cleaned(raw)) {
            if (!inScript(entry, script) || WESTERN.contains(entry) || !seen.add(DatafakerNames.key(entry))) {
                continue;
            }
            Name name = speller.apply(entry);
            if (name != null) {
                out.add(name);
            }
        }
        SplittableRandom order = new SplittableRandom(TAIL_ORDER_SEED);
        for (int i = out.size() - 1; i > 0; i--) {
            Collections.swap(out, i, order.nextInt(i + 1));
        }
        return out;
    }

    private static Name armenian(String entry) {
        String typed = DatafakerNames.typed(entry);
        return checked(new Name(typed, ArmenianSpellings.cyrillic(typed), ArmenianSpellings.latin(typed), false, null, null));
    }

    /** The Latin is read from the entry with its shadda marks (Ammar, Nawwaf); the typed form drops them. */
    private static Name arabic(String entry, boolean family) {
        return checked(new Name(DatafakerNames.typed(entry), null,
                ArabicSpellings.latin(entry, ArabicSpellings.Language.ARABIC, family), false, null, null));
    }

    private static Name persian(String entry, boolean family) {
        return checked(new Name(DatafakerNames.typed(entry), null,
                ArabicSpellings.latin(entry, ArabicSpellings.Language.PERSIAN, family), false, null, null));
    }

    /** The name with only the spellings a registrar could type; null when none is left. */
    private static Name checked(Name name) {
        List<String> latin = name.latin().stream().filter(l -> LATIN.matcher(l).matches()).toList();
        if (latin.isEmpty()) {
            return null;
        }
        return latin.size() == name.latin().size() ? name : new Name(name.nativeForm(), name.cyrillic(), latin, name.gendered(),
                name.patronymicMale(), name.patronymicFemale());
    }

    /**
     * Persian given names of one sex, told by their ending only: -dokht, -banu, -naz and a silent final -e (Afsaneh)
     * for women, -yar, -dad, -asb, -shir, -bod, -bakhsh, -gir, -dar, -mard for men. Names the ending does not tell
     * (most of them) are left out rather than given a sex by guess.
     */
    private static List<String> sex(List<String> names, Pattern ending) {
        return names.stream().filter(n -> ending.matcher(n.replace("\u200C", "").trim()).matches()).toList();
    }

    private static boolean inScript(String name, Character.UnicodeScript script) {
        return name.codePoints().allMatch(c -> c == ' ' || c == '-' || Character.UnicodeScript.of(c) == script
                || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static List<String> get(Map<String, List<String>> lists, String key) {
        return lists.getOrDefault(key, List.of());
    }

    private static List<Name> concat(List<Name> head, List<Name> tail) {
        List<Name> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }
}
