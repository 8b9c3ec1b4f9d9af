package org.refuge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the users split over the desks: the shares, every desk in a small run, other weights. */
class MixTest {

    @Test
    void aThousandUsers_splitByTheShares_mostlyRegistrars() {
        Map<String, Integer> counts = Mix.split(1000);
        assertThat(counts).containsEntry("registrar", 400).containsEntry("medical", 140).containsEntry("security", 120)
                .containsEntry("camp", 50).containsEntry("protection", 50).containsEntry("documents", 40).containsEntry("pages", 200);
    }

    @Test
    void theCountsAlwaysAddUpToTheUsers_andASmallRunReachesEveryDesk() {
        for (int users = 0; users <= 300; users++) {
            Map<String, Integer> counts = Mix.split(users);
            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).as("%d users", users).isEqualTo(users);
            if (users >= Mix.SHARES.size()) {
                assertThat(counts.values()).as("%d users", users).allMatch(n -> n >= 1);
            }
        }
    }

    @Test
    void otherWeights_giveThoseCounts_andLeaveOtherDesksEmpty() {
        Map<String, Integer> counts = Mix.split(12, Mix.weights("registrar=6, documents=3,pages=3"));
        assertThat(counts).containsEntry("registrar", 6).containsEntry("documents", 3).containsEntry("pages", 3).hasSize(3);
        assertThat(Mix.weights(" ")).isEqualTo(Mix.SHARES);
    }

    @Test
    void anUnknownDesk_isRefusedSayingTheDesks() {
        assertThatThrownBy(() -> Mix.weights("cashier=3")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registrar");
    }
}
