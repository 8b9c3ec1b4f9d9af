package org.refuge.camps.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.camps.domain.CampRefusals;
import org.refuge.camps.infrastructure.HouseholdsToPlace;
import org.refuge.camps.infrastructure.HouseholdsToPlace.HouseholdToPlace;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.reporting.application.WorklistFilter;
import org.refuge.reporting.application.WorklistHouseholds;
import org.refuge.shared.RegistryNumber;

/**
 * The allocation queue behind {@link AllocationService#queue}: the households of every border crossing point waiting
 * for a bed, those with needs that give priority (or to be isolated) first, then the longest waiting. Whole or narrowed
 * by BCP, arrival, size or need, it is reporting's household summary at the stage "waiting for a bed"
 * ({@link WorklistHouseholds}, the households the allocation tasks wait for, kept in the same transaction), counted and
 * paged in SQL along its indexes and ranked by the same facts the tasks' ranks come from ({@link AllocationPriorities}):
 * a need of {@link HouseholdsToPlace#PRIORITY_CATEGORIES} or medical screening's isolation. Searched by registry number
 * or name, it is the workflow engine's queue of allocation tasks. Runs in the caller's operation.
 */
@ApplicationScoped
public class AllocationQueue {

    /**
     * The rank of {@code AllocationPriority#FIRST} over the summary: isolation, or a priority need. Word for word the
     * predicate of V73's partial indexes (the categories in alphabetical order), which hold this group alone in the
     * queue's order: a page reads only the rows before it.
     */
    static final String PRIORITY = "(r.isolated OR r.needs && CAST('{"
            + String.join(",", HouseholdsToPlace.PRIORITY_CATEGORIES.stream().sorted().toList()) + "}' AS varchar(10)[]))";

    @Inject
    AccommodationWorkflow workflow;

    @Inject
    HouseholdsToPlace households;

    @Inject
    WorklistHouseholds summary;

    /** The queue as {@link AllocationService#queue(String, WorklistFilter, PageRequest)} describes it. */
    public Page<AllocationService.Waiting> queue(String find, WorklistFilter filter, PageRequest request) {
        String typed = find == null || find.isBlank() ? null : find.strip();
        if (typed == null) {
            return filtered(filter == null ? WorklistFilter.none() : filter, request);
        }
        if (filter != null && !filter.empty()) {
            throw Refusal.invalid("household", "refuge.accommodation.findOrFilter");
        }
        Page<AccommodationWorkflow.Awaiting> tasks = workflow.awaitingAllocation(typed.toUpperCase(Locale.ROOT), request);
        if (tasks.total() == 0) {
            // no registry number holds it: the households whose head's name holds it
            List<RegistryNumber> named = households.mayWaitByName(typed, AccommodationWorkflow.MAX_NUMBERS + 1);
            if (named.size() > AccommodationWorkflow.MAX_NUMBERS) {
                throw CampRefusals.accommodation("tooManyMatches");
            }
            tasks = workflow.awaitingAllocation(named, request);
        }
        Map<String, HouseholdToPlace> byNumber = new HashMap<>();
        households.byRegistryNumbers(tasks.items().stream().flatMap(task -> task.household().stream()).toList())
                .forEach(h -> byNumber.put(h.registryNumber(), h));
        List<AllocationService.Waiting> waiting = new ArrayList<>();
        for (AccommodationWorkflow.Awaiting task : tasks.items()) {
            HouseholdToPlace h = byNumber.get(task.registryNumber());
            if (h != null) {
                waiting.add(waiting(h, task.since()));
            }
        }
        return Page.of(waiting, tasks.total(), request);
    }

    /** The households waiting for a bed that the filter asks for, in the queue's order. */
    private Page<AllocationService.Waiting> filtered(WorklistFilter filter, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String from = " FROM reporting_worklist_household r WHERE r.stage = 'WAITING_FOR_BED'" + summary.where(filter, parameters);
        // first the households with priority, then the others, each the longest waiting first
        Page<WorklistHouseholds.Household> page = summary.page(from, parameters, List.of(PRIORITY, "NOT " + PRIORITY),
                "r.since, r.household_id", request);
        Map<UUID, HouseholdToPlace> facts = households.byIds(page.items().stream().map(WorklistHouseholds.Household::householdId).toList())
                .stream().collect(Collectors.toMap(HouseholdToPlace::id, Function.identity()));
        List<AllocationService.Waiting> waiting = new ArrayList<>();
        for (WorklistHouseholds.Household row : page.items()) {
            HouseholdToPlace h = facts.get(row.householdId());
            if (h != null) {
                waiting.add(waiting(h, row.since()));
            }
        }
        return new Page<>(waiting, page.total(), page.totalIsAtLeast(), request.first(), request.size());
    }

    private static AllocationService.Waiting waiting(HouseholdToPlace h, java.time.Instant since) {
        return new AllocationService.Waiting(h.registryNumber(), h.siteCode(), h.headName(), h.headNameLatin(),
                AllocationService.persons(h), h.children(), h.elderly(), "REGISTERED".equals(h.status()), h.isolation(),
                h.needCategories(), h.priority() || h.isolation(), h.needsAccessible(), since);
    }
}
