package org.refuge.assistance.children;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;

/** What the screens and the API show of child protection: read models, never entities. */
public final class ChildViews {

    private ChildViews() {
    }

    /** An unaccompanied or separated child with their current caregiver and the state of their assessment. */
    public record Child(UUID personId, UUID householdId, String registryNumber, String siteCode, String needCode,
                        String givenName, String familyName, String givenNameLatin, String familyNameLatin,
                        LocalDate birthDate, String sex, Caregiver caregiver, Assessment assessment) {
        public boolean unaccompanied() {
            return ChildCodes.UNACCOMPANIED.equals(needCode);
        }
    }

    /** A caregiver or guardian as recorded; {@code endedAt} set once replaced. The contact is a case note. */
    public record Caregiver(UUID id, String name, Relation relation, UUID personId,
                            @Classified(Sensitivity.CASE_NOTE) String contact, Instant recordedAt, String recordedBy,
                            Instant endedAt, String endedBy) {
    }

    /** The child's best-interests assessment: open until its outcome is recorded. */
    public record Assessment(Instant openedAt, Instant dueAt, AssessmentOutcome outcome,
                             @Classified(Sensitivity.CASE_NOTE) String note, Instant assessedAt, String assessedBy) {
        public boolean open() {
            return outcome == null;
        }
    }

    /** A child's file for the social worker: the child, and every caregiver recorded, the current one first. */
    public record ChildFile(Child child, List<Caregiver> caregivers) {
    }

    /** A family-tracing request and the registered persons proposed as the relative sought. */
    public record TracingRequest(UUID id, UUID personId, String registryNumber, String siteCode, String soughtName,
                                 Integer birthYear, int yearTolerance, Relation relation, String status, Instant openedAt,
                                 String openedBy, List<Match> matches) {
    }

    /** A registered person proposed for a tracing request, and what the social worker decided. */
    public record Match(UUID personId, String registryNumber, String siteCode, String givenName, String familyName,
                        String givenNameLatin, String familyNameLatin, LocalDate birthDate, String sex, double similarity,
                        String status, Instant decidedAt, String decidedBy) {
    }
}
