package org.refuge.camps.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllocationPriorityTest {

    @Test
    void aHouseholdWithPriorityNeeds_orToBeIsolated_comesFirst() {
        assertThat(AllocationPriority.of(true, false)).isEqualTo(AllocationPriority.FIRST);
        assertThat(AllocationPriority.of(false, true)).isEqualTo(AllocationPriority.FIRST);
        assertThat(AllocationPriority.of(true, true)).isEqualTo(AllocationPriority.FIRST);
    }

    @Test
    void anyOtherHousehold_waitsAtTheEnginesDefault_soATaskNeverRankedWaitsInTurn() {
        assertThat(AllocationPriority.of(false, false)).isEqualTo(AllocationPriority.NORMAL).isEqualTo(50);
        assertThat(AllocationPriority.FIRST).isGreaterThan(AllocationPriority.NORMAL);
    }
}
