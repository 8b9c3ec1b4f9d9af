package org.refuge.camps.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.camps.application.AccommodationForms;
import org.refuge.camps.application.AllocationService;
import org.refuge.camps.application.AllocationService.Proposal;
import org.refuge.camps.application.AllocationService.Waiting;
import org.refuge.camps.application.BulkAllocationService;
import org.refuge.camps.application.CampService;
import org.refuge.camps.application.CampService.StructureView;
import org.refuge.camps.domain.CampRefusals;
import org.refuge.platform.refusal.Refusal;
import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CampStatus;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.SelectablePagedList;
import org.refuge.reporting.application.WorklistFilter;
import org.refuge.reporting.web.WorklistFields;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * The allocation queue ({@code ?camp=} preselects a camp): screened households of every border crossing point waiting
 * for a bed, priority first; the tents Refuge proposes for one of them in one of the user's open camps, confirmed as
 * they are or with other tents chosen by hand; or the household's release to a private address. When another manager
 * took the beds first, the refusal comes with a fresh proposal and the user's choice stays as it was. Households are
 * ticked across pages, or all those the search finds (up to {@value BulkAllocationService#MAX_HOUSEHOLDS}) at once:
 * the registry numbers ticked ({@link #getSelectedNumbers()}) are what a bulk allocation takes ({@link BulkAllocationView}).
 */
@Named
@ViewScoped
public class AllocationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> ADDRESS_FIELDS = Map.of("address", "private-form:address",
            "phone", "private-form:phone", "hostName", "private-form:host");
    /** The filter's fields on the page, by the names the service's refusals give them. */
    private static final Map<String, String> FILTER_FIELDS = Map.of("household", "queue-form:find", "bcp", "queue-form:bcp",
            "arrivedFrom", "queue-form:arrived-from", "arrivedTo", "queue-form:arrived-to", "citizenship", "queue-form:citizenship",
            "personsFrom", "queue-form:persons-from", "personsTo", "queue-form:persons-to", "need", "queue-form:need");

    @Inject
    AllocationService allocation;

    @Inject
    CampService camps;

    @Inject
    Messages messages;

    @Inject
    CampChanges changes;

    /** The camp asked for ({@code ?camp=}); the view parameter sets it again on each postback, so it is read once. */
    private CampCode requestedCamp;
    private CampCode campCode;
    private String find;
    private final WorklistFields fields = new WorklistFields();
    /** The filter the table reads, as last applied. */
    private WorklistFilter applied = WorklistFilter.none();
    private List<CampFigures> openCamps;
    private SelectablePagedList<Waiting> queue;
    private List<Waiting> selection = new ArrayList<>();
    private Long total;
    /** The last search was refused ("tooManyMatches"): the queue shows nobody until the next search. */
    private boolean refusedSearch;
    private Waiting household;
    /** The proposal dialog's Idempotency-Key: a resent or double-clicked confirmation allocates once. */
    private String allocationKey;
    private Proposal proposal;
    private List<String> chosenTents = new ArrayList<>();
    private List<StructureView> freeTents;
    private AccommodationForms.PrivateAddress address = new AccommodationForms.PrivateAddress();

    /** View action: the user's open camps, the one chosen (at first the one asked for, else the first) kept. */
    public void load() {
        openCamps = camps.overview().stream().filter(c -> c.status() == CampStatus.OPEN).toList();
        CampCode wanted = campCode != null ? campCode : requestedCamp;
        campCode = openCamps.stream().map(CampFigures::campCode).filter(c -> c.equals(wanted)).findFirst()
                .orElse(openCamps.isEmpty() ? null : openCamps.get(0).campCode());
        queue = null;
    }

    /**
     * The waiting households, priority first, a page at a time; when something is typed, those whose registry number
     * contains it, else those whose head's name does (any script). Ordered, counted and paged by the service.
     */
    public SelectablePagedList<Waiting> getQueue() {
        if (queue == null) {
            String typed = searched();
            WorklistFilter filter = applied;
            queue = new SelectablePagedList<>(request -> refusedSearch ? Page.of(List.of(), 0, request)
                    : allocation.queue(typed, filter, request), Waiting::registryNumber);
            queue.firstPage(50);
            total = null;
        }
        return queue;
    }

    /** The registry numbers ticked, in the order they were ticked: what a bulk allocation takes. */
    public List<String> getSelectedNumbers() {
        return selection.stream().map(Waiting::registryNumber).distinct().toList();
    }

    /**
     * Ticks every household the search finds, in the queue's order, up to the most one bulk allocation takes (read as
     * one page of the queue, so that the table finds them on any page).
     */
    public void selectAllMatching() {
        SelectablePagedList<Waiting> list = getQueue();
        selection = new ArrayList<>(list.load(0, BulkAllocationService.MAX_HOUSEHOLDS, Map.of(), Map.of()));
        list.firstPage(50);
    }

    /** Unticks every household. */
    public void clearSelection() {
        selection = new ArrayList<>();
    }

    /** The queue read again from its first page (after a bulk allocation): nothing ticked. */
    public void refresh() {
        selection = new ArrayList<>();
        queue = null;
        total = null;
        load();
    }

    /** How many households wait (those found, when something is typed). */
    public long getTotal() {
        if (total == null) {
            total = refusedSearch ? 0 : allocation.queue(searched(), applied, PageRequest.firstRows(1)).total();
        }
        return total;
    }

    private String searched() {
        return find == null || find.isBlank() ? null : find.strip();
    }

    /**
     * A new search or filter; a name too many households hold, a filter field that makes no sense, or a search and a
     * filter together are refused with the service's message (at its field) and show nobody.
     */
    public void search() {
        queue = null;
        selection = new ArrayList<>();
        total = null;
        String typed = searched();
        WorklistFilter filter = fields.filter();
        refusedSearch = changes.call(() -> allocation.queue(typed, filter, PageRequest.firstRows(1)), FILTER_FIELDS, "queue-form:find").isEmpty();
        applied = refusedSearch ? WorklistFilter.none() : filter;
    }

    /** The "clear" button: no search and no filter, the whole queue. */
    public void clearFilter() {
        find = null;
        fields.clear();
        search();
    }

    public void campChanged() {
        freeTents = null;
        proposal = null;
    }

    /** The tents Refuge proposes for a household in the chosen camp, shown in the proposal dialog. */
    public void propose(Waiting waiting) {
        household = waiting;
        allocationKey = java.util.UUID.randomUUID().toString();
        freeTents = null;
        proposal = changes.call(() -> allocation.propose(new RegistryNumber(waiting.registryNumber()), campCode), Map.of(), null)
                .orElse(null);
        chosenTents = proposal == null ? new ArrayList<>() : TentChoices.idsOf(proposal.tents());
    }

    /** Allocates the tents chosen (the proposal unless others were picked); the household leaves the queue. */
    public void confirm() {
        changes.call(() -> {
            try {
                return allocation.allocate(new RegistryNumber(household.registryNumber()), campCode, TentChoices.ids(chosenTents),
                        allocationKey);
            } catch (Refusal refused) {
                freeTents = null;
                // "full" and the other rules about chosen tents bring what Refuge proposes now
                if (!CampRefusals.freshProposal(refused).isEmpty()) {
                    proposal = new Proposal(proposal.registryNumber(), campCode.value(), proposal.persons(), proposal.isolation(),
                            proposal.needsAccessible(), CampRefusals.freshProposal(refused));
                }
                throw refused;
            }
        }, Map.of(), "proposal-form:tents").ifPresent(allocated -> {
            messages.info("allocation.allocated", household.registryNumber(), campName(campCode), TentChoices.numbers(allocated.tents()));
            closeDialogs();
        });
    }

    /** Puts the current proposal's tents back as the choice (after a refusal brought a fresh one). */
    public void takeProposal() {
        chosenTents = TentChoices.idsOf(proposal.tents());
    }

    public void startPrivateAddress(Waiting waiting) {
        household = waiting;
        address = new AccommodationForms.PrivateAddress();
    }

    /** Releases the household to the private address typed; it stays registered and leaves the queue. */
    public void releaseToPrivateAddress() {
        if (changes.run(() -> allocation.releaseToPrivateAddress(new RegistryNumber(household.registryNumber()), address), ADDRESS_FIELDS,
                "private-form:address")) {
            messages.info("allocation.released", household.registryNumber());
            closeDialogs();
        }
    }

    private void closeDialogs() {
        household = null;
        proposal = null;
        chosenTents = new ArrayList<>();
        freeTents = null;
        address = new AccommodationForms.PrivateAddress();
        queue = null;
        total = null;
        load();
    }

    /** Tents of the chosen camp with free beds, to choose from by hand. */
    public List<StructureView> getFreeTents() {
        if (freeTents == null) {
            freeTents = campCode == null ? List.of() : TentChoices.withFreeBeds(camps.camp(campCode, true).structures(), chosenTents);
        }
        return freeTents;
    }

    public String campLabel(CampFigures camp) {
        return messages.text("allocation.campOption", camp.name(), camp.free());
    }

    /** The name of one of the user's open camps (the code of another). */
    public String campName(CampCode camp) {
        return openCamps.stream().filter(c -> c.campCode().equals(camp)).map(CampFigures::name).findFirst().orElse(camp.value());
    }

    public List<CampFigures> getOpenCamps() { return openCamps == null ? List.of() : openCamps; }
    public CampCode getRequestedCamp() { return requestedCamp; }
    public void setRequestedCamp(CampCode requestedCamp) { this.requestedCamp = requestedCamp; }
    public CampCode getCampCode() { return campCode; }
    public void setCampCode(CampCode campCode) { this.campCode = campCode; }
    public String getFind() { return find; }
    public WorklistFields getFields() { return fields; }
    public void setFind(String find) { this.find = find; }
    public Waiting getHousehold() { return household; }
    public Proposal getProposal() { return proposal; }
    public List<String> getChosenTents() { return chosenTents; }
    public void setChosenTents(List<String> chosenTents) { this.chosenTents = chosenTents; }
    public AccommodationForms.PrivateAddress getAddress() { return address; }
    public List<Waiting> getSelection() { return selection; }
    public void setSelection(List<Waiting> selection) { this.selection = selection == null ? new ArrayList<>() : selection; }
}
