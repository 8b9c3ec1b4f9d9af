package org.refuge.protection.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.SelectablePagedList;
import org.refuge.protection.application.DecisionWorklist;
import org.refuge.protection.application.DecisionWorklist.ReadyHousehold;
import org.refuge.protection.application.DecreeService;
import org.refuge.protection.web.ProtectionDecisionsView.DecreeOption;
import org.refuge.reporting.application.WorklistFilter;

/**
 * The caseworkers' worklist ({@code protection/worklist.xhtml}): the households ready for a protection decision under
 * a decree in force, narrowed by BCP, arrival days, citizenship, size and a specific-need category, a lazy table read
 * a page at a time with the total in its paginator. A filter is checked by the service when it is applied (what it
 * refuses is shown at its field) and then read page by page. Households are ticked across pages: the registry numbers
 * ticked ({@link #getSelectedNumbers()}) are what a bulk decision takes. Each row opens the household's decisions.
 */
@Named
@ViewScoped
public class DecisionWorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FILTER = "filter-form:filter";
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

    private List<DecreeOption> decreeOptions = List.of();
    private String decreeId;
    private final WorklistFields fields = new WorklistFields();

    /** The decree and filter the table reads, as last applied. */
    private UUID appliedDecree;
    private WorklistFilter applied = WorklistFilter.none();
    private SelectablePagedList<ReadyHousehold> households;
    private List<ReadyHousehold> selection = new ArrayList<>();

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

    public List<DecreeOption> getDecreeOptions() { return decreeOptions; }
    public String getDecreeId() { return decreeId; }
    public void setDecreeId(String decreeId) { this.decreeId = decreeId; }
    public WorklistFields getFields() { return fields; }
    public WorklistChoices getChoices() { return choices; }
    public List<ReadyHousehold> getSelection() { return selection; }
    public void setSelection(List<ReadyHousehold> selection) { this.selection = selection == null ? new ArrayList<>() : selection; }

    /** The filter fields of a worklist of households, as typed. */
    public static class WorklistFields implements Serializable {
        private static final long serialVersionUID = 1L;

        private String bcp;
        private LocalDate arrivedFrom;
        private LocalDate arrivedTo;
        private String citizenship;
        private Integer personsFrom;
        private Integer personsTo;
        private String need;

        WorklistFilter filter() {
            return new WorklistFilter(WorklistChoices.site(bcp), arrivedFrom, arrivedTo, blankToNull(citizenship), personsFrom, personsTo,
                    blankToNull(need));
        }

        void clear() {
            bcp = null;
            arrivedFrom = null;
            arrivedTo = null;
            citizenship = null;
            personsFrom = null;
            personsTo = null;
            need = null;
        }

        private static String blankToNull(String typed) {
            return typed == null || typed.isBlank() ? null : typed.strip();
        }

        public String getBcp() { return bcp; }
        public void setBcp(String bcp) { this.bcp = bcp; }
        public LocalDate getArrivedFrom() { return arrivedFrom; }
        public void setArrivedFrom(LocalDate arrivedFrom) { this.arrivedFrom = arrivedFrom; }
        public LocalDate getArrivedTo() { return arrivedTo; }
        public void setArrivedTo(LocalDate arrivedTo) { this.arrivedTo = arrivedTo; }
        public String getCitizenship() { return citizenship; }
        public void setCitizenship(String citizenship) { this.citizenship = citizenship; }
        public Integer getPersonsFrom() { return personsFrom; }
        public void setPersonsFrom(Integer personsFrom) { this.personsFrom = personsFrom; }
        public Integer getPersonsTo() { return personsTo; }
        public void setPersonsTo(Integer personsTo) { this.personsTo = personsTo; }
        public String getNeed() { return need; }
        public void setNeed(String need) { this.need = need; }
    }
}
