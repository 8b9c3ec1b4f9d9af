package org.refuge.platform.rest;

import jakarta.ws.rs.core.Response.Status;

/** A request refused before it reaches a resource (no body, a list too long): answered as a problem in the caller's language. */
class RequestRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Status status;
    private final transient Object[] arguments;

    RequestRefusedException(Status status, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.arguments = arguments;
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
