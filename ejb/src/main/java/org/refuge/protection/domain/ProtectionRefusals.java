package org.refuge.protection.domain;

import org.refuge.platform.refusal.Refusal;

/**
 * The refusals of temporary protection and its identity documents, as the one {@link Refusal} (a conflict with the
 * record's present state) whose key is {@code refuge.protection.<rule>} and whose problem document names the rule
 * ({@code "rule": "granted"}) for API clients that act on it. The rules: "notInForce" (the decree is not in force),
 * "granted" (the person is protected already), "outOfScope" (outside the decree's scope or with a security-check hit:
 * an exception is needed), "fourEyes" (who proposed an exception cannot approve it), "state" (the status does not
 * allow this step), "exceptionOpen", "exceptionDecided", "securityPending", "reasonChanged", "notNeeded",
 * "renewalNotDue", "ground", "extended" (extended already for the year to come); for documents "nothingToProduce",
 * "noPhoto" and "noCitizenship" (with the members' names), "reprintReason", "notPrinted", "documentEnded".
 */
public final class ProtectionRefusals {

    private ProtectionRefusals() {
    }

    public static Refusal refused(String rule, Object... arguments) {
        return Refusal.conflict("refuge.protection." + rule, arguments).with("rule", rule);
    }

    /** The rule a protection refusal names, or null for another refusal. */
    public static String rule(Refusal refusal) {
        Object rule = refusal.details().get("rule");
        return rule instanceof String name && refusal.messageKey().startsWith("refuge.protection.") ? name : null;
    }
}
