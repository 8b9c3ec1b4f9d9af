package org.refuge.protection.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.security.Sensitivity;
import org.refuge.protection.domain.Decree;
import org.refuge.reporting.application.WorklistFilter;
import org.refuge.reporting.application.WorklistHouseholds;

/**
 * The caseworkers' worklist: the households ready for a protection decision under a decree in force, so that nobody
 * types registry numbers one at a time. A household is ready when its screening finished (each member screened: medical
 * screening recorded, both enquiries of a due security check answered), every member is registered, and one of them
 * is still to be decided: without a security hit (a hit concerns its person: the others can be granted), without
 * protection held or had, without an exception (open or decided) - so a member registered or cleared after the others
 * were granted brings the household back - and the decree covers it as {@link Decree#covers} covers a
 * person: a member's citizenship among {@link Decree#coveredCitizenships()} and an arrival within its window
 * ({@link Decree#coversArrivalOn}) - so that a grant ({@link ProtectionService#grant}) protects someone in each.
 * Counted and paged in SQL over reporting's household summary ({@link WorklistHouseholds}) alone, oldest arrival
 * first: whether a member is left to decide is one of its facts ({@code decided}, V75), kept with every grant, hit and
 * exception, never looked up member by member while counting (13.9 s at 1,000,000 persons waiting).
 */
@Stateless
public class DecisionWorklist {

    /** The order of the list: the longest in the country first, then a fixed order (V65 indexes it). */
    static final String ORDER = "r.arrived_at, r.household_id";

    @Inject
    WorklistHouseholds households;

    @Inject
    ProtectionSteps steps;

    @Inject
    CurrentUser currentUser;

    @Inject
    RefugeSettings settings;

    /**
     * A household ready for a decision: where and when it arrived, its size, its registered persons' citizenships and
     * specific-need categories (sensitive ones only for their readers), and since when it is at its stage.
     */
    public record ReadyHousehold(String registryNumber, String headName, String bcp, Instant arrivedAt, int persons,
                                 List<String> citizenships, @Classified(Sensitivity.SENSITIVE_NEEDS) List<String> needs,
                                 Instant since) implements java.io.Serializable {
    }

    /**
     * The households of the reader's sites ready for a decision under the decree (the latest in force when none is
     * named; refused when none is in force), narrowed by the filter, with their number (exact up to
     * {@value WorklistHouseholds#COUNT_CAP}).
     */
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
    public Page<ReadyHousehold> ready(UUID decreeId, @NotNull WorklistFilter filter, @NotNull PageRequest request) {
        Decree decree = steps.decree(decreeId);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder from = new StringBuilder(" FROM reporting_worklist_household r WHERE r.registered AND NOT r.decided AND ")
                .append(WorklistHouseholds.SCREENED)
                .append(" AND (:all OR r.bcp IN (:sites))")
                .append(" AND r.citizenships && string_to_array(:covered, ',')::varchar[] AND r.arrived_at >= :windowFrom");
        parameters.put("all", currentUser.seesAllSites());
        parameters.put("sites", currentUser.sites().isEmpty() ? List.of("") : List.copyOf(currentUser.sites()));
        parameters.put("covered", String.join(",", decree.coveredCitizenships()));
        ZoneId zone = settings.zone();
        parameters.put("windowFrom", decree.arrivedFrom().atStartOfDay(zone).toInstant());
        if (decree.arrivedUntil() != null) {
            from.append(" AND r.arrived_at < :windowUntil");
            parameters.put("windowUntil", decree.arrivedUntil().plusDays(1).atStartOfDay(zone).toInstant());
        }
        from.append(households.where(filter, parameters));
        return households.page(from.toString(), parameters, ORDER, request).map(h -> new ReadyHousehold(h.registryNumber(),
                h.headName(), h.bcp(), h.arrivedAt(), h.persons(), h.citizenships(), h.needs(), h.since()));
    }
}
