package org.refuge.emergency.application;

import java.util.UUID;

import org.refuge.platform.refusal.Refusal;

/**
 * No influx event has this id (404). Kept as a named {@link Refusal} for the protection context's throw site until
 * that context throws {@code Refusal.notFound("refuge.emergency.unknown")} itself; emergency throws the refusal directly.
 */
public class UnknownInfluxEventException extends Refusal {
    private static final long serialVersionUID = 1L;

    public UnknownInfluxEventException(UUID id) {
        super(Kind.NOT_FOUND, null, "refuge.emergency.unknown");
    }
}
