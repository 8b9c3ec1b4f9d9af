package org.refuge.assistance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.refuge.assistance.domain.ActionOutcome;
import org.refuge.assistance.domain.CaseOutcome;
import org.refuge.assistance.domain.FollowUpCase;
import org.refuge.assistance.domain.FollowUpKind;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;

/**
 * The read models of follow-up, redacted for each reader like any other: need codes as {@link Sensitivity#SENSITIVE_NEEDS}
 * (a reader outside the class sees the case and its actions, not the sensitive codes), notes as
 * {@link Sensitivity#CASE_NOTE}.
 */
public final class FollowUpViews {

    private FollowUpViews() {
    }

    /** A case in a list: {@code nextDue} its first pending deadline (null with nothing pending), {@code overdue} if past. */
    public record CaseRow(UUID id, String registryNumber, String headName, String siteCode, FollowUpCase.Status status,
                          Instant openedAt, Instant nextDue, boolean overdue, int openActions) {
    }

    /** The codes of one person of the household, or of the household as seen at the desk ({@code personId} null). */
    public record PersonNeeds(UUID personId, String name, @Classified(Sensitivity.SENSITIVE_NEEDS) Set<String> codes) {
    }

    public record ActionView(UUID id, FollowUpKind kind, String partnerCode, @Classified(Sensitivity.CASE_NOTE) String note,
                             LocalDate dueOn, String assignee, Instant recordedAt, String recordedBy, Instant completedAt,
                             String completedBy, ActionOutcome outcome, @Classified(Sensitivity.CASE_NOTE) String outcomeNote,
                             boolean overdue) {
    }

    /** A case with its needs and actions. */
    public record CaseView(UUID id, String registryNumber, String headName, String siteCode, String bcpCode, FollowUpCase.Status status,
                           Instant openedAt, Instant firstContactDueAt, Instant firstContactAt, Instant closedAt, String closedBy,
                           CaseOutcome outcome, @Classified(Sensitivity.CASE_NOTE) String outcomeNote, Instant nextDue,
                           boolean overdue, List<PersonNeeds> needs, List<ActionView> actions) {
    }
}
