package org.refuge.protection.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.Refusals;
import org.refuge.platform.web.SelectablePagedList;
import org.refuge.protection.application.BulkGrants;
import org.refuge.protection.application.DecisionWorklist;
import org.refuge.protection.application.DecisionWorklist.ReadyHousehold;
import org.refuge.protection.application.DecreeService;
import org.refuge.protection.web.ProtectionDecisionsView.DecreeOption;
import org.refuge.reporting.application.WorklistFilter;
import org.refuge.reporting.web.WorklistFields;
import org.refuge.shared.RegistryNumber;

/**
 * The caseworkers' worklist ({@code protection/worklist.xhtml}): the households ready for a protection decision under
 * a decree in force, narrowed by BCP, arrival days, citizenship, size and a specific-need category, a lazy table read
 * a page at a time with the total in its paginator. A filter is checked by the service when it is applied (what it
 * refuses is shown at its field) and then read page by page. Households are ticked across pages: the registry numbers
 * ticked ({@link #getSelectedNumbers()}) are what a bulk decision takes: the page's header box ticks a page, "tick all"
 * every household the filter matches up to what one grant takes ({@value BulkGrants#MAX}). After a confirmation that
 * says how many, the households ticked are granted protection under the decree applied ({@link BulkGrants}), each on its
 * own: a table then says per household whether it was granted (and how many persons), granted already or refused and
 * why, and the list is read again. Each row opens the household's decisions.
 */
@Named
@ViewScoped
public class DecisionWorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FILTER = "filter-form:filter";
    static final String SELECT_ALL = "worklist-form:select-all";
    static final String GRANT = "worklist-form:grant";
    static final Map<String, String> FIELDS = Map.of("decree", "filter-form:decree", "arrivedTo", "filter-form:arrived-to",
            "citizenship", "filter-form:citizenship", "personsFrom", "filter-form:persons-from", "personsTo", "filter-form:persons-to",
            "need", "filter-form:need");

    @Inject
    DecisionWorklist worklist;

    @Inject
    DecreeService decrees;

    @Inject
    WorklistChoices choices;

    @Inject
    ProtectionChanges changes;

    @Inject
    BulkGrants bulkGrants;

    @Inject
    Messages messages;

    private List<DecreeOption> decreeOptions = List.of();
    private String decreeId;
    private final WorklistFields fields = new WorklistFields();

    /** The decree and filter the table reads, as last applied. */
    private UUID appliedDecree;
    private WorklistFilter applied = WorklistFilter.none();
    private SelectablePagedList<ReadyHousehold> households;
    private List<ReadyHousehold> selection = new ArrayList<>();
    /** The result of the last bulk grant, a row per household. */
    private List<GrantResult> results = List.of();

    /** One household's result of a bulk grant as the page shows it: a refusal's text in the user's language. */
    public record GrantResult(String number, String result, int persons, String message) implements Serializable {
    }

    /** View action: the decrees in force, the latest chosen. */
    public void load() {
        decreeOptions = decrees.inForce().stream().map(d -> new DecreeOption(d.id().toString(), d.number(), d.inForceFrom().toString())).toList();
        if (decreeId == null && !decreeOptions.isEmpty()) {
            decreeId = decreeOptions.get(0).id();
            appliedDecree = UUID.fromString(decreeId);
        }
    }

    /** The "filter" button: the filter as typed, checked by the service; the table starts again at its first page. */
    public void filter() {
        WorklistFilter typed = fields.filter();
        UUID decree = decreeId == null ? null : UUID.fromString(decreeId);
        if (changes.call(() -> worklist.ready(decree, typed, PageRequest.firstRows(1)), FIELDS, FILTER).isPresent()) {
            appliedDecree = decree;
            applied = typed;
            households = null;
            selection = new ArrayList<>();
        }
    }

    /** The "clear" button: every household ready under the decree chosen. */
    public void clear() {
        fields.clear();
        filter();
    }

    /** The households ready under the filter applied, oldest arrival first, a page at a time. */
    public SelectablePagedList<ReadyHousehold> getHouseholds() {
        if (households == null) {
            UUID decree = appliedDecree;
            WorklistFilter filter = applied;
            households = new SelectablePagedList<>(request -> decreeOptions.isEmpty() ? Page.of(List.of(), 0, request)
                    : changes.call(() -> worklist.ready(decree, filter, request), Map.of(), null).orElseGet(() -> Page.of(List.of(), 0, request)),
                    ReadyHousehold::registryNumber);
        }
        return households;
    }

    /** The registry numbers ticked, in the order they were ticked: what a bulk decision takes. */
    public List<String> getSelectedNumbers() {
        return selection.stream().map(ReadyHousehold::registryNumber).distinct().toList();
    }

    /** "Tick all": the households the filter matches, in the list's order, as many as one grant takes. */
    public void selectAllMatching() {
        UUID decree = appliedDecree;
        WorklistFilter filter = applied;
        changes.call(() -> worklist.ready(decree, filter, new PageRequest(0, BulkGrants.MAX)), Map.of(), SELECT_ALL).ifPresent(page -> {
            getHouseholds().remember(page.items());
            selection = new ArrayList<>(page.items());
            if (page.totalIsAtLeast() || page.total() > page.items().size()) {
                messages.info("worklist.selectedCapped", page.items().size(), page.total());
            }
        });
    }

    /** "Untick all". */
    public void unselectAll() {
        selection = new ArrayList<>();
    }

    /**
     * The confirmation's "grant" button: the households ticked are granted protection under the decree the list shows,
     * each on its own; the results replace the last ones, the selection is emptied and the list read again.
     */
    public void grantSelected() {
        List<String> numbers = getSelectedNumbers();
        UUID decree = appliedDecree;
        if (numbers.isEmpty() || decree == null) {
            messages.fieldError(GRANT, "worklist.chooseHouseholds");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<RegistryNumber> chosen = numbers.stream().map(RegistryNumber::new).toList();
        changes.call(() -> bulkGrants.grant(decree, chosen, null), Map.of(), GRANT).ifPresent(outcome -> {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            results = outcome.items().stream().map(i -> new GrantResult(i.number(), i.result().name(), i.persons(),
                    i.messageKey() == null ? null : Refusals.text(locale, i.messageKey(), i.arguments().toArray()))).toList();
            messages.info("worklist.grantedSummary", outcome.granted(), outcome.alreadyGranted(), outcome.refused());
            selection = new ArrayList<>();
            households = null;
        });
    }

    /** The decree the list shows, as the decree menu names it (for the confirmation). */
    public DecreeOption getAppliedDecreeOption() {
        String applied = appliedDecree == null ? null : appliedDecree.toString();
        return decreeOptions.stream().filter(d -> d.id().equals(applied)).findFirst().orElse(null);
    }

    public List<GrantResult> getResults() { return results; }
    /** "Tick all (at most 500)". */
    public String getSelectAllLabel() { return messages.text("worklist.selectAll", BulkGrants.MAX); }
    public List<DecreeOption> getDecreeOptions() { return decreeOptions; }
    public String getDecreeId() { return decreeId; }
    public void setDecreeId(String decreeId) { this.decreeId = decreeId; }
    public WorklistFields getFields() { return fields; }
    public WorklistChoices getChoices() { return choices; }
    public List<ReadyHousehold> getSelection() { return selection; }
    public void setSelection(List<ReadyHousehold> selection) { this.selection = selection == null ? new ArrayList<>() : selection; }
}
