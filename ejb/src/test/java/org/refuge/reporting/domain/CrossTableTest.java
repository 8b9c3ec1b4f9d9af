package org.refuge.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.refuge.platform.refusal.Refusal;

class CrossTableTest {

    private static final List<String> COLUMNS = List.of("F/0-4", "F/TOTAL", "M/0-4", "M/TOTAL", "X/TOTAL");

    @Test
    void exactCountsAddUpPerLineAndInTheTotalLine() {
        CrossTable table = new CrossTable.Builder(List.of("location"), COLUMNS)
                .add(List.of("CAMP-A"), List.of("F/0-4", "F/TOTAL"), 3)
                .add(List.of("CAMP-A"), List.of("M/0-4", "M/TOTAL"), 4)
                .add(List.of("BCP-B"), List.of("X/TOTAL"), 2)
                .build(Disclosure.NONE);
        assertThat(table.lines()).extracting(CrossTable.Line::keys).containsExactly(List.of("CAMP-A"), List.of("BCP-B"));
        assertThat(table.lines().get(0).cells()).containsExactly(3L, 3L, 4L, 4L, 0L);
        assertThat(table.lines().get(0).total()).isEqualTo(7);
        assertThat(table.total().cells()).containsExactly(3L, 3L, 4L, 4L, 2L);
        assertThat(table.total().total()).isEqualTo(9);
    }

    @Test
    void disclosureRoundsFromTheExactCountsAndSuppressesSmallCellsTotalsIncluded() {
        CrossTable table = new CrossTable.Builder(List.of("location"), COLUMNS)
                .add(List.of("CAMP-A"), List.of("F/0-4", "F/TOTAL"), 2)
                .add(List.of("CAMP-B"), List.of("F/0-4", "F/TOTAL"), 12)
                .add(List.of("CAMP-B"), List.of("M/0-4", "M/TOTAL"), 8)
                .build(new Disclosure(5, 3));
        assertThat(table.lines().get(0).cells()).containsExactly(null, null, 0L, 0L, 0L);
        assertThat(table.lines().get(0).total()).as("2 is under 3").isNull();
        assertThat(table.lines().get(1).cells()).containsExactly(10L, 10L, 10L, 10L, 0L);
        assertThat(table.lines().get(1).total()).isEqualTo(20);
        assertThat(table.total().total()).as("22 rounded, not the sum of rounded lines").isEqualTo(20);
        assertThat(Arrays.asList(table.total().cells().toArray())).containsExactly(15L, 15L, 10L, 10L, 0L);
    }

    @Test
    void aControlOutOfRangeIsRefused_andNoneChangesNothing() {
        assertThatThrownBy(() -> new Disclosure(0, 0)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Disclosure(5, 101)).isInstanceOf(Refusal.class);
        assertThat(Disclosure.NONE.controls()).isFalse();
        assertThat(Disclosure.of(5, null).controls()).isTrue();
        assertThat(Disclosure.of(null, null).publish(7)).isEqualTo(7);
    }

    @Test
    void ageGroupsFollowUnhcrAndEurostat() {
        assertThat(List.of(0, 4, 5, 11, 12, 17, 18, 59, 60, 99).stream().map(AgeGroups.UNHCR::of))
                .containsExactly("0-4", "0-4", "5-11", "5-11", "12-17", "12-17", "18-59", "18-59", "60+", "60+");
        assertThat(List.of(13, 14, 17, 18, 34, 35, 64, 65).stream().map(AgeGroups.EUROSTAT::of))
                .containsExactly("<14", "14-17", "14-17", "18-34", "18-34", "35-64", "35-64", "65+");
        assertThat(AgeGroups.UNHCR.sql("age")).isEqualTo("CASE WHEN age < 5 THEN '0-4' WHEN age < 12 THEN '5-11' "
                + "WHEN age < 18 THEN '12-17' WHEN age < 60 THEN '18-59' ELSE '60+' END");
    }
}
