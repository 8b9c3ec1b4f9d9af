package org.refuge.screening.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.registration.application.RegistryFacts;
import org.refuge.screening.domain.ScreeningPriority;
import org.refuge.shared.RegistryNumber;

/**
 * The rank of a family's screening tasks ({@link ScreeningPriority}), from the specific needs registration knows of it
 * (those seen at the desk, and those of its members registered so far), read through {@link RegistryFacts}. Asked by
 * the workflow module as the arrival process creates a screening task, in the transaction that registers the family
 * (a bean, not an EJB: nothing it does may mark that transaction for rollback); never by a user: it reads only what
 * ranking needs.
 */
@ApplicationScoped
public class ScreeningPriorities {

    @Inject
    RegistryFacts registry;

    /** The task priority of the family with this registry number ({@link ScreeningPriority#NORMAL} when unknown). */
    public int of(RegistryNumber number) {
        return registry.anyHousehold(number)
                .map(household -> ScreeningPriority.of(registry.needCategories(List.of(household.id()))
                        .getOrDefault(household.id(), Set.of())))
                .orElse(ScreeningPriority.NORMAL);
    }
}
