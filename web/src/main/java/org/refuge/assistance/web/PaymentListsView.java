package org.refuge.assistance.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.assistance.application.PaymentService;
import org.refuge.assistance.application.PaymentService.LineView;
import org.refuge.assistance.application.PaymentService.ListView;
import org.refuge.assistance.application.PaymentService.MarkResult;
import org.refuge.assistance.application.RoundService;
import org.refuge.assistance.domain.Payment;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.platform.web.Refusals;
import org.refuge.reporting.export.ExportFormat;

/**
 * The cash payment lists of a round (issue 14, item 6), reached from the rounds page: a list made for a named paying
 * agency, the round's lists (paged) with their lines counted by status, the lines of the list shown (paged) with the
 * agency's answer so far, the list as CSV or XLSX for the agency, and the answer recorded for the lines ticked, paid
 * with a reference or failed with a reason, with the outcome of each line. What was typed stays when it is refused.
 */
@Named
@ViewScoped
public class PaymentListsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The outcome of one line's mark: the line as shown and the status now, or the refusal's text. */
    public record Outcome(String registryNumber, String headName, String personName, String status, String refusal) {
    }

    @Inject
    PaymentService payments;

    @Inject
    RoundService rounds;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    private UUID round;
    private RoundRow roundRow;
    private String agency;
    private UUID shown;
    private ListView shownList;
    private List<LineView> selected = new ArrayList<>();
    private String status = Payment.Status.PAID.name();
    private String reference;
    private String reason;
    private List<Outcome> outcomes = List.of();
    private final PagedList<ListView> lists = new PagedList<>(request -> round == null ? Page.of(List.<ListView>of(), 0, request)
            : payments.lists(round, request), row -> row.id().toString());
    private final PagedList<LineView> lines = new PagedList<>(request -> shown == null ? Page.of(List.<LineView>of(), 0, request)
            : payments.lines(shown, request), row -> row.id().toString());

    /** The round of the page's parameter, or null for none (or an id that is none). */
    public RoundRow getRoundRow() {
        if (roundRow == null && round != null) {
            roundRow = changes.call(() -> rounds.get(round), Map.of(), null).orElse(null);
            if (roundRow == null) {
                round = null;
            }
        }
        return roundRow;
    }

    /** Lists the round's cash lines still due for the agency, and shows the new list. */
    public void make() {
        PaymentService.ListForm form = new PaymentService.ListForm(round, agency == null ? null : agency.strip());
        changes.call(() -> payments.create(form), Map.of("agency", "new-form:agency", "roundId", "new-form:agency"),
                "new-form:agency").ifPresent(list -> {
                    messages.info("payments.made", list.listed());
                    agency = null;
                    show(list);
                });
    }

    public void show(ListView list) {
        shown = list.id();
        shownList = null;
        selected = new ArrayList<>();
        outcomes = List.of();
    }

    /** The agency's answer for the ticked lines: each line's outcome is shown, refused ones with the reason. */
    public void mark() {
        if (shown == null) {
            return;
        }
        if (selected == null || selected.isEmpty()) {
            messages.fieldError("list-form:mark", "payments.mark.none");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Payment.Status answer = Payment.Status.valueOf(status);
        if (answer == Payment.Status.FAILED && (reason == null || reason.isBlank())) {
            messages.refusal("list-form:reason", Payment.REASON);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        List<PaymentService.Mark> marks = selected.stream().map(l -> new PaymentService.Mark(l.id(), answer,
                answer == Payment.Status.PAID ? reference : null, answer == Payment.Status.FAILED ? reason : null)).toList();
        UUID list = shown;
        changes.call(() -> payments.mark(list, marks), Map.of("reference", "list-form:reference", "reason", "list-form:reason"),
                "list-form:mark").ifPresent(this::answered);
    }

    private void answered(List<MarkResult> results) {
        Map<UUID, LineView> byId = selected.stream().collect(Collectors.toMap(LineView::id, Function.identity(), (a, b) -> a));
        Locale locale = locale();
        List<Outcome> shownOutcomes = new ArrayList<>();
        int refused = 0;
        for (MarkResult result : results) {
            LineView line = byId.get(result.lineId());
            String now = result.status() == null ? null : messages.text("payments.status." + result.status().name());
            String refusal = null;
            if (result.refusal() != null) {
                refused++;
                refusal = messages.text("payments.result.refused", Refusals.text(locale, result.refusal(), now));
            }
            shownOutcomes.add(new Outcome(line == null ? null : line.registryNumber(), line == null ? null : line.headName(),
                    line == null ? null : line.personName(), now, refusal));
        }
        outcomes = shownOutcomes;
        shownList = null;
        messages.info("payments.marked", results.size() - refused, refused);
        selected = new ArrayList<>();
        if (refused == 0) {
            reference = null;
            reason = null;
        }
    }

    /** The list shown as a file for the agency: CSV or XLSX, headers in the page's language. */
    public StreamedContent file(String format) {
        ExportFormat file = ExportFormat.named(format);
        ListView list = payments.get(shown);
        List<LineView> all = new ArrayList<>();
        for (int first = 0; ; first += PageRequest.MAX_SIZE) {
            Page<LineView> page = payments.lines(shown, new PageRequest(first, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
        }
        byte[] bytes = file.write(PaymentListFile.table(list, all, locale()));
        return DefaultStreamedContent.builder().name("payment-list-" + list.siteCode() + "-" + list.id() + "." + file.extension())
                .contentType(file.mediaType()).contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }

    /** The list shown, counted when it was shown or last marked. */
    public ListView getShownList() {
        if (shownList == null && shown != null) {
            shownList = payments.get(shown);
        }
        return shownList;
    }

    public String getRound() { return round == null ? null : round.toString(); }

    /** The page's parameter: a round id, or nothing when it is not one. */
    public void setRound(String value) {
        try {
            round = value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            round = null;
        }
        roundRow = null;
    }

    public List<Payment.Status> getAnswers() { return List.of(Payment.Status.PAID, Payment.Status.FAILED); }
    public PagedList<ListView> getLists() { return lists; }
    public PagedList<LineView> getLines() { return lines; }
    public UUID getShown() { return shown; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public List<LineView> getSelected() { return selected; }
    public void setSelected(List<LineView> selected) { this.selected = selected; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<Outcome> getOutcomes() { return outcomes; }
}
