package org.refuge.assistance.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a social worker or camp manager types to open a round and to record or void a collection; validated at the boundary. */
public final class DistributionForms {

    private DistributionForms() {
    }

    /** A round: the site, the day (today when not given) and the rules it distributes. */
    public static class RoundForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{refuge.round.site}") @Size(max = 40, message = "{refuge.round.site}")
        private String siteCode;
        private LocalDate heldOn;
        @NotEmpty(message = "{refuge.round.entitlements}") @Size(max = 20, message = "{refuge.round.entitlements}")
        private List<@NotNull(message = "{refuge.round.entitlements}") UUID> entitlementIds = new ArrayList<>();

        public String getSiteCode() { return siteCode; }
        public void setSiteCode(String siteCode) { this.siteCode = siteCode; }
        public LocalDate getHeldOn() { return heldOn; }
        public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        public List<UUID> getEntitlementIds() { return entitlementIds; }
        public void setEntitlementIds(List<UUID> entitlementIds) { this.entitlementIds = entitlementIds; }
    }

    /** One line asked for: a rule of the round, and for a rule per person the person. */
    public static class LineRef implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.collection.line}")
        private UUID entitlementId;
        private UUID personId;

        public UUID getEntitlementId() { return entitlementId; }
        public void setEntitlementId(UUID entitlementId) { this.entitlementId = entitlementId; }
        public UUID getPersonId() { return personId; }
        public void setPersonId(UUID personId) { this.personId = personId; }
    }

    /**
     * A collection at a desk: the round, the household, the lines handed over (none named: every line still due in
     * the round) and who received them, a member or a named proxy.
     */
    public static class CollectionForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.collection.round}")
        private UUID roundId;
        @NotBlank(message = "{refuge.collection.household}") @Size(max = 64, message = "{refuge.collection.household}")
        private String registryNumber;
        @Size(max = 200, message = "{refuge.collection.line}")
        private List<@NotNull(message = "{refuge.collection.line}") @Valid LineRef> lines = new ArrayList<>();
        private UUID receivedByPersonId;
        @Size(max = 200, message = "{refuge.collection.proxyName}")
        @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{refuge.collection.proxyName}")
        private String proxyName;

        public UUID getRoundId() { return roundId; }
        public void setRoundId(UUID roundId) { this.roundId = roundId; }
        public String getRegistryNumber() { return registryNumber; }
        public void setRegistryNumber(String registryNumber) { this.registryNumber = registryNumber; }
        public List<LineRef> getLines() { return lines; }
        public void setLines(List<LineRef> lines) { this.lines = lines; }
        public UUID getReceivedByPersonId() { return receivedByPersonId; }
        public void setReceivedByPersonId(UUID receivedByPersonId) { this.receivedByPersonId = receivedByPersonId; }
        public String getProxyName() { return proxyName; }
        public void setProxyName(String proxyName) { this.proxyName = proxyName; }
    }

    /** A collection voided: why. */
    public static class VoidForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{refuge.collection.voidReason}") @Size(max = 300, message = "{refuge.collection.voidReason}")
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
