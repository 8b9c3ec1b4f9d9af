package org.refuge.protection.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.refuge.registration.application.HouseholdMembersChanged;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;

/**
 * A protected person who moves to another household (an earlier registration linked at the desk, a duplicate
 * resolved) takes their protection along: the household they joined starts its identity-document process (its three
 * days run from its own registration) unless it has one, and the household they left, with nobody protected in it any
 * more, ends its process and closes its breach. Reacts to registration's {@link HouseholdMembersChanged}, fired for
 * both households in the registering transaction, in the household's turn.
 */
@ApplicationScoped
public class ProtectionFollowsMembers {

    @Inject
    RegistryFacts registry;

    @Inject
    ProtectedHouseholds households;

    @Inject
    ProtectionSteps steps;

    @Inject
    DocumentsWorkflow workflow;

    @Inject
    DocumentClock documentClock;

    void membersChanged(@Observes HouseholdMembersChanged changed) {
        Optional<HouseholdFacts> household = registry.anyHousehold(new RegistryNumber(changed.registryNumber()));
        if (household.isEmpty() || "VOIDED".equals(household.get().status())) {
            return;
        }
        HouseholdFacts facts = household.get();
        documentClock.takeTurn(facts.id());
        if (!households.active(facts.id()).isEmpty()) {
            steps.startDocuments(facts.id(), false);   // a household that has its process keeps it
        } else if (households.grantedIn(facts.id())) {
            RegistryNumber number = ProtectedHouseholds.numberOf(facts);
            workflow.protectionEnded(number);
            documentClock.breachClosed(number, "PROTECTION_ENDED");
        }
    }
}
