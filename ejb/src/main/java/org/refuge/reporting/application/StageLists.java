package org.refuge.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.reporting.domain.Stage;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The households behind a figure of the dashboard: those at a stage, of a BCP, placed in a camp (or in none), that
 * arrived on a day, with a member of a specific-need category, in any combination, read from the same views and with
 * the same stage rule ({@link StageFigures#STAGE}) and the same scope as {@link StageFigures}, so that a list's total is
 * the number it was opened from. Supervisors see every site; camp managers and social workers the households placed in
 * their camps. Queue stages are listed oldest first (who has waited longest is served first), others by registry
 * number. The head's name comes from registration's published read API, one query per page.
 */
@Stateless
public class StageLists {

    /** Since when a household is at its stage: what camps says, else the end of screening, else pre-registration. */
    static final String SINCE = "CASE WHEN c.stage IS NOT NULL THEN c.since WHEN s.screened_at IS NOT NULL THEN s.screened_at "
            + "ELSE h.registered_at END";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegistryFacts registry;

    @Inject
    NeedCategories needs;

    @Inject
    RefugeSettings settings;

    /**
     * What a list is of; every part is optional. {@code noCamp} asks for the households not placed in a camp (the
     * dashboard's rows without a camp); {@code arrivedOn} for the households that arrived that day (in the service's
     * time zone), voided ones left out as the arrivals figures leave them out; {@code registered} for those of them
     * whose members are all registered one by one; {@code category} for those with a member with a specific need of that UNHCR category.
     */
    public record Filter(Stage stage, SiteCode site, CampCode camp, boolean noCamp, LocalDate arrivedOn, boolean registered,
                         String category) implements java.io.Serializable {

        public static Filter none() {
            return new Filter(null, null, null, false, null, false, null);
        }
    }

    /** A household of a list: where it is, since when, how many persons, and the head's name as registered. */
    public record Row(String registryNumber, String headName, String bcp, String camp, Stage stage, Instant since, long persons) {
    }

    /** The households the filter asks for, in the reader's scope, with the exact total. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Page<Row> households(Filter filter, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        String from = " FROM " + StageFigures.STAGE_SOURCES + "\n" + where;
        Query count = em.createNativeQuery("SELECT count(*)" + from);
        parameters.forEach(count::setParameter);
        long total = SqlValues.count(count.getSingleResult());
        if (total == 0) {
            return Page.of(List.of(), 0, request);
        }
        String order = filter.stage() != null && filter.stage().queue() ? "since ASC NULLS LAST, h.registry_number" : "h.registry_number";
        Query page = em.createNativeQuery("SELECT h.registry_number AS registry_number, h.site_code AS bcp, c.camp_code AS camp, "
                + StageFigures.STAGE + " AS stage, " + SINCE + " AS since, h.persons AS persons" + from
                + " ORDER BY " + order + " OFFSET :first LIMIT :size", Tuple.class);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        Map<RegistryNumber, RegistryFacts.HouseholdFacts> facts = registry.households(
                rows.stream().map(r -> new RegistryNumber(r.get("registry_number", String.class))).toList());
        List<Row> items = new ArrayList<>();
        for (Tuple r : rows) {
            String number = r.get("registry_number", String.class);
            RegistryFacts.HouseholdFacts household = facts.get(new RegistryNumber(number));
            items.add(new Row(number, household == null ? null : household.headName(), r.get("bcp", String.class),
                    r.get("camp", String.class), Stage.valueOf(r.get("stage", String.class)), SqlValues.instant(r.get("since")),
                    SqlValues.count(r.get("persons"))));
        }
        return Page.of(items, total, request);
    }

    /** The WHERE clause of a filter, from fixed fragments only (no text of the caller's), its values in {@code parameters}. */
    private String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("WHERE ").append(scope(currentUser, parameters, "c"));
        cell(where, parameters, filter.stage(), filter.site(), filter.camp(), filter.noCamp());
        if (filter.arrivedOn() != null) {
            var zone = settings.zone();
            where.append(" AND h.status <> 'VOIDED' AND h.arrived_at >= :arrivedFrom AND h.arrived_at < :arrivedUntil");
            parameters.put("arrivedFrom", filter.arrivedOn().atStartOfDay(zone).toInstant());
            parameters.put("arrivedUntil", filter.arrivedOn().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.registered()) {
            where.append(" AND h.status = 'REGISTERED'");
        }
        if (filter.category() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM registration_report_need n WHERE n.household_id = h.household_id"
                    + " AND n.category = :need AND (:sensitiveToo OR NOT n.sensitive))");
            parameters.put("need", needs.readable(filter.category()));
            parameters.put("sensitiveToo", needs.sensitiveToo());
        }
        return where.toString();
    }

    /**
     * Narrows {@code where} (over {@link StageFigures#STAGE_SOURCES}) to a dashboard cell: a stage, a BCP, a camp or
     * none, each optional; their values go into {@code parameters}.
     */
    static void cell(StringBuilder where, Map<String, Object> parameters, Stage stage, SiteCode site, CampCode camp, boolean noCamp) {
        if (stage != null) {
            where.append(" AND ").append(StageFigures.STAGE).append(" = :stage");
            parameters.put("stage", stage.name());
        }
        if (site != null) {
            where.append(" AND h.site_code = :site");
            parameters.put("site", site.value());
        }
        if (camp != null) {
            where.append(" AND c.camp_code = :camp");
            parameters.put("camp", camp.value());
        } else if (noCamp) {
            where.append(" AND c.camp_code IS NULL");
        }
    }

    /** The reader's scope over camps' view aliased {@code camps}: every site, or the households placed in the reader's camps. */
    static String scope(CurrentUser reader, Map<String, Object> parameters, String camps) {
        parameters.put("all", reader.seesAllSites());
        parameters.put("sites", reader.sites().isEmpty() ? List.of("") : List.copyOf(reader.sites()));
        return "(:all OR " + camps + ".camp_code IN (:sites))";
    }
}
