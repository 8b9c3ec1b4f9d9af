package org.refuge.reporting.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

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
 * The persons behind a figure of specific needs: the registered persons with a need of one UNHCR category, in the
 * reader's scope, with their household's registry number, BCP, camp and stage, so that the list's total is the
 * dashboard's count of that category ({@link NeedFigures}). A sensitive category is listed only for the readers of
 * sensitive needs; the others are refused it ({@link NeedCategories}). Names come from registration's published read
 * API, one query per page.
 */
@Stateless
public class NeedLists {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryFacts registry;

    @Inject
    NeedCategories categories;

    @Inject
    CurrentUser currentUser;

    /** A person with the need asked for, and where their household is now. */
    public record Person(UUID personId, String name, String registryNumber, String bcp, String camp, Stage stage) {
    }

    /** The persons with a need of {@code category} (of a BCP, of a camp, when given), by registry number, with the exact total. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Page<Person> persons(String category, SiteCode site, CampCode camp, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("need", categories.readable(category));
        parameters.put("sensitiveToo", categories.sensitiveToo());
        StringBuilder where = new StringBuilder(" WHERE ").append(StageLists.scope(currentUser, parameters, "c"));
        StageLists.cell(where, parameters, null, site, camp, false);
        String from = " FROM " + StageFigures.STAGE_SOURCES + """

                JOIN (SELECT DISTINCT n.person_id, n.household_id FROM registration_report_need n
                      WHERE n.category = :need AND (:sensitiveToo OR NOT n.sensitive)) n ON n.household_id = h.household_id"""
                + where;
        return page(em, registry, "n.person_id", from, parameters, request);
    }

    /**
     * A page of the persons {@code from} (a FROM clause over {@link StageFigures#STAGE_SOURCES} and a person source
     * whose id is {@code person}) yields, by registry number, with the exact total and their names.
     */
    static Page<Person> page(EntityManager em, RegistryFacts registry, String person, String from, Map<String, Object> parameters,
                             PageRequest request) {
        Query count = em.createNativeQuery("SELECT count(*)" + from);
        parameters.forEach(count::setParameter);
        long total = SqlValues.count(count.getSingleResult());
        if (total == 0) {
            return Page.of(List.of(), 0, request);
        }
        Query page = em.createNativeQuery("SELECT " + person + " AS person_id, h.registry_number AS registry_number, h.site_code AS bcp, "
                + "c.camp_code AS camp, " + StageFigures.STAGE + " AS stage" + from
                + " ORDER BY h.registry_number, " + person + " OFFSET :first LIMIT :size", Tuple.class);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        Map<UUID, String> names = registry.names(rows.stream().map(r -> r.get("person_id", UUID.class)).toList());
        return Page.of(rows.stream().map(r -> new Person(r.get("person_id", UUID.class), names.get(r.get("person_id", UUID.class)),
                r.get("registry_number", String.class), r.get("bcp", String.class), r.get("camp", String.class),
                Stage.valueOf(r.get("stage", String.class)))).toList(), total, request);
    }
}
