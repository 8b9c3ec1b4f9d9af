package org.refuge.platform.rest;

import jakarta.ws.rs.core.Response.Status;

/** A request refused before it reaches a resource (no body, a list too long): answered as a problem in the caller's language. */
class RequestRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Status status;
    private final String field;
    private final transient Object[] arguments;

    /** @param field the body's field path ({@code documents[0]}), or null for the whole body */
    RequestRefusedException(Status status, String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.field = field == null || field.isEmpty() ? null : field;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    Status status() {
        return status;
    }

    String messageKey() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments;
    }
}
