package org.refuge.registration.application;

import org.refuge.platform.refusal.Refusal;

/**
 * A registration rule's refusal of a well-formed field. Kept as a named {@link Refusal} for the protection context's
 * throw sites until that context throws {@link Refusal#invalid} itself; registration throws the refusal directly.
 */
public class RegistrationRefusedException extends Refusal {
    private static final long serialVersionUID = 1L;

    private RegistrationRefusedException(Kind kind, String field, String messageKey, Object... arguments) {
        super(kind, field, messageKey, arguments);
    }

    /** The input names something that does not exist or is not allowed here: 400. */
    public static RegistrationRefusedException invalid(String field, String messageKey, Object... arguments) {
        return new RegistrationRefusedException(Kind.INVALID, field, messageKey, arguments);
    }

    /** The input contradicts the registry's current state: 409. */
    public static RegistrationRefusedException conflict(String field, String messageKey, Object... arguments) {
        return new RegistrationRefusedException(Kind.CONFLICT, field, messageKey, arguments);
    }
}
