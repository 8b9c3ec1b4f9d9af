package org.refuge.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

class FollowUpCaseTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private static FollowUpCase open() {
        return FollowUpCase.open(UUID.randomUUID(), new RegistryNumber("BCP-MARGARA-20261201-000000001"), new SiteCode("BCP-MARGARA"), NOW,
                Duration.ofHours(72));
    }

    @Test
    void theFirstContactIsDueAfterTheConfiguredHours_andIsTheFirstActionOnly() {
        FollowUpCase followUp = open();
        assertThat(followUp.firstContactDueAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
        followUp.contacted(NOW.plusSeconds(60));
        followUp.contacted(NOW.plusSeconds(120));
        assertThat(followUp.firstContactAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aClosedCase_takesNoActionAndIsNotClosedTwice() {
        FollowUpCase followUp = open();
        followUp.close(CaseOutcome.RESOLVED, "  met  ", "social-worker", NOW);
        assertThat(followUp.isOpen()).isFalse();
        assertThat(followUp.outcomeNote()).isEqualTo("met");
        assertThatThrownBy(() -> followUp.close(CaseOutcome.DEPARTED, null, "social-worker", NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.is(Refusal.Kind.CONFLICT, FollowUpCase.CLOSED)).isTrue());
        assertThatThrownBy(() -> FollowUpAction.record(followUp, FollowUpKind.MEDICAL, null, null, LocalDate.of(2026, 12, 3), "sw", NOW, "sw"))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void onlyAReferralToAPartnerNamesOne_andAnActionIsCompletedOnce() {
        FollowUpCase followUp = open();
        assertThatThrownBy(() -> FollowUpAction.record(followUp, FollowUpKind.PARTNER, null, null, LocalDate.of(2026, 12, 3), "sw", NOW, "sw"))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> FollowUpAction.record(followUp, FollowUpKind.LEGAL_AID, "UNHCR", null, LocalDate.of(2026, 12, 3), "sw", NOW, "sw"))
                .isInstanceOf(Refusal.class);
        FollowUpAction action = FollowUpAction.record(followUp, FollowUpKind.PARTNER, "UNHCR", " ", LocalDate.of(2026, 12, 3), "sw", NOW, "sw");
        assertThat(action.note()).isNull();
        action.complete(ActionOutcome.DONE, null, "sw", NOW);
        assertThat(action.open()).isFalse();
        assertThatThrownBy(() -> action.complete(ActionOutcome.DECLINED, null, "sw", NOW))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.is(Refusal.Kind.CONFLICT, FollowUpAction.COMPLETED)).isTrue());
    }

    @Test
    void aCaseCoversTheNeedsRecordedWhileOpen_andANewNeedIsOneItDoesNotCover() {
        FollowUpCase followUp = open();
        followUp.covers(Set.of("household:DS-PM"));
        followUp.covers(Set.of("household:DS-PM", "p1:SM-MI"));
        followUp.close(CaseOutcome.RESOLVED, null, "sw", NOW);
        followUp.covers(Set.of("household:DS-PM", "p1:SM-MI", "p2:ER-NF"));
        assertThat(followUp.missesAny(Set.of("p1:SM-MI"))).isFalse();
        assertThat(followUp.missesAny(Set.of("p1:SM-MI", "p2:ER-NF"))).as("recorded after the closing").isTrue();
    }
}
