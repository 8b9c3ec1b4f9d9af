package org.refuge.protection.domain;

/**
 * A temporary-protection decision was refused by a rule: "notInForce" (the decree is not in force), "granted" (the
 * person is protected already), "outOfScope" (outside the decree's scope or with a security-check hit: an exception
 * is needed), "fourEyes" (who proposed an exception cannot approve it), "state" (the status does not allow this
 * step), "exceptionOpen" (an exception is already waiting for a decision), "exceptionDecided", "securityPending",
 * "reasonChanged", "notNeeded", "renewalNotDue", "ground", "extended" (extended already for the year to come); for documents "nothingToProduce", "noPhoto" and
 * "noCitizenship" (with the members' names), "reprintReason", "documentEnded". The rule names the message.
 */
public class ProtectionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    private final transient Object[] arguments;

    public ProtectionRefusedException(String rule, Object... arguments) {
        super("Protection rule: " + rule);
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    /** What the message names, e.g. the members without a photo. */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String rule() {
        return rule;
    }

    public String messageKey() {
        return "refuge.protection." + rule;
    }
}
