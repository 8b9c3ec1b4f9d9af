package org.refuge.registration.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.shared.RegistryNumber;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.IdentityDocument;
import org.refuge.registration.domain.Person;
import org.refuge.registration.domain.PersonName;

/**
 * Persons by name in any script (fuzzy), birth date or document number, within the reader's sites, a page at a time.
 * A common name can match thousands: the count stops at {@link #COUNT_CAP} and says "at least" beyond it, so that a
 * search costs a page, not a count of the whole registry.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class PersonSearchService {

    /** Matches counted at most; beyond, the total is "at least" this many. */
    public static final int COUNT_CAP = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    NeedVisibility needVisibility;

    @Inject
    HouseholdScope scope;

    /**
     * One page of the persons found by name, birth date and document number combined with AND, within the reader's
     * scope ({@link HouseholdScope}), best first (the most similar name; without a name the latest registered; ties by
     * id, so that pages neither overlap nor skip), and how many there are (capped). Registered persons come first; the
     * members of voided households follow in the same order, with their status VOIDED, so that a record made in error
     * is found and seen as such. Audited as a search.
     */
    public Page<PersonView> search(@Size(max = 200) String name, LocalDate birthDate,
                                   @Size(max = 40) @Pattern(regexp = "^[^\\p{Cntrl}]*$") String document,
                                   @NotNull PageRequest request) {
        String nameKey = name == null ? "" : PersonName.key(name);
        String documentKey = IdentityDocument.numberKey(document);
        if (nameKey.length() < 2 && birthDate == null && documentKey.isEmpty()) {
            return Page.of(List.of(), 0, request);
        }
        if (scope.readsNone()) {
            return Page.of(List.of(), 0, request);
        }
        audit.record(AuditAction.SEARCH, "Person", null, "person search");
        StringBuilder sql = new StringBuilder(" FROM person p JOIN household h ON h.id = p.household_id "
                + "WHERE (p.status = 'REGISTERED' OR p.status = 'VOIDED' AND h.status = 'VOIDED')");
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (nameKey.length() >= 2) {
            em.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', '0.35', true)").getSingleResult();
            sql.append(" AND p.name_key % :key");
            parameters.put("key", nameKey);
        }
        if (birthDate != null) {
            sql.append(" AND p.birth_date = :birth");
            parameters.put("birth", birthDate);
        }
        if (!documentKey.isEmpty()) {
            sql.append(" AND p.id IN (SELECT person_id FROM person_document WHERE number_key = :document)");
            parameters.put("document", documentKey);
        }
        sql.append(scope.condition("h"));
        var count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + sql + " LIMIT :cap) capped");
        var page = em.createNativeQuery("SELECT p.id" + sql + " ORDER BY h.status = 'VOIDED', " + (nameKey.length() >= 2
                ? "similarity(p.name_key, :key) DESC, p.registered_at DESC, p.id" : "p.registered_at DESC, p.id")
                + " OFFSET :first LIMIT :size", UUID.class);
        parameters.forEach((parameter, value) -> {
            count.setParameter(parameter, value);
            page.setParameter(parameter, value);
        });
        long cap = request.countCap(COUNT_CAP);
        long total = ((Number) count.setParameter("cap", cap + 1).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        List<PersonView> found = new ArrayList<>();
        for (UUID id : ids) {
            Person person = em.find(Person.class, id);
            RegistryNumber number = em.find(Household.class, person.householdId()).registryNumber();
            found.add(PersonView.of(person, number, needVisibility.visible(person.needs())));
        }
        return new Page<>(found, Math.min(total, cap), total > cap, request.first(), request.size());
    }
}
