package org.refuge.screening.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.screening.domain.MedicalScreening;
import org.refuge.screening.domain.PersonScreening;
import org.refuge.screening.domain.SecurityCheck;
import org.refuge.shared.PersonId;

/**
 * Screening's records by person, and the household-level ones of before per-person screening (V67), in the caller's
 * transaction. Checks no roles: its callers do.
 */
@ApplicationScoped
public class ScreeningRecords {

    @PersistenceContext
    EntityManager em;

    public Optional<MedicalScreening> medicalOf(PersonId personId) {
        return em.createQuery("select s from MedicalScreening s where s.personId = :p", MedicalScreening.class)
                .setParameter("p", personId.value()).getResultStream().findFirst();
    }

    public Map<UUID, MedicalScreening> medicalOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from MedicalScreening s where s.personId in :p", MedicalScreening.class)
                .setParameter("p", personIds).getResultStream().collect(Collectors.toMap(MedicalScreening::personId, Function.identity()));
    }

    /** The household's screening of before V67 (none for a household registered since). */
    public Optional<MedicalScreening> householdMedical(UUID householdId) {
        return em.createQuery("select s from MedicalScreening s where s.householdId = :h and s.personId is null", MedicalScreening.class)
                .setParameter("h", householdId).getResultStream().findFirst();
    }

    public Optional<SecurityCheck> checkOf(PersonId personId) {
        return em.createQuery("select c from SecurityCheck c where c.personId = :p", SecurityCheck.class)
                .setParameter("p", personId.value()).getResultStream().findFirst();
    }

    public Map<UUID, SecurityCheck> checksOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from SecurityCheck c where c.personId in :p", SecurityCheck.class)
                .setParameter("p", personIds).getResultStream().collect(Collectors.toMap(SecurityCheck::personId, Function.identity()));
    }

    /** The household's check of before V67 (none for a household registered since). */
    public Optional<SecurityCheck> householdCheck(UUID householdId) {
        return em.createQuery("select c from SecurityCheck c where c.householdId = :h and c.personId is null", SecurityCheck.class)
                .setParameter("h", householdId).getResultStream().findFirst();
    }

    /** Whose screening started among these persons, by person. */
    public Map<UUID, PersonScreening> started(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from PersonScreening s where s.personId in :p", PersonScreening.class)
                .setParameter("p", personIds).getResultStream().collect(Collectors.toMap(PersonScreening::personId, Function.identity()));
    }

    /** Whether the household counts as screened: each member is (the view screening publishes to reporting, V67). */
    public boolean householdScreened(UUID householdId) {
        em.flush();
        List<?> found = em.createNativeQuery("SELECT 1 FROM screening_report_household WHERE household_id = :h")
                .setParameter("h", householdId).getResultList();
        return !found.isEmpty();
    }

    /**
     * The persons whose screening started in this household and whose record was merged into an earlier record of the
     * same person, as registration publishes them ({@code registry_member}). A member who moved to
     * another household is registered there and keeps their screening.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> startedButGone(UUID householdId) {
        em.flush();
        return em.createNativeQuery("SELECT s.person_id FROM screening_person s JOIN registry_member m ON m.person_id = s.person_id "
                + "WHERE s.household_id = :h AND m.person_status = 'MERGED'").setParameter("h", householdId).getResultList();
    }

    public void add(Object record) {
        em.persist(record);
    }
}
