package org.refuge.camps.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.camps.application.BulkAllocationService;
import org.refuge.camps.application.BulkAllocationService.Item;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.Refusals;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * The bulk allocation on the allocation queue: the households ticked in {@link AllocationView}'s queue, each to the
 * camp and tents Refuge proposes among the user's open camps, or all to one camp chosen, after a confirmation; then a
 * result per household (allocated where, already allocated, or refused and why, in the user's language) and a growl
 * summary. Each confirmation carries its own Idempotency-Key: a resent or double-clicked confirmation allocates once.
 */
@Named
@ViewScoped
public class BulkAllocationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllocationView queue;

    @Inject
    BulkAllocationService bulk;

    @Inject
    Messages messages;

    @Inject
    CampChanges changes;

    /** Refuge's proposal for each household (else all to {@link #camp}). */
    private boolean byProposal = true;
    private CampCode camp;
    private List<String> numbers = List.of();
    private String key;
    private BulkAllocationService.Result result;

    /** Opens the confirmation of an allocation of the households ticked to Refuge's proposals. */
    public void startProposals() {
        start(true);
    }

    /** Opens the confirmation of an allocation of the households ticked to one camp (the queue's camp at first). */
    public void startToCamp() {
        start(false);
    }

    private void start(boolean proposals) {
        byProposal = proposals;
        camp = queue.getCampCode();
        numbers = queue.getSelectedNumbers();
        key = UUID.randomUUID().toString();
        if (numbers.isEmpty()) {
            messages.fieldError("queue-form:selected", "allocation.bulk.noneTicked");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Allocates the households confirmed; the queue is read again and nothing stays ticked. */
    public void allocate() {
        List<RegistryNumber> households = numbers.stream().map(RegistryNumber::new).toList();
        changes.call(() -> bulk.allocate(households, byProposal ? null : camp, List.of(), key), Map.of(), "bulk-form:confirm")
                .ifPresent(done -> {
                    result = done;
                    messages.info("allocation.bulk.summary", done.allocated(), done.alreadyAllocated(), done.refused());
                    queue.refresh();
                });
    }

    /** The reason of a refusal, in the user's language; empty for a household allocated. */
    public String reason(Item item) {
        return item.messageKey() == null ? ""
                : Refusals.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), item.messageKey(), item.arguments().toArray());
    }

    /** The camp's name (its code when it is not one of the user's open camps any more). */
    public String campName(Item item) {
        return item.campCode() == null ? "" : queue.campName(new CampCode(item.campCode()));
    }

    public String tents(Item item) {
        return item.tents().isEmpty() ? "" : TentChoices.numbers(item.tents());
    }

    public boolean isByProposal() { return byProposal; }
    public CampCode getCamp() { return camp; }
    public void setCamp(CampCode camp) { this.camp = camp; }
    public int getCount() { return numbers.size(); }
    public BulkAllocationService.Result getResult() { return result; }
}
