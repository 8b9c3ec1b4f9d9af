package org.refuge.registration.application;

import jakarta.ejb.ApplicationException;

/**
 * A registration the rules refuse although each field is well-formed (a second head of household, an unknown
 * reference code, a voided household). Names the field and a ValidationMessages key, so that screens show the
 * message next to the field and the API answers 400 or 409 with it, in the user's language.
 */
@ApplicationException(rollback = true)
public class RegistrationRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final boolean conflict;
    private final transient Object[] arguments;

    private RegistrationRefusedException(String field, String messageKey, boolean conflict, Object... arguments) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
        this.conflict = conflict;
        this.arguments = arguments.clone();
    }

    /** The input names something that does not exist or is not allowed here: 400. */
    public static RegistrationRefusedException invalid(String field, String messageKey, Object... arguments) {
        return new RegistrationRefusedException(field, messageKey, false, arguments);
    }

    /** The input contradicts the registry's current state: 409. */
    public static RegistrationRefusedException conflict(String field, String messageKey, Object... arguments) {
        return new RegistrationRefusedException(field, messageKey, true, arguments);
    }

    public String field() { return field; }
    public String messageKey() { return messageKey; }
    public boolean isConflict() { return conflict; }
    public Object[] arguments() { return arguments == null ? new Object[0] : arguments.clone(); }
}
