package org.refuge.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.refuge.registration.application.HouseholdVoided;
import org.refuge.shared.RegistryNumber;

/** A voided household has no documents to wait for: its identity-document process ends with it, its breach is closed. */
@ApplicationScoped
public class VoidedHouseholds {

    @Inject
    DocumentsWorkflow documents;

    @Inject
    DocumentClock clock;

    void voided(@Observes HouseholdVoided voided) {
        RegistryNumber number = new RegistryNumber(voided.registryNumber());
        documents.householdVoided(number);
        clock.breachClosed(number, "VOIDED");
    }
}
