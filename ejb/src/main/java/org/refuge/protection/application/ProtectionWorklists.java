package org.refuge.protection.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.security.Sensitivity;
import org.refuge.shared.RegistryNumber;

/**
 * The read side of temporary-protection decisions: the exceptions waiting for a supervisor and the households whose
 * renewal a caseworker has to decide, each counted and paged (in SQL, or by the process engine), so that no list is
 * cut without saying so.
 */
@Stateless
public class ProtectionWorklists {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentsWorkflow documents;

    /** An exception proposed for a person, waiting for a supervisor's decision. */
    public record OpenException(UUID id, UUID personId, String name, String registryNumber, String reason,
                                @Classified(Sensitivity.CASE_NOTE) String justification, String proposedBy, Instant proposedAt) {
    }

    /** The exceptions of the reader's sites waiting for a supervisor's decision, oldest first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public Page<OpenException> openExceptions(@NotNull PageRequest request) {
        boolean all = currentUser.seesAllSites();
        List<String> sites = currentUser.sites().isEmpty() ? List.of("") : List.copyOf(currentUser.sites());
        long total = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM protection_exception e JOIN registry_member m ON m.person_id = e.person_id
                WHERE e.status = 'OPEN' AND (:all OR m.site_code IN (:sites))""")
                .setParameter("all", all).setParameter("sites", sites).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT e.id AS id, e.person_id AS person_id, m.name AS name, m.registry_number AS registry_number, e.reason AS reason, e.justification AS justification,
                       e.proposed_by AS proposed_by, e.proposed_at AS proposed_at
                FROM protection_exception e JOIN registry_member m ON m.person_id = e.person_id
                WHERE e.status = 'OPEN' AND (:all OR m.site_code IN (:sites))
                ORDER BY e.proposed_at, e.id
                OFFSET :first LIMIT :size""", Tuple.class)
                .setParameter("all", all).setParameter("sites", sites)
                .setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        return Page.of(rows.stream().map(r -> new OpenException(r.get("id", UUID.class), r.get("person_id", UUID.class),
                r.get("name", String.class), r.get("registry_number", String.class), r.get("reason", String.class),
                r.get("justification", String.class), r.get("proposed_by", String.class), SqlValues.instant(r.get("proposed_at"))))
                .toList(), total, request);
    }

    /** Registry numbers of the households whose renewal a caseworker has to decide, oldest first. */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
    public Page<String> renewalsDue(@NotNull PageRequest request) {
        return documents.renewalsDue(request);
    }

    /** Whether the renewal of this household is due for a decision now (the renewal task of its process is open). */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
    public boolean renewalDue(@NotNull RegistryNumber registryNumber) {
        return documents.renewalDue(registryNumber);
    }
}
