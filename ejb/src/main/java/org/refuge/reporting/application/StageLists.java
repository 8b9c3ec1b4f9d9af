package org.refuge.reporting.application;

import java.time.Instant;
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
import org.refuge.shared.SiteCode;

/**
 * The households behind a figure of the dashboard: those at a stage, of a BCP, placed in a camp (or in none), that
 * arrived on a day, with a member of a specific-need category, in any combination. They are read from reporting's
 * summary ({@code reporting_household}, V48, kept by the providers' triggers in their own transactions), the rows the
 * dashboard's figures are the sums of, with the same scope as {@link StageFigures}: a list's total is the number it was
 * opened from, and a page is a few index lookups at 5,000,000 persons (the views took 0.9 s for a stage of 1.3 million
 * households and 7 s for a need category). Supervisors see every site; camp managers and social workers the
 * households placed in their camps. A list is oldest first: who has been longest at their stage is served first. The
 * registry number and the head's name come from registration's published read API, one query per page.
 */
@Stateless
public class StageLists {

    /** The order of every list of households: longest at their stage first, then a fixed order (V60 indexes it). */
    static final String ORDER = "r.since ASC NULLS LAST, r.household_id";

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
        String from = " FROM reporting_household r " + where(filter, parameters);
        Query count = em.createNativeQuery("SELECT count(*)" + from);
        parameters.forEach(count::setParameter);
        long total = SqlValues.count(count.getSingleResult());
        if (total == 0) {
            return Page.of(List.of(), 0, request);
        }
        Query page = em.createNativeQuery("SELECT r.household_id AS household_id, r.bcp AS bcp, r.camp AS camp, r.stage AS stage, "
                + "r.since AS since, r.persons AS persons" + from + " ORDER BY " + ORDER + " OFFSET :first LIMIT :size", Tuple.class);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        Map<UUID, RegistryFacts.HouseholdFacts> facts = registry.householdsOf(rows.stream().map(r -> r.get("household_id", UUID.class)).toList());
        List<Row> items = new ArrayList<>();
        for (Tuple r : rows) {
            RegistryFacts.HouseholdFacts household = facts.get(r.get("household_id", UUID.class));
            items.add(new Row(household == null ? null : household.registryNumber(), household == null ? null : household.headName(),
                    r.get("bcp", String.class), r.get("camp", String.class), Stage.valueOf(r.get("stage", String.class)),
                    SqlValues.instant(r.get("since")), SqlValues.count(r.get("persons"))));
        }
        return Page.of(items, total, request);
    }

    /** The WHERE clause of a filter, from fixed fragments only (no text of the caller's), its values in {@code parameters}. */
    private String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("WHERE ").append(scope(currentUser, parameters, "r"));
        cell(where, parameters, "r", filter.stage(), filter.site(), filter.camp(), filter.noCamp());
        if (filter.arrivedOn() != null) {
            var zone = settings.zone();
            where.append(" AND r.stage <> 'VOIDED' AND r.arrived_at >= :arrivedFrom AND r.arrived_at < :arrivedUntil");
            parameters.put("arrivedFrom", filter.arrivedOn().atStartOfDay(zone).toInstant());
            parameters.put("arrivedUntil", filter.arrivedOn().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.registered()) {
            where.append(" AND r.registered");
        }
        if (filter.category() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM reporting_household_need n WHERE n.household_id = r.household_id"
                    + " AND n.category = :need AND (:sensitiveToo OR NOT n.sensitive))");
            parameters.put("need", needs.readable(filter.category()));
            parameters.put("sensitiveToo", needs.sensitiveToo());
        }
        return where.toString();
    }

    /**
     * Narrows {@code where} to a dashboard cell: a stage, a BCP, a camp or none, each optional, over the summary's rows
     * aliased {@code row} ({@code reporting_household}, or {@code reporting_household_need} when only the camp is
     * asked for); their values go into {@code parameters}.
     */
    static void cell(StringBuilder where, Map<String, Object> parameters, String row, Stage stage, SiteCode site, CampCode camp,
                     boolean noCamp) {
        if (stage != null) {
            where.append(" AND " + row + ".stage = :stage");
            parameters.put("stage", stage.name());
        }
        if (site != null) {
            where.append(" AND " + row + ".bcp = :site");
            parameters.put("site", site.value());
        }
        if (camp != null) {
            where.append(" AND " + row + ".camp = :camp");
            parameters.put("camp", camp.value());
        } else if (noCamp) {
            where.append(" AND " + row + ".camp IS NULL");
        }
    }

    /** The reader's scope over the summary's rows aliased {@code row}: every site, or the households placed in the reader's camps. */
    static String scope(CurrentUser reader, Map<String, Object> parameters, String row) {
        parameters.put("all", reader.seesAllSites());
        parameters.put("sites", reader.sites().isEmpty() ? List.of("") : List.copyOf(reader.sites()));
        return "(:all OR " + row + ".camp IN (:sites))";
    }
}
