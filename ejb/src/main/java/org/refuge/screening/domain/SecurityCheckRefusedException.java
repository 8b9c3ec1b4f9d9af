package org.refuge.screening.domain;

/** A security-check entry that breaks its rules: an answer without its reference, or an answer taken back. */
public class SecurityCheckRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public SecurityCheckRefusedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** "reference" or "pending". */
    public String rule() {
        return rule;
    }
}
