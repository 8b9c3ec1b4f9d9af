package org.refuge.camps.workflow;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.assistance.workflow.NeedsFollowUpProcess;
import org.refuge.camps.application.AccommodationWorkflow;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.TaskInbox.QueuedTask;
import org.refuge.registration.workflow.ArrivalProcess;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Camps' workflow port on the accommodation steps of the {@code arrival} process (processes/arrival.bpmn20.xml):
 * the user tasks {@value #ALLOCATION}, {@value #TRANSFER} and {@value #CHECK_IN}, found by the process's business key
 * (the registry number), and the variables that route the process after allocation.
 */
@ApplicationScoped
public class ArrivalAccommodation implements AccommodationWorkflow {

    public static final String ALLOCATION = "allocation";
    public static final String TRANSFER = "transfer";
    public static final String CHECK_IN = "checkIn";
    /** Process variables set by allocation: the accommodation chosen ("CAMP" or "PRIVATE") and the site of the next steps. */
    public static final String ACCOMMODATION = "accommodation";
    public static final String CAMP_CODE = "campCode";

    @Inject
    TaskInbox inbox;

    /** A household placed in a camp is followed up there (assistance's follow-up of specific needs). */
    @Inject
    NeedsFollowUpProcess followUp;

    @Override
    public Page<Awaiting> awaitingAllocation(String registryNumberPart, PageRequest request) {
        return inbox.openTasksOf(ArrivalProcess.KEY, ALLOCATION, registryNumberPart, request).map(ArrivalAccommodation::awaiting);
    }

    @Override
    public Page<Awaiting> awaitingAllocation(Collection<RegistryNumber> registryNumbers, PageRequest request) {
        return inbox.openTasksOf(ArrivalProcess.KEY, ALLOCATION, registryNumbers.stream().map(RegistryNumber::value).toList(), request)
                .map(ArrivalAccommodation::awaiting);
    }

    @Override
    public boolean awaitsAllocation(RegistryNumber household) {
        return !inbox.openTasksOf(ArrivalProcess.KEY, ALLOCATION, household.value(), 1).isEmpty();
    }

    @Override
    public void rank(RegistryNumber household, int rank) {
        inbox.openTasksOf(ArrivalProcess.KEY, ALLOCATION, household.value(), 1).forEach(task -> inbox.prioritize(task.id(), rank));
    }

    @Override
    public void allocated(RegistryNumber household, CampCode camp) {
        inbox.complete(allocationTask(household).id(),
                Map.of(ACCOMMODATION, "CAMP", CAMP_CODE, camp.value(), ArrivalProcess.SITE_CODE, camp.value()));
        followUp.siteMoved(household, camp.site());
    }

    @Override
    public void releasedToPrivateAddress(RegistryNumber household) {
        inbox.complete(allocationTask(household).id(), Map.of(ACCOMMODATION, "PRIVATE"));
    }

    @Override
    public void transferred(RegistryNumber household) {
        completeOpen(TRANSFER, household);
    }

    @Override
    public void checkedIn(RegistryNumber household) {
        completeOpen(TRANSFER, household);
        completeOpen(CHECK_IN, household);
    }

    private void completeOpen(String step, RegistryNumber household) {
        inbox.openTasksOf(ArrivalProcess.KEY, step, household.value(), 1).forEach(task -> inbox.complete(task.id()));
    }

    private QueuedTask allocationTask(RegistryNumber household) {
        return inbox.openTasksOf(ArrivalProcess.KEY, ALLOCATION, household.value(), 1).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No household awaits allocation under this registry number"));
    }

    private static Awaiting awaiting(QueuedTask task) {
        return new Awaiting(task.businessKey(), task.createdAt(), task.priority());
    }
}
