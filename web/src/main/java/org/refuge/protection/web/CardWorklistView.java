package org.refuge.protection.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.Refusals;
import org.refuge.platform.web.SelectablePagedList;
import org.refuge.protection.application.DocumentBatches;
import org.refuge.protection.application.DocumentBatches.Outcome;
import org.refuge.protection.application.DocumentBatches.Produced;
import org.refuge.protection.application.DocumentService.DocumentView;
import org.refuge.protection.application.DocumentWorklists;
import org.refuge.protection.document.CardSheets;
import org.refuge.shared.RegistryNumber;
import org.refuge.protection.application.DocumentWorklists.CardFilter;
import org.refuge.protection.application.DocumentWorklists.Waiting;

/**
 * The police's worklist ({@code protection/card-worklist.xhtml}): the persons of their sites protected and waiting for
 * their identity card, the most urgent deadline first, narrowed to a BCP and to deadlines on some days, a lazy table
 * read a page at a time with the total in its paginator. Persons are ticked across pages: their households' registry
 * numbers ({@link #getSelectedNumbers()}) are what a batch of cards is produced for (all that match the filter can be
 * ticked at once, up to a batch's {@value DocumentBatches#MAX}). The batch answers per household (produced, produced
 * before, refused and why), and its cards not handed over yet print as one PDF, one per ID-1 page or eight per A4
 * sheet. Each row opens the household's documents.
 */
@Named
@ViewScoped
public class CardWorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FILTER = "filter-form:filter";
    static final String PRODUCE = "worklist-form:produce";
    static final String PRINT = "batch-form:print";
    static final Map<String, String> FIELDS = Map.of("deadlineTo", "filter-form:deadline-to");

    @Inject
    DocumentWorklists worklists;

    @Inject
    WorklistChoices choices;

    @Inject
    ProtectionChanges changes;

    @Inject
    Messages messages;

    @Inject
    DocumentBatches batches;

    private String bcp;
    private LocalDate deadlineFrom;
    private LocalDate deadlineTo;

    private CardFilter applied = CardFilter.none();
    private SelectablePagedList<Waiting> persons;
    private List<Waiting> selection = new ArrayList<>();

    // the last batch: its results, how to print it, and the PDF waiting for its download
    private List<Produced> results;
    private final Set<UUID> printed = new HashSet<>();
    private String layout = CardSheets.Layout.CARD.name();
    private String reprintReason;
    private transient byte[] pdf;

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

    /**
     * The "tick all" button: the persons that match the filter applied, up to a batch's size, ticked (the rows become
     * known to the table, so that the ticks hold across its pages).
     */
    public void selectAllMatching() {
        SelectablePagedList<Waiting> list = getPersons();
        List<Waiting> rows = list.load(0, DocumentBatches.MAX, Map.of(), Map.of());
        list.firstPage(25);
        selection = new ArrayList<>(rows);
        boolean capped = list.getRowCount() > rows.size() || list.isTotalIsAtLeast();
        messages.info(capped ? "cardWorklist.selectedCapped" : "cardWorklist.selectedAll", rows.size());
    }

    /** The "produce" button: the cards of the ticked persons' households, one transaction each, a result per household. */
    public void produce() {
        List<String> numbers = getSelectedNumbers();
        if (numbers.isEmpty()) {
            messages.fieldError(PRODUCE, "cardWorklist.nothingTicked");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        changes.call(() -> batches.produce(numbers.stream().map(RegistryNumber::new).toList(), null), Map.of(), PRODUCE).ifPresent(done -> {
            results = done;
            printed.clear();
            selection = new ArrayList<>();
            persons = null;
            messages.info("cardWorklist.batchDone", count(Outcome.PRODUCED), count(Outcome.ALREADY_PRODUCED), count(Outcome.REFUSED));
        });
    }

    private long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** A refused household's reason, in the page's language. */
    public String reason(Produced result) {
        if (result.refusalKey() == null) {
            return "";
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
        return Refusals.text(locale, result.refusalKey(), result.refusalArguments().toArray());
    }

    /** The batch's cards still waiting for their handover: what its print takes. */
    public List<DocumentView> getToPrint() {
        if (results == null) {
            return List.of();
        }
        return results.stream().flatMap(r -> r.documents().stream()).filter(d -> "PRODUCED".equals(d.status())).toList();
    }

    /** The "print" button (an action listener before the download): the batch's cards as one PDF, or the refusal shown. */
    public void print() {
        pdf = null;
        List<UUID> ids = getToPrint().stream().map(DocumentView::id).toList();
        if (ids.isEmpty()) {
            messages.fieldError(PRINT, "cardWorklist.nothingToPrint");
            return;
        }
        CardSheets.Layout chosen = CardSheets.Layout.valueOf(layout);
        changes.call(() -> batches.print(ids, chosen, reprintReason), Map.of("reason", "batch-form:reason"), PRINT).ifPresent(bytes -> {
            pdf = bytes;
            printed.addAll(ids);
            reprintReason = null;
        });
    }

    /** The PDF for p:fileDownload, once; null after a refusal, and the page shows why. */
    public StreamedContent getDownload() {
        if (pdf == null) {
            return null;
        }
        byte[] bytes = pdf;
        pdf = null;
        return DefaultStreamedContent.builder().name("identity-documents-" + layout.toLowerCase(Locale.ROOT) + ".pdf")
                .contentType("application/pdf").contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Whether a card of the batch was printed from this page (the count of prints is the household page's). */
    public boolean printedHere(DocumentView document) {
        return printed.contains(document.id());
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
    public List<Produced> getResults() { return results; }
    public String getLayout() { return layout; }
    public void setLayout(String layout) { this.layout = CardSheets.Layout.A4.name().equals(layout) ? layout : CardSheets.Layout.CARD.name(); }
    public String getReprintReason() { return reprintReason; }
    public void setReprintReason(String reprintReason) { this.reprintReason = reprintReason; }
}
