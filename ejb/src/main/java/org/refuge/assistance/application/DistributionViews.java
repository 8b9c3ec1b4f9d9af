package org.refuge.assistance.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.refuge.assistance.domain.DistributionRound;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import org.refuge.assistance.domain.Per;
import org.refuge.assistance.domain.Period;

/** What the rounds, their lists and the desks answer: read models, never entities. */
public final class DistributionViews {

    private DistributionViews() {
    }

    /** A rule of a round: its version in force on the round's day and the period that day falls in. */
    public record RoundRule(UUID entitlementId, String code, int version, String itemCode, Per per, Period period,
                            String partnerCode, LocalDate periodFrom, LocalDate periodUntil) {
    }

    /** A round as read, with how many collections (not voided) it has. */
    public record RoundRow(UUID id, String siteCode, LocalDate heldOn, DistributionRound.Status status, List<RoundRule> entitlements,
                           Instant openedAt, String openedBy, Instant closedAt, String closedBy, long collections) {
    }

    /**
     * A line of a distribution list or of a desk: a household (per household) or one of its persons, the quantity due
     * under the round's rule, and the period's collection if it was collected (when, at which site).
     */
    public record DueLine(UUID roundId, UUID entitlementId, String entitlementCode, String itemCode, Per per, String registryNumber,
                          String headName, int persons, UUID personId, String personName, BigDecimal quantity, LocalDate periodFrom,
                          LocalDate periodUntil, UUID collectionId, Instant collectedAt, String collectedSite) {

        public boolean collected() {
            return collectionId != null;
        }

        /** Whether this is the household line of a rule per person: its members are not registered yet, its declared size counts. */
        public boolean declaredSize() {
            return per == Per.PERSON && personId == null;
        }
    }

    /** A registered member as the desk shows them: name, relationship, sex, birth date and the portrait (JPEG, or null). */
    public record Member(UUID personId, String name, String relationship, String sex, LocalDate birthDate, byte[] portrait) {
    }

    /**
     * What a desk shows of a household: who it is (the head's portrait when no member is registered yet), its members
     * and what is due in the open rounds of the desk's site.
     */
    public record Desk(String registryNumber, String headName, String headNameLatin, String status, int size, String siteCode,
                       byte[] headPortrait, List<Member> members, List<RoundRow> rounds, List<DueLine> lines) {
    }

    /** A collection as read. */
    public record CollectionRow(UUID id, UUID roundId, UUID entitlementId, String entitlementCode, String registryNumber, UUID personId,
                                String itemCode, String partnerCode, BigDecimal quantity, LocalDate periodFrom, LocalDate periodUntil,
                                String siteCode, UUID receivedByPersonId, String proxyName, Instant collectedAt, String collectedBy,
                                Instant voidedAt, String voidedBy, @Classified(Sensitivity.CASE_NOTE) String voidReason) {
    }
}
