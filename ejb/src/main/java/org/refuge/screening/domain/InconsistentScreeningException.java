package org.refuge.screening.domain;

/** An outcome that contradicts the findings ("isolation" without isolation needed, "referred" without referral). */
public class InconsistentScreeningException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public InconsistentScreeningException(String rule) {
        super("The outcome contradicts the findings: " + rule);
        this.rule = rule;
    }

    /** "isolation" or "referral". */
    public String rule() {
        return rule;
    }
}
