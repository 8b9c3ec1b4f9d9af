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
 * dashboard's count of that category ({@link NeedFigures}). Read from reporting's summary like {@link StageLists}: the
 * total is the sum of the households' rows ({@code reporting_household_need}) the figure sums, a page the persons of
 * the households longest at their stage first. A sensitive category is listed only for the readers of sensitive
 * needs; the others are refused it ({@link NeedCategories}). Names and registry numbers come from registration's
 * published read API, one query per page.
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

    /** The persons with a need of {@code category} (of a BCP, of a camp, when given), longest at their stage first, with the exact total. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Page<Person> persons(String category, SiteCode site, CampCode camp, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("need", categories.readable(category));
        parameters.put("sensitiveToo", categories.sensitiveToo());
        String need = " WHERE n.category = :need AND (:sensitiveToo OR NOT n.sensitive) AND ";
        StringBuilder where = new StringBuilder(need).append(StageLists.scope(currentUser, parameters, "r"));
        StageLists.cell(where, parameters, "r", null, site, camp, false);
        // the total from the households' rows alone (their camp is the household's), unless a BCP asks for the households'
        StringBuilder sum = new StringBuilder(" FROM reporting_household_need n").append(need).append(StageLists.scope(currentUser, parameters, "n"));
        StageLists.cell(sum, parameters, "n", null, null, camp, false);
        if (site != null) {
            sum.append(" AND EXISTS (SELECT 1 FROM reporting_household r WHERE r.household_id = n.household_id AND r.bcp = :site)");
        }
        Query count = em.createNativeQuery("SELECT coalesce(sum(n.persons), 0)" + sum);
        parameters.forEach(count::setParameter);
        String persons = " FROM reporting_household_need n JOIN reporting_household r ON r.household_id = n.household_id"
                + " JOIN reporting_person p ON p.household_id = r.household_id"
                + " AND (:need = ANY (p.needs) OR (:sensitiveToo AND :need = ANY (p.sensitive_needs)))" + where;
        return page(em, registry, SqlValues.count(count.getSingleResult()), "p.person_id", persons, parameters, request);
    }

    /**
     * A page of the persons {@code from} (a FROM clause over {@code reporting_household r} and a source of persons whose
     * id is {@code person}) yields, {@code total} of them, with their households longest at their stage first, named.
     */
    static Page<Person> page(EntityManager em, RegistryFacts registry, long total, String person, String from, Map<String, Object> parameters,
                             PageRequest request) {
        if (total == 0) {
            return Page.of(List.of(), 0, request);
        }
        Query page = em.createNativeQuery("SELECT " + person + " AS person_id, r.household_id AS household_id, r.bcp AS bcp, "
                + "r.camp AS camp, r.stage AS stage" + from + " ORDER BY " + StageLists.ORDER + ", " + person + " OFFSET :first LIMIT :size",
                Tuple.class);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        Map<UUID, String> names = registry.names(rows.stream().map(r -> r.get("person_id", UUID.class)).toList());
        Map<UUID, RegistryFacts.HouseholdFacts> households = registry.householdsOf(
                rows.stream().map(r -> r.get("household_id", UUID.class)).distinct().toList());
        return Page.of(rows.stream().map(r -> {
            RegistryFacts.HouseholdFacts household = households.get(r.get("household_id", UUID.class));
            return new Person(r.get("person_id", UUID.class), names.get(r.get("person_id", UUID.class)),
                    household == null ? null : household.registryNumber(), r.get("bcp", String.class), r.get("camp", String.class),
                    Stage.valueOf(r.get("stage", String.class)));
        }).toList(), total, request);
    }
}
