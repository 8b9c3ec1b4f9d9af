package org.refuge.registration.application;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.audit.AuditedRecords;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Registration audits a member's records (the person, the portrait, a possible duplicate) under the person's id:
 * the ids of every person ever registered in the household, whatever their status now (a voided or merged member's
 * reads stay in the trail). Registration's answer to the platform's {@link AuditedRecords} port.
 */
@ApplicationScoped
public class RegistrationAuditedRecords implements AuditedRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> ofHousehold(RegistryNumber household) {
        @SuppressWarnings("unchecked")
        List<UUID> persons = em.createNativeQuery("SELECT p.id FROM person p JOIN household h ON h.id = p.household_id"
                + " WHERE h.registry_number = :number", UUID.class).setParameter("number", household.value()).getResultList();
        Set<String> ids = new TreeSet<>();
        persons.forEach(id -> ids.add(id.toString()));
        return ids;
    }

    @Override
    public Set<String> ofPerson(PersonId person) {
        return Set.of();   // the person's records are audited under the person's id itself
    }
}
