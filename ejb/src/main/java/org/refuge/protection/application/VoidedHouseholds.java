package org.refuge.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.refuge.registration.application.HouseholdVoided;

/** A voided household has no documents to wait for: its identity-document process ends with it. */
@ApplicationScoped
public class VoidedHouseholds {

    @Inject
    DocumentsWorkflow documents;

    void voided(@Observes HouseholdVoided voided) {
        documents.householdVoided(voided.registryNumber());
    }
}
