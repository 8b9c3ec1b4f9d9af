package org.refuge.camps.domain;

import java.util.List;

import org.refuge.platform.refusal.Refusal;

/**
 * The camps' refusals, all {@link Refusal#conflict conflicts} with a rule's short name in the problem document
 * ({@code "rule"}) that clients and screens act on.
 * <p>
 * Accommodation rules ({@code refuge.accommodation.<rule>}, with a {@code "proposal"} member, a fresh proposal or
 * empty): "full" (the chosen tents no longer have the beds; another manager was faster), "noRoom" (the camp has the
 * beds but not together), "campFull" (fewer free beds than persons), "isolationNoEmptyTent" (an isolated household
 * and no empty tents), "adjoining" (chosen tents are not next to each other), "isolation" (an isolated household
 * needs empty tents), "isolatedOccupant" (an isolated household was placed in a chosen tent meanwhile), "notScreened" (the household is not waiting for allocation), "notRegistered" (its
 * members are not registered yet), "campNotOpen", "allocated" (its members already have beds), "manifest" (the
 * household cannot travel on this manifest), "manifestState" (the manifest has already departed or arrived),
 * "notArrived" (check-in before the manifest arrived), "stayState" (the person is not in the state this step needs),
 * "tooManyMatches" (a name searched in the allocation queue that too many households hold).
 * <p>
 * Camp rules ({@code refuge.camp.rule.<rule>}): "checklist" (opening before the set-up is complete), "occupied"
 * (closing a camp or taking a tent out of service with people in it), "closed" (changing a closed camp).
 */
public final class CampRefusals {

    static final String RULE = "rule";
    static final String PROPOSAL = "proposal";

    private CampRefusals() {
    }

    /** An accommodation rule refused the step; no fresh proposal. */
    public static Refusal accommodation(String rule) {
        return accommodation(rule, List.of());
    }

    /** An accommodation rule refused the chosen tents; {@code freshProposal} is what Refuge proposes now. */
    public static Refusal accommodation(String rule, List<TentProposal.Share> freshProposal) {
        return Refusal.conflict("refuge.accommodation." + rule).with(RULE, rule).with(PROPOSAL, List.copyOf(freshProposal));
    }

    /** A camp rule refused the change. */
    public static Refusal campRule(String rule) {
        return Refusal.conflict("refuge.camp.rule." + rule).with(RULE, rule);
    }

    /** The rule's short name of a camps refusal, or null for another refusal. */
    public static String rule(Refusal refusal) {
        return refusal.details().get(RULE) instanceof String rule ? rule : null;
    }

    /** The fresh proposal an accommodation refusal carries: empty when there is none. */
    @SuppressWarnings("unchecked")
    public static List<TentProposal.Share> freshProposal(Refusal refusal) {
        return refusal.details().get(PROPOSAL) instanceof List<?> shares ? (List<TentProposal.Share>) shares : List.of();
    }
}
