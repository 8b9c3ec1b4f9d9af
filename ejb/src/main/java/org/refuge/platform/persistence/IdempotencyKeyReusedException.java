package org.refuge.platform.persistence;

import jakarta.ejb.ApplicationException;

/** An Idempotency-Key sent again for another operation than its first one: 409, nothing done. */
@ApplicationException(rollback = true)
public class IdempotencyKeyReusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "refuge.idempotency.reused";

    public IdempotencyKeyReusedException() {
        super("Idempotency-Key reused for another operation");
    }
}
