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

/**
 * Each camp's occupancy against its capacity (beds in service), from camps' published view (V45): all camps for
 * supervisors, their own for camp staff. Camps not yet open are included: a camp being set up has capacity coming.
 */
@Stateless
public class CampOccupancy {

    static final String CAMPS = """
            SELECT o.camp_code AS camp, s.name AS name, o.status AS status, o.beds AS beds, o.occupied AS occupied
            FROM camps_report_occupancy o JOIN site s ON s.code = o.camp_code
            WHERE (:all OR o.camp_code IN (:sites))
            ORDER BY s.name, o.camp_code""";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** A camp's beds in service and beds taken; {@code status} is the camp's (PLANNED, SETTING_UP, OPEN, CLOSED). */
    public record Camp(String camp, String name, String status, long beds, long occupied) {
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public List<Camp> camps() {
        boolean all = currentUser.seesAllSites();
        List<String> sites = currentUser.sites().isEmpty() ? List.of("") : List.copyOf(currentUser.sites());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(CAMPS, Tuple.class).setParameter("all", all).setParameter("sites", sites).getResultList();
        return rows.stream().map(r -> new Camp(r.get("camp", String.class), r.get("name", String.class), r.get("status", String.class),
                SqlValues.count(r.get("beds")), SqlValues.count(r.get("occupied")))).toList();
    }
}
