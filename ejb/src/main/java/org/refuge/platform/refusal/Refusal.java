package org.refuge.platform.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.ApplicationException;

/**
 * The one way a service says no: a rule of the domain, a record that does not exist, a state that does not allow the
 * step, a site outside the caller's scope. It names a {@code ValidationMessages} key (and its arguments), the request
 * field it concerns when there is one, and its {@link Kind}; the API answers it as problem+json with the kind's status
 * and the text in the caller's language, and a screen shows the same text next to the field. Every context throws this
 * type, so one mapper branch and one screen handler serve them all.
 * <p>
 * The exception's message is the key only: arguments (a member's name, say) never reach a log line. It carries no
 * stack trace, and the transaction rolls back.
 */
@ApplicationException(rollback = true, inherited = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of no: it decides the HTTP status of the API's answer. */
    public enum Kind {
        /** the input names something that does not exist or is not allowed here (400) */
        INVALID(400),
        /** the record asked for does not exist (404) */
        NOT_FOUND(404),
        /** the record's present state does not allow the step (409) */
        CONFLICT(409),
        /** the record belongs to a site or role outside the caller's scope (403) */
        FORBIDDEN(403),
        /** the upload is larger than allowed (413) */
        TOO_LARGE(413),
        /** the request is well-formed but cannot be processed as sent, e.g. a key reused with another body (422) */
        UNPROCESSABLE(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String field;
    private final transient Object[] arguments;
    private final transient Map<String, Object> details = new LinkedHashMap<>();

    protected Refusal(Kind kind, String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.kind = kind;
        this.field = field == null || field.isBlank() ? null : field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The input names something that does not exist or is not allowed here; {@code field} may be null. */
    public static Refusal invalid(String field, String messageKey, Object... arguments) {
        return new Refusal(Kind.INVALID, field, messageKey, arguments);
    }

    public static Refusal notFound(String messageKey, Object... arguments) {
        return new Refusal(Kind.NOT_FOUND, null, messageKey, arguments);
    }

    public static Refusal conflict(String messageKey, Object... arguments) {
        return new Refusal(Kind.CONFLICT, null, messageKey, arguments);
    }

    /** A conflict that concerns one field of the request. */
    public static Refusal conflict(String field, String messageKey, Object... arguments) {
        return new Refusal(Kind.CONFLICT, field, messageKey, arguments);
    }

    public static Refusal forbidden(String messageKey, Object... arguments) {
        return new Refusal(Kind.FORBIDDEN, null, messageKey, arguments);
    }

    public static Refusal of(Kind kind, String field, String messageKey, Object... arguments) {
        return new Refusal(kind, field, messageKey, arguments);
    }

    /**
     * Adds a member to the API's problem document, for a client that acts on it: the rule's short name
     * ({@code "rule": "full"}), a fresh proposal. Never personal data beyond what the caller may read anyway.
     */
    public Refusal with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    /** The {@code ValidationMessages} key of the text. */
    public String messageKey() {
        return getMessage();
    }

    /** The request field the refusal concerns (a body's path such as {@code documents[0].number}), or null. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** Members added to the problem document, in the order they were added. */
    public Map<String, Object> details() {
        return details == null ? Map.of() : Collections.unmodifiableMap(details);
    }

    /** Whether this refusal is of the kind and has the key: what a screen asks when it reacts to one refusal. */
    public boolean is(Kind kind, String messageKey) {
        return this.kind == kind && getMessage().equals(messageKey);
    }

    /**
     * The refusal a failure carries, itself or as a cause (an EJBException, an ELException or a FacesException around
     * it when it left an action of a screen).
     */
    public static Optional<Refusal> in(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause() == cause ? null : cause.getCause(), depth++) {
            if (cause instanceof Refusal refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Refusal[" + kind + ", " + getMessage() + (field == null ? "" : ", " + field) + "]";
    }
}
