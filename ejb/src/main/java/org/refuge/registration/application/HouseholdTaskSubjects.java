package org.refuge.registration.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.workflow.TaskSubject;
import org.refuge.platform.workflow.TaskSubjects;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;

/**
 * What the tasks of a family's processes are about (their business key is its registry number): the head's name,
 * the household's size, the categories of its specific needs and its border crossing point, read through
 * {@link RegistryFacts} in two queries for a whole inbox page. Registration's answer to the platform's
 * {@link TaskSubjects} port.
 */
@ApplicationScoped
public class HouseholdTaskSubjects implements TaskSubjects {

    @Inject
    RegistryFacts registry;

    @Override
    public Map<String, TaskSubject> of(Collection<String> businessKeys) {
        List<RegistryNumber> numbers = businessKeys.stream().map(HouseholdTaskSubjects::registryNumber).filter(Objects::nonNull).toList();
        Map<RegistryNumber, HouseholdFacts> households = registry.households(numbers);
        Map<UUID, Set<String>> needs = registry.needCategories(households.values().stream().map(HouseholdFacts::id).toList());
        Map<String, TaskSubject> subjects = new HashMap<>();
        households.forEach((number, household) -> subjects.put(number.value(), new TaskSubject(household.headName(),
                household.headNameLatin() == null || household.headNameLatin().equals(household.headName()) ? null : household.headNameLatin(),
                household.size(), needs.getOrDefault(household.id(), Set.of()), household.siteCode())));
        return subjects;
    }

    /** The registry number a business key is, or null for a key of another kind (an id, a camp's code, a day). */
    private static RegistryNumber registryNumber(String businessKey) {
        try {
            return new RegistryNumber(businessKey);
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
    }
}
