package org.refuge.protection.domain;

/**
 * A temporary-protection decision was refused by a rule: "notInForce" (the decree is not in force), "granted" (the
 * person is protected already), "outOfScope" (outside the decree's scope or with a security-check hit: an exception
 * is needed), "fourEyes" (who proposed an exception cannot approve it), "state" (the status does not allow this
 * step), "exceptionOpen" (an exception is already waiting for a decision), "exceptionDecided". The rule names the
 * message.
 */
public class ProtectionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public ProtectionRefusedException(String rule) {
        super("Protection rule: " + rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    public String messageKey() {
        return "refuge.protection." + rule;
    }
}
