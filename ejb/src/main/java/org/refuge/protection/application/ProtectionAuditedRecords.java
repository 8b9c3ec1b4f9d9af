package org.refuge.protection.application;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.audit.AuditedRecords;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Protection audits an identity document's production, prints, handover, loss and verification under the document's
 * number: the numbers of every document ever made for the household's members or for the person, replaced and lost
 * ones too. Protection's answer to the platform's {@link AuditedRecords} port.
 */
@ApplicationScoped
public class ProtectionAuditedRecords implements AuditedRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> ofHousehold(RegistryNumber household) {
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("SELECT d.number FROM identity_document d"
                + " JOIN registration_accommodation_household h ON h.id = d.household_id WHERE h.registry_number = :number", String.class)
                .setParameter("number", household.value()).getResultList();
        return new TreeSet<>(numbers);
    }

    @Override
    public Set<String> ofPerson(PersonId person) {
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("SELECT d.number FROM identity_document d WHERE d.person_id = :person", String.class)
                .setParameter("person", person.value()).getResultList();
        return new TreeSet<>(numbers);
    }
}
