package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The kinds of error the benchmark plants on its near-duplicates do what they say, and only that. */
class DraftVariantsTest {

    private static Map<String, Object> draft(String birth) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("givenName", "Anahit");
        draft.put("familyName", "Petrosyan");
        draft.put("birthDate", birth);
        draft.put("birthPrecision", "EXACT");
        return draft;
    }

    @Test
    void aTypo_isOneEditInsideTheFamilyName_neverItsFirstLetter() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            Map<String, Object> d = draft("1990-03-07");
            assertThat(DraftVariants.NAME_TYPO.apply(d, random)).isTrue();
            String typed = (String) d.get("familyName");
            assertThat(typed).startsWith("P").isNotEqualTo("Petrosyan");
            assertThat(Math.abs(typed.length() - "Petrosyan".length())).isLessThanOrEqualTo(1);
            assertThat(d.get("givenName")).isEqualTo("Anahit");
        }
    }

    @Test
    void swappedNames_changeFieldsAndNothingElse() {
        Map<String, Object> d = draft("1990-03-07");
        assertThat(DraftVariants.SWAPPED_NAMES.apply(d, new SplittableRandom(1))).isTrue();
        assertThat(d).containsEntry("givenName", "Petrosyan").containsEntry("familyName", "Anahit").containsEntry("birthDate", "1990-03-07");
    }

    @Test
    void dayAndMonth_areSwappedOnlyWhenTheDayCanBeAMonthAndDiffers() {
        Map<String, Object> d = draft("1990-03-07");
        assertThat(DraftVariants.DAY_MONTH_SWAPPED.apply(d, new SplittableRandom(1))).isTrue();
        assertThat(d.get("birthDate")).isEqualTo("1990-07-03");
        assertThat(DraftVariants.DAY_MONTH_SWAPPED.apply(draft("1990-03-20"), new SplittableRandom(1))).isFalse();
        assertThat(DraftVariants.DAY_MONTH_SWAPPED.apply(draft("1990-04-04"), new SplittableRandom(1))).isFalse();
    }

    @Test
    void onlyTheYear_isTheFirstOfJanuaryAtPrecisionYear_andTheDayTypo_isOneDayOff() {
        Map<String, Object> year = draft("1990-03-07");
        DraftVariants.YEAR_ONLY.apply(year, new SplittableRandom(1));
        assertThat(year).containsEntry("birthDate", "1990-01-01").containsEntry("birthPrecision", "YEAR");
        Map<String, Object> day = draft("1990-03-07");
        DraftVariants.DAY_TYPO.apply(day, new SplittableRandom(1));
        assertThat(day.get("birthDate")).isEqualTo("1990-03-06");
    }
}
