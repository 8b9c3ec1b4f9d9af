package org.refuge.camps.domain;

/**
 * A camp rule refused a change: "checklist" (opening before the set-up is complete), "occupied" (closing a camp or
 * taking a tent out of service with people in it), "closed" (changing a closed camp). The rule names the message.
 */
public class CampRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public CampRuleException(String rule) {
        super("Camp rule: " + rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /** The ValidationMessages key of the rule. */
    public String messageKey() {
        return "refuge.camp.rule." + rule;
    }
}
