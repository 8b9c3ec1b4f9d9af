package org.refuge.reporting.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.security.Sensitivity;

/**
 * Persons with specific needs by UNHCR category (a person with needs of two categories counts in both), over the
 * reader's scope. Sensitive needs (torture, sexual and gender-based violence)
 * are counted only for the readers of {@link Sensitivity#SENSITIVE_NEEDS}: for the others those categories do not
 * appear at all, so not even a count reveals them. Read from reporting's summary (V48), kept from registration's and
 * camps' published views (V43, V45).
 */
@Stateless
public class NeedFigures {

    /** From reporting's summary (V48): persons per camp (none when not placed) and category, as change rows. */
    static final String CATEGORIES = """
            SELECT n.category AS category, sum(n.persons) AS persons
            FROM reporting_need_delta n
            WHERE (:sensitiveToo OR NOT n.sensitive) AND (:all OR n.camp IN (:sites))
            GROUP BY n.category
            HAVING sum(n.persons) > 0
            ORDER BY persons DESC, category""";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The persons with a need of one category. */
    public record Category(String category, long persons) {
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public List<Category> byCategory() {
        boolean all = currentUser.seesAllSites();
        List<String> sites = currentUser.sites().isEmpty() ? List.of("") : List.copyOf(currentUser.sites());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(CATEGORIES, Tuple.class)
                .setParameter("sensitiveToo", Sensitivity.SENSITIVE_NEEDS.readableBy(currentUser.actingRoles()))
                .setParameter("all", all).setParameter("sites", sites).getResultList();
        return rows.stream().map(r -> new Category(r.get("category", String.class), SqlValues.count(r.get("persons")))).toList();
    }
}
