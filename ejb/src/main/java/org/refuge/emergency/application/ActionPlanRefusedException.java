package org.refuge.emergency.application;

import org.refuge.platform.refusal.Refusal;

/**
 * An emergency rule's refusal (409), its key {@code refuge.emergency.<rule>}. Kept as a named {@link Refusal} for the
 * protection context's throw site ("decreeNumber") until that context throws the refusal itself; emergency throws
 * {@code Refusal.conflict} directly.
 */
public class ActionPlanRefusedException extends Refusal {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public ActionPlanRefusedException(String rule) {
        super(Kind.CONFLICT, null, "refuge.emergency." + rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
