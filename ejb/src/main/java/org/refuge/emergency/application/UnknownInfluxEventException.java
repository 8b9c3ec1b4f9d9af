package org.refuge.emergency.application;

import java.util.UUID;

/** No influx event has this id. */
public class UnknownInfluxEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownInfluxEventException(UUID id) {
        super("No influx event " + id);
    }
}
