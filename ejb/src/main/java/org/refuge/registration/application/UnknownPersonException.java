package org.refuge.registration.application;

import java.util.UUID;

import jakarta.ejb.ApplicationException;

/** No person has this id. Answered as 404. */
@ApplicationException(rollback = true)
public class UnknownPersonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownPersonException(UUID id) {
        super("No person " + id);
    }
}
