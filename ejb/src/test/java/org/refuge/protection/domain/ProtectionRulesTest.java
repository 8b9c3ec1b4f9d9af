package org.refuge.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.PersonId;

class ProtectionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static Decree decree(boolean stateless, LocalDate until) {
        return Decree.record(null, "N 1367", DAY.minusDays(2), DAY.minusDays(1), Set.of("SYR", "IRQ"), stateless,
                DAY.minusDays(30), until, NOW, "supervisor");
    }

    @Test
    void aDecreeCoversItsCitizenships_andStatelessPersonsOnlyWhenItSaysSo_withinItsArrivalWindow() {
        Decree decree = decree(false, DAY);
        assertThat(decree.covers(Set.of("SYR"), false, DAY.minusDays(3))).isTrue();
        assertThat(decree.covers(Set.of("RUS", "IRQ"), false, DAY)).isTrue();
        assertThat(decree.covers(Set.of("RUS"), false, DAY)).isFalse();
        assertThat(decree.covers(Set.of(), true, DAY)).as("stateless not covered").isFalse();
        assertThat(decree(true, null).covers(Set.of(), true, DAY.plusDays(400))).as("open window").isTrue();
        assertThat(decree.covers(Set.of("SYR"), false, DAY.minusDays(31))).as("arrived before the window").isFalse();
        assertThat(decree.covers(Set.of("SYR"), false, DAY.plusDays(1))).as("arrived after the window").isFalse();
        assertThat(decree.inForceOn(DAY.minusDays(2))).isFalse();
        assertThat(decree.inForceOn(DAY)).isTrue();
        assertThatThrownBy(() -> Decree.record(null, "N 2", DAY, DAY.minusDays(1), Set.of("SYR"), false, DAY, null, NOW, "s"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decree.record(null, "N 3", DAY, DAY, Set.of(), false, DAY, null, NOW, "s"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecreesCoveredCitizenships_areItsCountries_andStatelessWhenItSaysSo_asAWorklistMatchesThem() {
        assertThat(decree(false, DAY).coveredCitizenships()).containsExactly("IRQ", "SYR");
        assertThat(decree(true, DAY).coveredCitizenships()).containsExactly("IRQ", Decree.STATELESS, "SYR");
        assertThat(decree(true, DAY).covers(Set.of("RUS"), true, DAY)).as("a stateless person's citizenship is STATELESS").isTrue();
        assertThat(decree(false, DAY).covers(Set.of("SYR"), true, DAY)).as("stateless, though a country is listed").isFalse();
        assertThat(decree(false, DAY).coversArrivalOn(DAY.minusDays(30))).isTrue();
        assertThat(decree(false, DAY).coversArrivalOn(DAY.plusDays(1))).isFalse();
    }

    @Test
    void protectionIsGrantedForAYear_extendedByAYear_andEndsOnlyWithALegalGround() {
        ProtectionStatus protection = ProtectionStatus.grant(PersonId.of(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), DAY, NOW, "caseworker");
        assertThat(protection.validUntil()).isEqualTo(LocalDate.of(2027, 11, 25));
        protection.extend(DAY, NOW, "caseworker");
        assertThat(protection.status()).isEqualTo(ProtectionStatus.Status.EXTENDED);
        assertThat(protection.validUntil()).isEqualTo(LocalDate.of(2028, 11, 25));
        assertThatThrownBy(() -> protection.end(ProtectionStatus.Status.TERMINATED, " ", DAY, NOW, "caseworker"))
                .isInstanceOf(IllegalArgumentException.class);
        protection.end(ProtectionStatus.Status.TERMINATED, "Law on Refugees and Asylum, art. 64", DAY, NOW, "caseworker");
        assertThat(protection.status().active()).isFalse();
        assertThatThrownBy(() -> protection.extend(DAY, NOW, "caseworker")).isInstanceOf(Refusal.class);
    }

    @Test
    void extension_isGivenOncePerValidityYear_soARetryNeverAddsASecondYear() {
        ProtectionStatus protection = ProtectionStatus.grant(PersonId.of(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), DAY, NOW, "caseworker");
        protection.extend(DAY, NOW, "caseworker");
        assertThatThrownBy(() -> protection.extend(DAY, NOW, "caseworker"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(ProtectionRefusals.rule(e)).isEqualTo("extended"));
        assertThat(protection.validUntil()).isEqualTo(LocalDate.of(2028, 11, 25));
        // a year later, with less than a year left, it can be extended again
        protection.extend(DAY.plusYears(1).plusDays(1), NOW, "caseworker");
        assertThat(protection.validUntil()).isEqualTo(LocalDate.of(2029, 11, 25));
    }

    @Test
    void whoProposedAnException_cannotDecideOnIt() {
        ProtectionException exception = ProtectionException.propose(PersonId.of(UUID.randomUUID()), UUID.randomUUID(),
                ProtectionException.Reason.OUT_OF_SCOPE, "arrived with the family the day before the window", NOW, "anna");
        assertThatThrownBy(() -> exception.decide(true, null, NOW, "anna"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(ProtectionRefusals.rule(e)).isEqualTo("fourEyes"));
        exception.decide(true, "family unity", NOW, "supervisor");
        assertThat(exception.status()).isEqualTo(ProtectionException.Status.APPROVED);
        assertThatThrownBy(() -> exception.decide(false, null, NOW, "other")).isInstanceOf(Refusal.class);
    }
}
