package org.refuge.emergency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class InfluxEventTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void declare_startsDeclaredWithTheGivenThreshold() {
        InfluxEvent event = InfluxEvent.declare("  Southern border  ", 2000, NOW, "supervisor");
        assertThat(event.status()).isEqualTo(InfluxEventStatus.DECLARED);
        assertThat(event.name()).isEqualTo("Southern border");
        assertThat(event.threshold()).isEqualTo(2000);
        assertThat(event.id()).isNotNull();
    }

    @Test
    void declare_refusesABlankNameOrAThresholdBelowOne() {
        assertThatThrownBy(() -> InfluxEvent.declare(" ", 2000, NOW, "s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InfluxEvent.declare("x", 0, NOW, "s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isMassInflux_onlyAboveTheThreshold() {
        InfluxEvent event = InfluxEvent.declare("x", 2000, NOW, "s");
        assertThat(event.isMassInflux(2000)).isFalse();
        assertThat(event.isMassInflux(2001)).isTrue();
    }

    @Test
    void followedBy_linksTheProcessOnlyOnce() {
        InfluxEvent event = InfluxEvent.declare("x", 2000, NOW, "s");
        event.followedBy("42");
        assertThat(event.processInstanceId()).isEqualTo("42");
        assertThatThrownBy(() -> event.followedBy("43")).isInstanceOf(IllegalStateException.class);
    }
}
