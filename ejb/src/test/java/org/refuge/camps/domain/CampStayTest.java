package org.refuge.camps.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.refuge.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

import org.refuge.shared.CampCode;
import org.refuge.shared.PersonId;

class CampStayTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    private static CampStay allocated() {
        return CampStay.allocate(new PersonId(UUID.randomUUID()), UUID.randomUUID(), new CampCode("CAMP-A"), UUID.randomUUID(), T0,
                "camp-manager");
    }

    @Test
    void aBedWaits_thenIsFlaggedAfterTheConfiguredTime_butOnlyADecisionReleasesIt() {
        CampStay stay = allocated();
        assertThat(stay.overdue(T0.plus(Duration.ofHours(23)), Duration.ofHours(24))).isFalse();
        assertThat(stay.overdue(T0.plus(Duration.ofHours(25)), Duration.ofHours(24))).isTrue();
        assertThat(stay.status().holdsBed()).isTrue();
        stay.noShow("did not board", LocalDate.of(2026, 11, 26), T0.plus(Duration.ofHours(25)), "camp-manager");
        assertThat(stay.status()).isEqualTo(StayStatus.NO_SHOW);
        assertThat(stay.status().holdsBed()).isFalse();
        assertThat(stay.endReason()).isEqualTo(DepartureReason.NO_SHOW);
        assertThatThrownBy(() -> stay.checkIn(T0, "camp-manager"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("refuge.accommodation.stayState"));
    }

    @Test
    void checkOut_needsACheckIn_andAReasonAManagerMayChoose() {
        CampStay stay = allocated();
        assertThatThrownBy(() -> stay.checkOut(DepartureReason.HOSPITAL, LocalDate.now(), null, T0, "m"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("refuge.accommodation.stayState"));
        stay.checkIn(T0, "m");
        assertThatThrownBy(() -> stay.checkOut(DepartureReason.MOVED, LocalDate.now(), null, T0, "m"))
                .isInstanceOf(IllegalArgumentException.class);
        stay.checkOut(DepartureReason.VOLUNTARY_RETURN, LocalDate.of(2026, 11, 30), " return home ", T0, "m");
        assertThat(stay.status()).isEqualTo(StayStatus.CHECKED_OUT);
        assertThat(stay.endNote()).isEqualTo("return home");
        assertThat(stay.overdue(T0.plus(Duration.ofDays(9)), Duration.ofHours(1))).isFalse();
    }

    @Test
    void aMove_endsTheStay_andOpensTheNext_checkedInWithinTheCamp_awaitedInAnother() {
        CampStay stay = allocated();
        stay.checkIn(T0, "m");
        CampStay sameCamp = stay.moveTo(new CampCode("CAMP-A"), UUID.randomUUID(), LocalDate.of(2026, 11, 26), "flooded tent", T0, "m");
        assertThat(stay.status()).isEqualTo(StayStatus.MOVED);
        assertThat(sameCamp.status()).isEqualTo(StayStatus.CHECKED_IN);
        assertThat(sameCamp.movedFrom()).isEqualTo(stay.id());
        CampStay otherCamp = sameCamp.moveTo(new CampCode("CAMP-B"), UUID.randomUUID(), LocalDate.of(2026, 11, 27), null, T0, "m");
        assertThat(otherCamp.status()).isEqualTo(StayStatus.ALLOCATED);
        assertThat(otherCamp.campCode()).isEqualTo(new CampCode("CAMP-B"));
    }
}
