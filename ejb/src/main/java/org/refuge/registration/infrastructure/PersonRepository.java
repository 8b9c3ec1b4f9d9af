package org.refuge.registration.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.registration.domain.Person;

/** Persons by household. Checks no roles or sites: its callers, the services, do. */
@ApplicationScoped
public class PersonRepository {

    @PersistenceContext
    EntityManager em;

    /** The registered members of a household, head first, then in the order they were registered. */
    public List<Person> members(UUID householdId) {
        return em.createQuery("select p from Person p where p.householdId = :h and p.status = "
                        + "org.refuge.registration.domain.PersonStatus.REGISTERED order by "
                        + "case when p.relationship = org.refuge.registration.domain.Relationship.HEAD then 0 else 1 end, p.registeredAt",
                Person.class).setParameter("h", householdId).getResultList();
    }
}
