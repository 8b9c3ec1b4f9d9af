package org.refuge.protection.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.security.CurrentUser;
import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * The households and persons protection works on, read through registration's published facts and held to the
 * reader's sites, and the protection of their members. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ProtectedHouseholds {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryFacts registry;

    @Inject
    CurrentUser currentUser;

    /** The household with this registry number (not voided), within the reader's sites. */
    public HouseholdFacts require(RegistryNumber registryNumber) {
        HouseholdFacts household = registry.household(registryNumber).orElseThrow(RegistryFacts::unknownHousehold);
        currentUser.requireSite(household.site());
        return household;
    }

    /** The household of a registered person, within the reader's sites. */
    public HouseholdFacts ofPerson(PersonId personId) {
        HouseholdFacts household = registry.householdOfPerson(personId).orElseThrow(RegistryFacts::unknownPerson);
        currentUser.requireSite(household.site());
        return household;
    }

    /** The registry number of a household protection holds a record of (registration's own, so always one). */
    public static RegistryNumber numberOf(HouseholdFacts household) {
        return new RegistryNumber(household.registryNumber());
    }

    /** The household with this id, whatever its status (the caller holds one of its records). */
    public HouseholdFacts byId(UUID householdId) {
        return registry.householdOf(householdId).orElseThrow();
    }

    /**
     * The protection of the persons registered in the household now, by person. A person keeps the status of the
     * household they were granted in ({@code ProtectionStatus.householdId}) when they move to another one (an earlier
     * registration linked at the desk, a duplicate resolved), so statuses are found through the members, never by that
     * column.
     */
    public Map<UUID, ProtectionStatus> protections(UUID householdId) {
        return ofMembers(householdId, "").stream().collect(Collectors.toMap(ProtectionStatus::personId, Function.identity()));
    }

    /** The household's persons (registered in it now) whose protection is active (granted or extended). */
    public List<ProtectionStatus> active(UUID householdId) {
        return ofMembers(householdId, " AND s.status IN ('GRANTED', 'EXTENDED')");
    }

    @SuppressWarnings("unchecked")
    private List<ProtectionStatus> ofMembers(UUID householdId, String condition) {
        return em.createNativeQuery("SELECT s.* FROM protection_status s JOIN registry_member m ON m.person_id = s.person_id "
                        + "WHERE m.household_id = :h AND m.person_status = 'REGISTERED'" + condition, ProtectionStatus.class)
                .setParameter("h", householdId).getResultList();
    }
}
