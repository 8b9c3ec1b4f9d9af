package org.refuge.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class FollowUpDeadlinesTest {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");
    private static final Instant OPENED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant FIRST_CONTACT_DUE = OPENED.plus(Duration.ofHours(72));
    private static final Duration REVIEW = Duration.ofDays(14);

    @Test
    void beforeTheFirstContact_theCaseEscalatesWhenTheFirstContactIsDue() {
        assertThat(FollowUpDeadlines.escalateAt(FIRST_CONTACT_DUE, null, List.of(), OPENED, REVIEW, YEREVAN)).isEqualTo(FIRST_CONTACT_DUE);
    }

    @Test
    void anActionDueBeforeTheFirstContactDeadline_escalatesAtTheEndOfItsDayInTheZone() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(FollowUpDeadlines.escalateAt(FIRST_CONTACT_DUE, null, List.of(day), OPENED, REVIEW, YEREVAN))
                .isEqualTo(Instant.parse("2026-12-02T20:00:00Z")); // midnight in Yerevan (UTC+4)
    }

    @Test
    void onceContacted_theFirstOpenActionCounts() {
        Instant contacted = OPENED.plus(Duration.ofHours(5));
        assertThat(FollowUpDeadlines.escalateAt(FIRST_CONTACT_DUE, contacted, List.of(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 9)),
                contacted, REVIEW, YEREVAN)).isEqualTo(Instant.parse("2026-12-09T20:00:00Z"));
    }

    @Test
    void withNothingPending_theCaseIsReviewedAfterThePeriodWithoutActivity() {
        Instant contacted = OPENED.plus(Duration.ofHours(5));
        Instant lastActivity = OPENED.plus(Duration.ofDays(3));
        assertThat(FollowUpDeadlines.escalateAt(FIRST_CONTACT_DUE, contacted, List.of(), lastActivity, REVIEW, YEREVAN))
                .isEqualTo(lastActivity.plus(REVIEW));
        assertThat(FollowUpDeadlines.overdue(FIRST_CONTACT_DUE, contacted, List.of(), YEREVAN, OPENED.plus(Duration.ofDays(100))))
                .as("a case with nothing pending is never overdue").isFalse();
    }

    @Test
    void overdue_onlyOnceThePendingDeadlineHasPassed() {
        assertThat(FollowUpDeadlines.overdue(FIRST_CONTACT_DUE, null, List.of(), YEREVAN, FIRST_CONTACT_DUE.minusSeconds(1))).isFalse();
        assertThat(FollowUpDeadlines.overdue(FIRST_CONTACT_DUE, null, List.of(), YEREVAN, FIRST_CONTACT_DUE.plusSeconds(1))).isTrue();
    }
}
