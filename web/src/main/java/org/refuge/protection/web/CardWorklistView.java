package org.refuge.protection.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.SelectablePagedList;
import org.refuge.protection.application.DocumentWorklists;
import org.refuge.protection.application.DocumentWorklists.CardFilter;
import org.refuge.protection.application.DocumentWorklists.Waiting;

/**
 * The police's worklist ({@code protection/card-worklist.xhtml}): the persons of their sites protected and waiting for
 * their identity card, the most urgent deadline first, narrowed to a BCP and to deadlines on some days, a lazy table
 * read a page at a time with the total in its paginator. Persons are ticked across pages: their households' registry
 * numbers ({@link #getSelectedNumbers()}) are what a batch of cards is produced for. Each row opens the household's
 * documents.
 */
@Named
@ViewScoped
public class CardWorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FILTER = "filter-form:filter";
    static final Map<String, String> FIELDS = Map.of("deadlineTo", "filter-form:deadline-to");

    @Inject
    DocumentWorklists worklists;

    @Inject
    WorklistChoices choices;

    @Inject
    ProtectionChanges changes;

    @Inject
    Messages messages;

    private String bcp;
    private LocalDate deadlineFrom;
    private LocalDate deadlineTo;

    private CardFilter applied = CardFilter.none();
    private SelectablePagedList<Waiting> persons;
    private List<Waiting> selection = new ArrayList<>();

    /** The "filter" button: the filter as typed, checked by the service; the table starts again at its first page. */
    public void filter() {
        CardFilter typed = new CardFilter(WorklistChoices.site(bcp), deadlineFrom, deadlineTo);
        if (changes.call(() -> worklists.queue(typed, PageRequest.firstRows(1)), FIELDS, FILTER).isPresent()) {
            applied = typed;
            persons = null;
            selection = new ArrayList<>();
        }
    }

    /** The "clear" button: every person waiting at the reader's sites. */
    public void clear() {
        bcp = null;
        deadlineFrom = null;
        deadlineTo = null;
        filter();
    }

    /** The persons waiting under the filter applied, the most urgent first, a page at a time. */
    public SelectablePagedList<Waiting> getPersons() {
        if (persons == null) {
            CardFilter filter = applied;
            persons = new SelectablePagedList<>(request -> changes.call(() -> worklists.queue(filter, request), Map.of(), null)
                    .orElseGet(() -> Page.of(List.of(), 0, request)), w -> w.personId().toString());
        }
        return persons;
    }

    /** The registry numbers of the households of the persons ticked, in the order ticked: what a batch of cards takes. */
    public List<String> getSelectedNumbers() {
        return selection.stream().map(Waiting::registryNumber).distinct().toList();
    }

    /** OVERDUE after the deadline, SOON within 24 hours of it, else OK: names the colour. */
    public String urgency(Waiting waiting) {
        return IdentityDocumentsView.urgencyOf(waiting);
    }

    /** The time left until the deadline, or how long it is overdue. */
    public String timeLeft(Waiting waiting) {
        return IdentityDocumentsView.timeLeftOf(messages, waiting);
    }

    public String getBcp() { return bcp; }
    public void setBcp(String bcp) { this.bcp = bcp; }
    public LocalDate getDeadlineFrom() { return deadlineFrom; }
    public void setDeadlineFrom(LocalDate deadlineFrom) { this.deadlineFrom = deadlineFrom; }
    public LocalDate getDeadlineTo() { return deadlineTo; }
    public void setDeadlineTo(LocalDate deadlineTo) { this.deadlineTo = deadlineTo; }
    public WorklistChoices getChoices() { return choices; }
    public List<Waiting> getSelection() { return selection; }
    public void setSelection(List<Waiting> selection) { this.selection = selection == null ? new ArrayList<>() : selection; }
}
