package org.refuge.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.PersonId;

class ScreeningRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static MedicalScreening screening(boolean referral, boolean isolation, MedicalOutcome outcome) {
        return MedicalScreening.record(UUID.randomUUID(), PersonId.of(UUID.randomUUID()), NOW, "medical", Triage.URGENT, "  ", false, false, referral,
                isolation, outcome, " ground floor ");
    }

    @Test
    void medicalOutcome_mustAgreeWithTheFindings() {
        assertThatThrownBy(() -> screening(false, false, MedicalOutcome.ISOLATION))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID))
                .extracting(e -> ((Refusal) e).details().get("rule")).isEqualTo("isolation");
        assertThatThrownBy(() -> screening(false, true, MedicalOutcome.REFERRED))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID))
                .extracting(e -> ((Refusal) e).details().get("rule")).isEqualTo("referral");
        MedicalScreening isolation = screening(false, true, MedicalOutcome.ISOLATION);
        assertThat(isolation.outcome()).isEqualTo(MedicalOutcome.ISOLATION);
        assertThat(isolation.conditions()).isNull();
        assertThat(isolation.accommodationNeeds()).isEqualTo("ground floor");
    }

    @Test
    void securityCheck_isCompleteWhenBothEnquiriesAnswered_andAHitOfEitherIsAHit() {
        SecurityCheck check = SecurityCheck.open(UUID.randomUUID(), PersonId.of(UUID.randomUUID()), NOW, "police");
        assertThat(check.result()).isEqualTo(EnquiryAnswer.PENDING);
        check.record("NSS-1", EnquiryAnswer.CLEAR, null, EnquiryAnswer.PENDING, NOW, "police");
        assertThat(check.complete()).isFalse();
        assertThat(check.result()).isEqualTo(EnquiryAnswer.PENDING);
        check.record("NSS-1", EnquiryAnswer.CLEAR, "POL-9", EnquiryAnswer.HIT, NOW, "police");
        assertThat(check.complete()).isTrue();
        assertThat(check.result()).isEqualTo(EnquiryAnswer.HIT);
    }

    @Test
    void securityCheck_refusesAnAnswerWithoutReference_andAnAnswerTakenBack() {
        SecurityCheck check = SecurityCheck.open(UUID.randomUUID(), PersonId.of(UUID.randomUUID()), NOW, "police");
        assertThatThrownBy(() -> check.record(" ", EnquiryAnswer.CLEAR, null, EnquiryAnswer.PENDING, NOW, "p"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID))
                .extracting(e -> ((Refusal) e).details().get("rule")).isEqualTo("reference");
        check.record("NSS-1", EnquiryAnswer.CLEAR, null, EnquiryAnswer.PENDING, NOW, "p");
        assertThatThrownBy(() -> check.record("NSS-1", EnquiryAnswer.PENDING, null, EnquiryAnswer.PENDING, NOW, "p"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID))
                .extracting(e -> ((Refusal) e).details().get("rule")).isEqualTo("pending");
    }

    @Test
    void aSecurityCheck_isDueFromTheAge_onTheBirthday_andForAnUnknownAge() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(PersonScreening.securityDue(LocalDate.of(2012, 12, 7), today, 14)).as("14 today").isTrue();
        assertThat(PersonScreening.securityDue(LocalDate.of(2012, 12, 8), today, 14)).as("14 tomorrow").isFalse();
        assertThat(PersonScreening.securityDue(LocalDate.of(2008, 2, 29), LocalDate.of(2022, 2, 28), 14)).as("born on 29 February").isFalse();
        assertThat(PersonScreening.securityDue(LocalDate.of(2008, 2, 29), LocalDate.of(2022, 3, 1), 14)).isTrue();
        assertThat(PersonScreening.securityDue(null, today, 14)).as("of an unknown age: checked as an adult is").isTrue();
        assertThat(PersonScreening.securityDue(today, today, 0)).as("age 0: everyone").isTrue();
    }
}
