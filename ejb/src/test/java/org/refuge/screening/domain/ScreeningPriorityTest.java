package org.refuge.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScreeningPriorityTest {

    @Test
    void aFamilyWithANeedThatCannotWait_isScreenedFirst() {
        assertThat(ScreeningPriority.of(List.of("DS"))).isEqualTo(ScreeningPriority.FIRST);
        assertThat(ScreeningPriority.of(List.of("FU", "SC"))).isEqualTo(ScreeningPriority.FIRST);
        assertThat(ScreeningPriority.of(List.of("SM"))).isEqualTo(ScreeningPriority.FIRST);
    }

    @Test
    void everyOtherFamily_waitsInTheOrderItArrived_atTheEnginesDefaultPriority() {
        assertThat(ScreeningPriority.of(List.of())).isEqualTo(ScreeningPriority.NORMAL).isEqualTo(50);
        assertThat(ScreeningPriority.of(List.of("FU", "LP"))).isEqualTo(ScreeningPriority.NORMAL);
    }
}
