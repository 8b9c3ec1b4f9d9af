package org.refuge.protection.application;

import java.time.Instant;

import org.refuge.shared.RegistryNumber;

/** Where the identity-document process records a breach of the three-day deadline (port for the process). */
public interface BreachLog {

    void breached(RegistryNumber registryNumber, Instant deadline);
}
