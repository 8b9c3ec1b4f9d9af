package org.refuge.reporting.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table by sex and age group, as the UNHCR and Eurostat tables have them: female by age group and
 * female total, male likewise, then persons recorded with another sex ({@code X/TOTAL}, all ages).
 */
final class SexAgeColumns {

    static final List<String> SEXES = List.of("F", "M");

    private SexAgeColumns() {
    }

    static List<String> of(List<String> ageGroups) {
        List<String> columns = new ArrayList<>();
        for (String sex : SEXES) {
            ageGroups.forEach(group -> columns.add(sex + "/" + group));
            columns.add(sex + "/TOTAL");
        }
        columns.add("X/TOTAL");
        return List.copyOf(columns);
    }

    /** The columns a person of {@code sex} in {@code ageGroup} counts in. */
    static List<String> in(String sex, String ageGroup) {
        return SEXES.contains(sex) ? List.of(sex + "/" + ageGroup, sex + "/TOTAL") : List.of("X/TOTAL");
    }
}
