package org.refuge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.refuge.emergency.domain.InfluxEvent;

/** A domain's refusal of a change in the record's state is a 409; the infrastructure's failures stay 500s; the log gets no message. */
class ProblemMapperTest {

    @Test
    void anIllegalStateOfADomainClass_isTheRecordsState_butNotOneOfTheInfrastructure() {
        InfluxEvent event = InfluxEvent.declare("Border influx", 100, Instant.now(), "supervisor");
        event.activatePlan(Instant.now(), "supervisor");
        IllegalStateException twice = null;
        try {
            event.activatePlan(Instant.now(), "supervisor");
        } catch (IllegalStateException e) {
            twice = e;
        }
        assertThat(twice).isNotNull();
        assertThat(ProblemMapper.thrownByDomain(twice)).isTrue();
        assertThat(ProblemMapper.thrownByDomain(new IllegalStateException("signing key not set"))).isFalse();
    }

    @Test
    void theLogLineOfAnUnexpectedFailure_namesClassesAndFrames_neverMessages() {
        Exception failure = new RuntimeException("Kamila Petrosyan +374 10 123456",
                new java.sql.SQLException("Failing row contains (Kamila)", "XX000"));
        String line = ProblemMapper.withoutMessages(failure);
        assertThat(line).contains("java.lang.RuntimeException").contains("java.sql.SQLException (SQLState XX000)")
                .contains("ProblemMapperTest").doesNotContain("Kamila").doesNotContain("123456");
    }
}
