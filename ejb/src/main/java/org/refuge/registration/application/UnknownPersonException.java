package org.refuge.registration.application;

import java.util.UUID;

import org.refuge.platform.refusal.Refusal;

/**
 * No person has this id (404). Kept as a named {@link Refusal} for the protection context's throw sites until that
 * context throws {@code Refusal.notFound("refuge.person.unknown")} itself; registration throws the refusal directly.
 */
public class UnknownPersonException extends Refusal {
    private static final long serialVersionUID = 1L;

    public UnknownPersonException(UUID id) {
        super(Kind.NOT_FOUND, null, "refuge.person.unknown");
    }
}
