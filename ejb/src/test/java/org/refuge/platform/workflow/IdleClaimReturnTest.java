package org.refuge.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The idle limit as the audit trail says it: "after 8 h idle", "after 0.25 h idle". */
class IdleClaimReturnTest {

    @Test
    void hours_areWholeWhenTheyAre_andRoundedToHundredthsOtherwise() {
        assertThat(IdleClaimReturn.hours(Duration.ofHours(8))).isEqualTo("8");
        assertThat(IdleClaimReturn.hours(Duration.ofMinutes(15))).isEqualTo("0.25");
        assertThat(IdleClaimReturn.hours(Duration.ofMinutes(20))).isEqualTo("0.33");
    }
}
