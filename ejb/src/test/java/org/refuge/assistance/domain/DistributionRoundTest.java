package org.refuge.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.SiteCode;

class DistributionRoundTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final SiteCode CAMP = new SiteCode("CAMP-ARARAT-1");

    private static EntitlementTerms terms(Period period, Integer months, String site, LocalDate from) {
        return new EntitlementTerms("FOOD-PARCEL", Per.HOUSEHOLD, BigDecimal.ONE, null, period, months, Stage.IN_CAMP, site, null, null,
                "STATE-RESERVE", from, null);
    }

    @Test
    void aRound_takesEachRulesVersionInForce_andThePeriodItsDayFallsIn_countedFromTheRulesFirstDay() {
        Entitlement weekly = Entitlement.create("FOOD-WEEKLY", terms(Period.WEEKLY, null, null, LocalDate.of(2026, 3, 4)), NOW, "supervisor");
        EntitlementVersion second = weekly.revise(terms(Period.WEEKLY, null, null, LocalDate.of(2026, 3, 15)), 1, NOW, "supervisor");
        DistributionRound round = DistributionRound.open(CAMP, LocalDate.of(2026, 3, 20), List.of(weekly), NOW, "social-worker");

        DistributionRound.Line line = round.lines().get(0);
        assertThat(line.versionId()).as("the version in force that day").isEqualTo(second.id());
        assertThat(line.periodFrom()).as("weeks from the rule's first day, not the version's").isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(line.periodUntil()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(round.status()).isEqualTo(DistributionRound.Status.OPEN);
    }

    @Test
    void twoRoundsInOnePeriod_atAnySites_nameTheSamePeriod() {
        Entitlement once = Entitlement.create("BLANKETS", terms(Period.ONCE, null, null, LocalDate.of(2026, 1, 1)), NOW, "supervisor");
        DistributionRound ararat = DistributionRound.open(CAMP, LocalDate.of(2026, 2, 1), List.of(once), NOW, "a");
        DistributionRound goris = DistributionRound.open(new SiteCode("CAMP-GORIS-1"), LocalDate.of(2026, 9, 9), List.of(once), NOW, "b");
        assertThat(ararat.lines().get(0).periodFrom()).isEqualTo(goris.lines().get(0).periodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ararat.lines().get(0).periodUntil()).isNull();
    }

    @Test
    void aRuleOfAnotherSite_aDayBeforeItsFirst_andAMonthlyRuleAfterItsLastMonth_areRefused() {
        Entitlement goris = Entitlement.create("GORIS-FOOD", terms(Period.WEEKLY, null, "CAMP-GORIS-1", LocalDate.of(2026, 1, 1)), NOW, "s");
        assertThatThrownBy(() -> DistributionRound.open(CAMP, LocalDate.of(2026, 3, 1), List.of(goris), NOW, "s"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("refuge.round.otherSite"));
        assertThatThrownBy(() -> DistributionRound.open(CAMP, LocalDate.of(2025, 12, 31), List.of(goris), NOW, "s"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("refuge.round.notInForce"));
        Entitlement rent = Entitlement.create("RENT", terms(Period.MONTHLY, 2, null, LocalDate.of(2026, 1, 31)), NOW, "s");
        assertThat(DistributionRound.open(CAMP, LocalDate.of(2026, 3, 30), List.of(rent), NOW, "s").lines().get(0).periodFrom())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> DistributionRound.open(CAMP, LocalDate.of(2026, 3, 31), List.of(rent), NOW, "s"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("refuge.round.notDue"));
    }

    @Test
    void aRound_needsARule_eachOnce() {
        Entitlement once = Entitlement.create("BLANKETS", terms(Period.ONCE, null, null, LocalDate.of(2026, 1, 1)), NOW, "supervisor");
        assertThatThrownBy(() -> DistributionRound.open(CAMP, LocalDate.of(2026, 2, 1), List.of(), NOW, "s")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> DistributionRound.open(CAMP, LocalDate.of(2026, 2, 1), List.of(once, once), NOW, "s"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("entitlementIds"));
    }

    @Test
    void aClosedRound_takesNoMoreCollections_andIsNotClosedTwice() {
        Entitlement once = Entitlement.create("BLANKETS", terms(Period.ONCE, null, null, LocalDate.of(2026, 1, 1)), NOW, "supervisor");
        DistributionRound round = DistributionRound.open(CAMP, LocalDate.of(2026, 2, 1), List.of(once), NOW, "s");
        round.close(NOW, "s");
        assertThat(round.status()).isEqualTo(DistributionRound.Status.CLOSED);
        assertThatThrownBy(round::requireOpen).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.is(Refusal.Kind.CONFLICT, DistributionRound.CLOSED)).isTrue());
        assertThatThrownBy(() -> round.close(NOW, "s")).isInstanceOf(Refusal.class);
    }
}
