package org.refuge.reporting.application;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.reporting.domain.Stage;
import org.refuge.shared.CampCode;
import org.refuge.shared.SiteCode;

/**
 * The persons behind the dashboard's protected and card-holding figures: the persons protected today (holding their
 * identity card, for {@link Kind#DOCUMENTED}) in the households of a stage, a BCP, a camp or none, in the reader's
 * scope: protection's published view of the persons protected today, over the households of reporting's summary the
 * figures sum ({@link StageLists}), so that the list's total is the number it was opened from. Names and registry
 * numbers come from registration's published read API, one query per page.
 */
@Stateless
public class ProtectionLists {

    /** Which figure: persons protected, or those of them who hold their card. */
    public enum Kind { PROTECTED, DOCUMENTED }

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryFacts registry;

    @Inject
    CurrentUser currentUser;

    /** The persons of {@code kind} in the households the other arguments (each optional) ask for, with the exact total. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Page<NeedLists.Person> persons(Kind kind, Stage stage, SiteCode site, CampCode camp, boolean noCamp, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE ").append(StageLists.scope(currentUser, parameters, "r"));
        if (kind == Kind.DOCUMENTED) {
            where.append(" AND pr.documented");
        }
        StageLists.cell(where, parameters, "r", stage, site, camp, noCamp);
        String from = " FROM reporting_household r JOIN protection_report_person pr ON pr.household_id = r.household_id" + where;
        Query count = em.createNativeQuery("SELECT count(*)" + from);
        parameters.forEach(count::setParameter);
        return NeedLists.page(em, registry, SqlValues.count(count.getSingleResult()), "pr.person_id", from, parameters, request);
    }
}
