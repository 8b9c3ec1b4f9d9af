package org.refuge.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What else goes wrong when a person is registered again, besides another script or spelling
 * ({@link InfluxGenerator#nearDuplicate}): the benchmark plants each kind on a share of its near-duplicates, on the
 * duplicate check's draft payload ({@link Payloads#draft}), and reports recall per kind. Kinds that cannot apply to a
 * person (day and month swapped on the 20th) leave the draft as it is and say so.
 */
enum DraftVariants {
    /** Only retyped: another script or Latin spelling, same date. */
    RETYPED,
    /** One typing error in the family name: a letter left out, doubled, or two neighbours swapped. */
    NAME_TYPO,
    /** Given and family name entered in each other's field. */
    SWAPPED_NAMES,
    /** The day and month of the birth date swapped (only when both can be a month and differ). */
    DAY_MONTH_SWAPPED,
    /** Only the year of birth known this time: 1 January, precision YEAR. */
    YEAR_ONLY,
    /** The birth day one off. */
    DAY_TYPO;

    /**
     * Applies this kind to a draft payload in place.
     *
     * @return whether it applied (false: the draft is only retyped)
     */
    boolean apply(Map<String, Object> draft, SplittableRandom random) {
        LocalDate birth = LocalDate.parse((String) draft.get("birthDate"));
        switch (this) {
            case NAME_TYPO -> {
                String family = (String) draft.get("familyName");
                if (family.codePointCount(0, family.length()) < 4) {
                    return false;
                }
                draft.put("familyName", typo(family, random));
            }
            case SWAPPED_NAMES -> {
                Object given = draft.get("givenName");
                draft.put("givenName", draft.get("familyName"));
                draft.put("familyName", given);
            }
            case DAY_MONTH_SWAPPED -> {
                if (birth.getDayOfMonth() > 12 || birth.getDayOfMonth() == birth.getMonthValue() || !"EXACT".equals(draft.get("birthPrecision"))) {
                    return false;
                }
                draft.put("birthDate", LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue()).toString());
            }
            case YEAR_ONLY -> {
                draft.put("birthDate", birth.withDayOfYear(1).toString());
                draft.put("birthPrecision", "YEAR");
            }
            case DAY_TYPO -> {
                if (!"EXACT".equals(draft.get("birthPrecision"))) {
                    return false;
                }
                LocalDate shifted = birth.getDayOfMonth() == 1 ? birth.plusDays(1) : birth.minusDays(1);
                draft.put("birthDate", shifted.toString());
            }
            default -> {
                return true;
            }
        }
        return true;
    }

    /** One edit inside the name (never the first letter, which a registrar rarely gets wrong). */
    static String typo(String name, SplittableRandom random) {
        int[] letters = name.codePoints().toArray();
        int at = 1 + random.nextInt(letters.length - 2);
        var out = new ArrayList<Integer>();
        for (int c : letters) {
            out.add(c);
        }
        switch (random.nextInt(3)) {
            case 0 -> out.remove(at);
            case 1 -> out.add(at, letters[at]);
            default -> {
                out.set(at, letters[at + 1]);
                out.set(at + 1, letters[at]);
            }
        }
        StringBuilder s = new StringBuilder();
        out.forEach(s::appendCodePoint);
        return s.toString();
    }
}
