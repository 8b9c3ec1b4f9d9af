package org.refuge.platform.persistence;

import jakarta.ejb.ApplicationException;

/**
 * An Idempotency-Key sent again with another body than its first request's: 422, nothing done. Answering the first
 * result would tell the client that what it asked the second time was done, which it was not.
 */
@ApplicationException(rollback = true)
public class IdempotentRequestChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "refuge.idempotency.changed";

    public IdempotentRequestChangedException() {
        super("Idempotency-Key sent again with another request body");
    }
}
