package org.refuge.reporting.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.ListPlans;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import org.refuge.registration.application.ReferenceDataService;
import org.refuge.registration.application.RegistryFacts;

/**
 * What reporting offers the worklists of other contexts (protection's households ready for a decision, camps' queue
 * for a bed): its summary of each household, kept in the transaction of every change (V48, V65) and published as the
 * views {@code reporting_worklist_household} (aliased {@code r}) and {@code reporting_worklist_need}, narrowed by a
 * {@link WorklistFilter} in SQL, counted and paged in SQL, its rows named through registration's read API one query
 * per page. The caller adds its own conditions, states the roles and keeps the reader's site scope in its query.
 * <p>
 * A count stops at {@value #COUNT_CAP} (the page says "at least"): a desk needs to know that much work waits, not to
 * wait for the exact number of a million (counting 100,001 of 1,000,000 open items took 87 to 220 ms, 10,001 take
 * 11 ms; the dashboard has the exact figures), and each page stays a walk of one index in the list's order.
 */
@ApplicationScoped
public class WorklistHouseholds {

    /** A worklist's households are counted exactly up to this many. */
    public static final int COUNT_CAP = 10_000;

    /**
     * Households whose screening finished (medical screening recorded, both enquiries of the security check answered)
     * and that are still in Refuge's care: the stages after {@code REGISTERED} that only screening leads to, without
     * {@code LEFT} and {@code VOIDED}. Written as V65's partial indexes are, so that they serve it.
     */
    public static final String SCREENED = "r.stage IN ('WAITING_FOR_BED', 'ALLOCATED', 'IN_TRANSIT', 'IN_CAMP', 'PRIVATE_ADDRESS')";

    /** A household of a worklist as the summary holds it, named by registration. */
    public record Household(UUID householdId, String registryNumber, String headName, String bcp, String camp, Instant arrivedAt,
                            Instant since, int persons, List<String> citizenships,
                            @Classified(Sensitivity.SENSITIVE_NEEDS) List<String> needs) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    NeedCategories needs;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    RefugeSettings settings;

    @Inject
    RegistryFacts registry;

    /**
     * The filter's conditions over {@code r} as {@code " AND ..."} fragments of fixed text, its values put in
     * {@code parameters}. Refused (400, in the caller's language) when a part makes no sense; a sensitive need category
     * is refused (403) to those who may not read sensitive needs.
     */
    public String where(WorklistFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.bcp() != null) {
            where.append(" AND r.bcp = :bcp");
            parameters.put("bcp", filter.bcp().value());
        }
        arrival(filter, where, parameters);
        persons(filter, where, parameters);
        String citizenship = citizenship(filter.citizenship());
        // written as containment, which the summary's GIN indexes answer
        if (citizenship != null) {
            where.append(" AND r.citizenships @> ARRAY[CAST(:citizenship AS varchar)]");
            parameters.put("citizenship", citizenship);
        }
        if (filter.need() != null && !filter.need().isBlank()) {
            // a category with a sensitive code is refused to those who may not read sensitive needs, so every reader
            // may know of every household with the categories they may ask for
            where.append(" AND r.needs @> ARRAY[CAST(:need AS varchar)]");
            parameters.put("need", needs.readable(filter.need()));
        }
        return where.toString();
    }

    private void arrival(WorklistFilter filter, StringBuilder where, Map<String, Object> parameters) {
        if (filter.arrivedFrom() != null && filter.arrivedTo() != null && filter.arrivedTo().isBefore(filter.arrivedFrom())) {
            throw Refusal.invalid("arrivedTo", "refuge.worklist.arrival");
        }
        ZoneId zone = settings.zone();
        if (filter.arrivedFrom() != null) {
            where.append(" AND r.arrived_at >= :arrivedFrom");
            parameters.put("arrivedFrom", filter.arrivedFrom().atStartOfDay(zone).toInstant());
        }
        if (filter.arrivedTo() != null) {
            where.append(" AND r.arrived_at < :arrivedBefore");
            parameters.put("arrivedBefore", filter.arrivedTo().plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private static void persons(WorklistFilter filter, StringBuilder where, Map<String, Object> parameters) {
        Integer from = filter.personsFrom();
        Integer to = filter.personsTo();
        if (from != null && (from < 1 || from > WorklistFilter.MAX_PERSONS)) {
            throw Refusal.invalid("personsFrom", "refuge.worklist.persons", WorklistFilter.MAX_PERSONS);
        }
        if (to != null && (to < 1 || to > WorklistFilter.MAX_PERSONS || from != null && to < from)) {
            throw Refusal.invalid("personsTo", "refuge.worklist.persons", WorklistFilter.MAX_PERSONS);
        }
        if (from != null) {
            where.append(" AND r.persons >= :personsFrom");
            parameters.put("personsFrom", from);
        }
        if (to != null) {
            where.append(" AND r.persons <= :personsTo");
            parameters.put("personsTo", to);
        }
    }

    /** The citizenship as registration writes it (capitals), once registration knows it; null for none. */
    private String citizenship(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (code.equals("STATELESS") || referenceData.countries().stream().anyMatch(c -> c.code().equals(code))) {
            return code;
        }
        throw Refusal.invalid("citizenship", "refuge.worklist.citizenship");
    }

    /**
     * A page of the households {@code from} yields ({@code " FROM reporting_worklist_household r ... WHERE ..."} with
     * its values in {@code parameters}), in {@code order}, counted up to {@link #COUNT_CAP}: each with its registry
     * number and head's name, and the need categories of its registered persons the reader may see.
     */
    public Page<Household> page(String from, Map<String, Object> parameters, String order, PageRequest request) {
        return page(from, parameters, List.of("TRUE"), order, request);
    }

    /**
     * The same, ranked: the households of the first of {@code ranks} (conditions over {@code r} in fixed text, which
     * together take every household once) in {@code order}, then those of the next, and so on. Each rank is a walk of
     * the list's index that stops at the page (the database reads the branches of a UNION ALL one after the other, each
     * in its own order), where ordering by a rank computed for every row would sort the whole list first: 2.5 s instead
     * of 1 ms for 230,000 households. A rank that is a small part of the list needs an index of its own (a partial index
     * with the rank's text as its predicate), or its walk reads the whole list before the next rank's first row.
     */
    public Page<Household> page(String from, Map<String, Object> parameters, List<String> ranks, String order, PageRequest request) {
        ListPlans.forValues(em);
        Query count = em.createNativeQuery("SELECT count(*) FROM (SELECT 1" + from + " LIMIT :cap) capped");
        parameters.forEach(count::setParameter);
        long cap = request.countCap(COUNT_CAP);
        long counted = SqlValues.count(count.setParameter("cap", cap + 1).getSingleResult());
        if (counted == 0) {
            return Page.of(List.of(), 0, request);
        }
        // each rank says how far the page reaches, so that each is planned as the walk of a few rows it is (a rank
        // planned whole sorted all of a filter's households first: 465 ms instead of 0.6 ms for a need at 1,000,000)
        String ranked = String.join(" UNION ALL ", ranks.stream()
                .map(rank -> "(SELECT r.*" + from + " AND " + rank + " ORDER BY " + order + " LIMIT :reach)").toList());
        // the needs of the page's rows only: a column of the paged rows would be read for each row skipped too
        Query page = em.createNativeQuery("SELECT r.household_id AS household_id, r.bcp AS bcp, r.camp AS camp, r.arrived_at AS arrived_at, "
                + "r.since AS since, r.persons AS persons, array_to_string(r.citizenships, ',') AS citizenships, "
                + "(SELECT string_agg(n.category, ',' ORDER BY n.category) FROM reporting_worklist_need n WHERE n.household_id = r.household_id"
                + " AND (:sensitiveToo OR NOT n.sensitive)) AS needs FROM (SELECT * FROM (" + ranked + ") ranked OFFSET :first LIMIT :size) r",
                Tuple.class);
        parameters.forEach(page::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = page.setParameter("sensitiveToo", needs.sensitiveToo()).setParameter("first", request.first())
                .setParameter("size", request.size()).setParameter("reach", (long) request.first() + request.size()).getResultList();
        Map<UUID, RegistryFacts.HouseholdFacts> facts = registry.householdsOf(rows.stream().map(r -> r.get("household_id", UUID.class)).toList());
        List<Household> items = new ArrayList<>();
        for (Tuple r : rows) {
            RegistryFacts.HouseholdFacts household = facts.get(r.get("household_id", UUID.class));
            items.add(new Household(r.get("household_id", UUID.class), household == null ? null : household.registryNumber(),
                    household == null ? null : household.headName(), r.get("bcp", String.class), r.get("camp", String.class),
                    SqlValues.instant(r.get("arrived_at")), SqlValues.instant(r.get("since")), ((Number) r.get("persons")).intValue(),
                    list(r.get("citizenships", String.class)), list(r.get("needs", String.class))));
        }
        return new Page<>(items, Math.min(counted, cap), counted > cap, request.first(), request.size());
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
