package org.refuge.camps.domain;

import java.util.List;

/**
 * An allocation, transfer, check-in or check-out was refused by a rule: "full" (the chosen tents no longer have the
 * beds; another manager was faster), "noRoom" (the camp cannot take the household together), "adjoining" (chosen
 * tents are not next to each other), "isolation" (an isolated household needs empty tents), "notScreened" (the
 * household is not waiting for allocation), "notRegistered" (its members are not registered yet), "campNotOpen",
 * "allocated" (its members already have beds), "manifest" (the household cannot travel on this manifest),
 * "manifestState" (the manifest has already departed or arrived), "notArrived" (check-in before the manifest
 * arrived), "stayState" (the person is not in the state this step needs), "tooManyMatches" (a name searched in the
 * allocation queue that too many households hold). The rule names the message; a refused
 * allocation carries a fresh proposal when there is one.
 */
public class AccommodationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final transient List<TentProposal.Share> freshProposal;

    public AccommodationRefusedException(String rule) {
        this(rule, List.of());
    }

    public AccommodationRefusedException(String rule, List<TentProposal.Share> freshProposal) {
        super("Accommodation rule: " + rule);
        this.rule = rule;
        this.freshProposal = List.copyOf(freshProposal);
    }

    public String rule() {
        return rule;
    }

    public List<TentProposal.Share> freshProposal() {
        return freshProposal;
    }

    /** The ValidationMessages key of the rule. */
    public String messageKey() {
        return "refuge.accommodation." + rule;
    }
}
