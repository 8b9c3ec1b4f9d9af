package org.refuge.protection.application;

import java.time.Instant;

/** Where the identity-document process records a breach of the three-day deadline (port for the process). */
public interface BreachLog {

    void breached(String registryNumber, Instant deadline);
}
