package org.refuge.emergency.application;

/**
 * A change of the emergency response was refused by a rule: "planActive" (the action plan is already active or the
 * event closed), "decreeNumber" (a decree with this number is recorded already). The rule names the message.
 */
public class ActionPlanRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public ActionPlanRefusedException(String rule) {
        super("Emergency rule: " + rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /** The ValidationMessages key of the rule. */
    public String messageKey() {
        return "refuge.emergency." + rule;
    }
}
