package org.refuge.camps.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.registration.application.HouseholdsForAccommodation;
import org.refuge.screening.application.AccommodationNeeds;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * What accommodation needs to know of registered households, and nothing more: size, the registered members, whether
 * medical screening asked for isolation (the outcome, never the detail), the categories of non-sensitive specific
 * needs, and whether any need (sensitive ones included, without saying which) gives priority. Read through the
 * published read APIs of registration ({@link HouseholdsForAccommodation}, the view
 * {@code registration_accommodation_household}) and screening ({@link AccommodationNeeds}), never their tables.
 * Checks no roles or sites: its callers do.
 */
@ApplicationScoped
public class HouseholdsToPlace {

    /** Needs that put a household first: disability, serious medical condition, older persons at risk, women at risk,
     * children at risk and unaccompanied or separated children. */
    public static final List<String> PRIORITY_CATEGORIES = List.of("DS", "SM", "ER", "WR", "CR", "SC");

    public record HouseholdToPlace(UUID id, String registryNumber, String siteCode, String status, String headName,
                                   String headNameLatin, Instant registeredAt, int children, int adults, int elderly,
                                   int registeredPersons, boolean isolation, List<String> needCategories,
                                   boolean priority, boolean unaccompaniedChild) {
        /** The site that registered the household (registration hands it over as text). */
        public SiteCode site() {
            return new SiteCode(siteCode);
        }

        public int composition() {
            return children + adults + elderly;
        }

        /** Persons with a disability and older persons go to accessible tents when there are any. */
        public boolean needsAccessible() {
            return elderly > 0 || needCategories.contains("DS") || needCategories.contains("ER");
        }

        /** Whether the household counts adults (as pre-registered): they never join an unaccompanied child's tent. */
        public boolean withAdults() {
            return adults + elderly > 0;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdsForAccommodation registry;

    @Inject
    AccommodationNeeds screening;

    public List<HouseholdToPlace> byRegistryNumbers(Collection<RegistryNumber> numbers) {
        return toPlace(registry.byRegistryNumbers(numbers.stream().map(RegistryNumber::value).toList(), PRIORITY_CATEGORIES));
    }

    /** The household with this registry number, if registration knows it. */
    public Optional<HouseholdToPlace> byRegistryNumber(RegistryNumber number) {
        return byRegistryNumbers(List.of(number)).stream().findFirst();
    }

    public List<HouseholdToPlace> byIds(Collection<UUID> ids) {
        return toPlace(registry.byIds(ids, PRIORITY_CATEGORIES));
    }

    /** The household with this id, if registration knows it. */
    public Optional<HouseholdToPlace> byId(UUID id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    private List<HouseholdToPlace> toPlace(List<HouseholdsForAccommodation.Household> households) {
        List<UUID> ids = households.stream().map(HouseholdsForAccommodation.Household::id).toList();
        Set<UUID> isolated = screening.isolated(ids);
        Set<UUID> childAlone = unaccompanied(ids);
        return households.stream().map(h -> new HouseholdToPlace(h.id(), h.registryNumber(), h.siteCode(), h.status(),
                h.headName(), h.headNameLatin(), h.registeredAt(), h.children(), h.adults(), h.elderly(),
                h.registeredPersons(), isolated.contains(h.id()), h.needCategories(), h.hasNeedInAskedCategories(),
                childAlone.contains(h.id()))).toList();
    }

    /**
     * The households among these that hold an unaccompanied child for whom no social worker has recorded a caregiver
     * arrangement (assistance's published view {@code assistance_unaccompanied_household}, V59).
     */
    private Set<UUID> unaccompanied(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery("SELECT household_id FROM assistance_unaccompanied_household WHERE household_id IN (:ids)",
                UUID.class).setParameter("ids", ids).getResultList();
        return Set.copyOf(found);
    }

    /**
     * Registry numbers of households that may wait for accommodation (not voided, no bed, no private address) whose
     * head's name, in any script, contains {@code part}: at most {@code max}, by registry number.
     */
    public List<RegistryNumber> mayWaitByName(String part, int max) {
        String pattern = "%" + part.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("SELECT h.registry_number FROM registration_accommodation_household h "
                        + "WHERE h.status <> 'VOIDED' "
                        + "AND (lower(h.head_name) LIKE :p ESCAPE '\\' OR lower(h.head_name_latin) LIKE :p ESCAPE '\\') "
                        + "AND NOT EXISTS (SELECT 1 FROM camp_stay s WHERE s.household_id = h.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM private_accommodation a WHERE a.household_id = h.id) ORDER BY h.registry_number")
                .setParameter("p", pattern).setMaxResults(max).getResultList();
        return numbers.stream().map(RegistryNumber::new).toList();
    }

    /** The registry number of the household with this id. */
    public RegistryNumber registryNumber(UUID householdId) {
        return registry.registryNumber(householdId).map(RegistryNumber::new).orElseThrow(() -> new IllegalStateException("No household " + householdId));
    }

    /** The registered members, head first, then spouse, then by age: the order beds are filled in. */
    public List<UUID> members(UUID householdId) {
        return registry.registeredMembers(householdId);
    }

    /**
     * Takes the household's turn for one accommodation decision at a time (its row of {@code camp_household_turn},
     * written now and so locked until the transaction ends; registration's rows are never locked by camps).
     */
    public void lock(UUID householdId) {
        em.createNativeQuery("INSERT INTO camp_household_turn (household_id) VALUES (:h) "
                + "ON CONFLICT (household_id) DO UPDATE SET turns = camp_household_turn.turns + 1")
                .setParameter("h", householdId).executeUpdate();
    }
}
