package org.refuge.camps.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.refuge.camps.domain.AllocationPriority;
import org.refuge.camps.infrastructure.HouseholdsToPlace;
import org.refuge.camps.infrastructure.HouseholdsToPlace.HouseholdToPlace;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.registration.application.HouseholdMembersChanged;
import org.refuge.shared.RegistryNumber;

/**
 * Keeps the rank of each waiting household on its allocation task ({@link AllocationPriority}), so that the queue is
 * ordered, counted and paged by the workflow engine's database and never by cutting a window in memory. A task is
 * ranked when the arrival process creates it (the workflow module asks {@link #of}), again whenever the registration
 * of the household's members changes (a member registered, corrected or merged: their needs may give priority), and
 * every open task at start-up ({@link #rankAllWaiting}, which also ranks tasks created before ranking existed).
 * Called by the workflow and by other services, never by a user: it reads only what ranking needs.
 */
@Stateless
@PermitAll
public class AllocationPriorities {

    private static final Logger LOG = Logger.getLogger(AllocationPriorities.class);

    @Inject
    HouseholdsToPlace households;

    @Inject
    AccommodationWorkflow workflow;

    /** The rank of the household with this registry number ({@link AllocationPriority#NORMAL} when unknown). */
    public int of(RegistryNumber household) {
        return of(List.of(household)).getOrDefault(household.value(), AllocationPriority.NORMAL);
    }

    /** The ranks by registry number (as text, the engine's key) of the households registration knows. */
    private Map<String, Integer> of(Collection<RegistryNumber> registryNumbers) {
        Map<String, Integer> ranks = new HashMap<>();
        for (HouseholdToPlace household : households.byRegistryNumbers(registryNumbers)) {
            ranks.put(household.registryNumber(), AllocationPriority.of(household.priority(), household.isolation()));
        }
        return ranks;
    }

    /** A household's members changed: its allocation task, if it waits, is ranked again. */
    public void membersChanged(@Observes HouseholdMembersChanged changed) {
        RegistryNumber number = new RegistryNumber(changed.registryNumber());
        workflow.rank(number, of(number));
    }

    /**
     * Ranks every open allocation task again from the households' facts as they are now: at start-up, for tasks
     * created before ranking existed or ranked by an older rule. Reads every task first (ranking changes the order
     * the pages are read in), then writes only the ranks that differ. Returns how many changed.
     */
    public int rankAllWaiting() {
        List<AccommodationWorkflow.Awaiting> waiting = new ArrayList<>();
        PageRequest request = PageRequest.firstRows(PageRequest.MAX_SIZE);
        Page<AccommodationWorkflow.Awaiting> page;
        do {
            page = workflow.awaitingAllocation((String) null, request);
            waiting.addAll(page.items());
            request = new PageRequest(request.end(), request.size());
        } while (page.hasMore() && !page.items().isEmpty());
        int changed = 0;
        for (int from = 0; from < waiting.size(); from += PageRequest.MAX_SIZE) {
            List<AccommodationWorkflow.Awaiting> batch = waiting.subList(from, Math.min(waiting.size(), from + PageRequest.MAX_SIZE));
            Map<String, Integer> ranks = of(batch.stream().flatMap(task -> task.household().stream()).toList());
            for (AccommodationWorkflow.Awaiting task : batch) {
                Integer rank = ranks.get(task.registryNumber());
                if (rank != null && rank != task.rank()) {
                    workflow.rank(task.household().orElseThrow(), rank);
                    changed++;
                }
            }
        }
        LOG.infof("%d of %d waiting households ranked again in the allocation queue", changed, waiting.size());
        return changed;
    }
}
