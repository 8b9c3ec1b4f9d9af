package org.refuge.protection.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.platform.paging.Page;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.protection.application.DocumentService;
import org.refuge.protection.application.DocumentService.DocumentView;
import org.refuge.protection.application.DocumentWorklists;
import org.refuge.protection.application.DocumentWorklists.Waiting;
import org.refuge.platform.refusal.Refusal;
import org.refuge.protection.domain.ProtectionRefusals;
import org.refuge.shared.RegistryNumber;

/**
 * Identity documents of temporary protection for the police (supervisors read): the queue of protected persons
 * waiting for their document with the three-day deadline from registration, most urgent first, a page at a time with
 * the whole queue's total; one household's
 * documents ({@code ?household=<registry number>}) produced from the registry, printed as a PDF (a reprint with its
 * reason, which the service requires), handed over to whom, reported lost or stolen.
 */
@Named
@ViewScoped
public class IdentityDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NUMBER = "find-form:number";
    /** Under this much time left, a deadline is close. */
    static final Duration SOON = Duration.ofHours(24);

    @Inject
    DocumentService documents;

    @Inject
    DocumentWorklists worklists;

    @Inject
    Messages messages;

    @Inject
    ProtectionChanges changes;

    /** The household asked for ({@code ?household=}); the view parameter sets it again on each postback, so it is read once. */
    private String requestedHousehold;
    private String number;
    /** The registry number of the household shown. */
    private String shown;

    // the document a dialog is about, and what is typed there
    private UUID documentId;
    private String documentNumber;
    private String holder;
    private String reason;
    private boolean reprintOpen;
    private String handedTo;
    private String missing = "LOST";
    private String circumstances;

    // read models, read again after each change; never kept across a passivation
    private transient List<DocumentView> household;
    /** The queue's lazy table: each page read when shown, so it is always current. */
    private PagedList<Waiting> queue;
    /** The PDF just printed, handed to the download once. */
    private transient byte[] pdf;
    private String pdfName;

    /** View action: the household asked for, if any. */
    public void load() {
        if (requestedHousehold != null && !requestedHousehold.isBlank()) {
            number = requestedHousehold.strip();
            find();
        }
    }

    /** The "open" button: the documents of the household typed. */
    public void find() {
        household = null;
        shown = null;
        if (number == null || number.isBlank()) {
            messages.fieldError(NUMBER, "protection.enterNumber");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        changes.call(() -> ProtectionChanges.registryNumber(number), Map.of(), NUMBER).ifPresent(typed ->
                changes.call(() -> documents.documents(typed), Map.of("registryNumber", NUMBER), NUMBER).ifPresent(found -> {
                    household = found;
                    shown = typed.value();
                    number = typed.value();
                }));
    }

    /** Produces the documents of the household's protected members who have none current. */
    public void produce() {
        changes.call(() -> documents.produce(new RegistryNumber(shown)), Map.of(), "documents-form:produce").ifPresent(produced -> {
            messages.info("documents.produced", produced.size(), shown);
            refresh();
        });
    }

    /** First print of a document (action listener before the download): the PDF, or the refusal shown. */
    public void print(DocumentView document) {
        subject(document);
        reason = null;
        preparePdf(false);
    }

    /** Opens the reprint dialog for a document printed before. */
    public void startReprint(DocumentView document) {
        subject(document);
        reason = null;
        reprintOpen = false;
    }

    /** Reprint with the reason typed in the dialog (action listener before the download). */
    public void reprint() {
        preparePdf(true);
    }

    /** After the browser received the PDF: the print is counted, the dialog closes. */
    public void printed() {
        reprintOpen = false;
        reason = null;
        refresh();
    }

    /** The PDF for p:fileDownload, once; null after a refusal, and the page shows why. */
    public StreamedContent getDownload() {
        if (pdf == null) {
            return null;
        }
        byte[] bytes = pdf;
        pdf = null;
        return DefaultStreamedContent.builder().name(pdfName).contentType("application/pdf").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void startHandover(DocumentView document) {
        subject(document);
        handedTo = null;
    }

    /** Hands the document of the dialog over to whom is typed there. */
    public void handOver() {
        if (changes.run(() -> documents.handOver(documentId, handedTo), Map.of("handedTo", "handover-form:handedTo"),
                "handover-form:handedTo")) {
            messages.info("documents.handedOverTo", documentNumber, handedTo.strip());
            handedTo = null;
            refresh();
        }
    }

    public void startMissing(DocumentView document) {
        subject(document);
        missing = "LOST";
        circumstances = null;
    }

    /** Reports the document of the dialog lost or stolen: it is no longer valid, a replacement can be produced. */
    public void reportMissing() {
        boolean stolen = "STOLEN".equals(missing);
        if (changes.run(() -> documents.reportMissing(documentId, stolen, circumstances),
                Map.of("circumstances", "missing-form:circumstances"), "missing-form:circumstances")) {
            messages.info(stolen ? "documents.reported.STOLEN" : "documents.reported.LOST", documentNumber);
            circumstances = null;
            refresh();
        }
    }

    /** The documents of the household shown; read again when a change or a passivation dropped them. */
    public List<DocumentView> getDocuments() {
        if (household == null && shown != null) {
            household = changes.call(() -> documents.documents(new RegistryNumber(shown)), Map.of(), NUMBER).orElse(null);
            if (household == null) {
                shown = null;
            }
        }
        return household == null ? List.of() : household;
    }

    /** The persons waiting for their document, most urgent first: the lazy table's model. */
    public PagedList<Waiting> getQueue() {
        if (queue == null) {
            queue = new PagedList<>(request -> changes.call(() -> worklists.queue(request), Map.of(), null)
                    .orElseGet(() -> Page.of(List.of(), 0, request)), waiting -> waiting.personId().toString()).firstPage(50);
        }
        return queue;
    }

    /** OVERDUE after the deadline, SOON within 24 hours of it, else OK: names the colour. */
    public String urgency(Waiting waiting) {
        return urgencyOf(waiting);
    }

    static String urgencyOf(Waiting waiting) {
        Duration left = Duration.between(Instant.now(), waiting.deadline());
        if (left.isNegative()) {
            return "OVERDUE";
        }
        return left.compareTo(SOON) < 0 ? "SOON" : "OK";
    }

    /** The time left until the deadline, or how long it is overdue, in hours and minutes. */
    public String timeLeft(Waiting waiting) {
        return timeLeftOf(messages, waiting);
    }

    static String timeLeftOf(Messages messages, Waiting waiting) {
        Duration left = Duration.between(Instant.now(), waiting.deadline());
        Duration amount = left.abs();
        return messages.text(left.isNegative() ? "documents.overdueBy" : "documents.hoursLeft", amount.toHours(), amount.toMinutesPart());
    }

    /** Whether a document is current: it can be printed or reported missing. */
    public boolean current(DocumentView document) {
        return "PRODUCED".equals(document.status()) || "HANDED_OVER".equals(document.status());
    }

    private void subject(DocumentView document) {
        documentId = document.id();
        documentNumber = document.number();
        holder = document.name();
    }

    /**
     * Prints the document of the row or the dialog; the PDF waits for the download. A refused reprint keeps its dialog
     * open (the page is rendered again, the reason typed stays); a first print that someone else made meanwhile opens it.
     */
    private void preparePdf(boolean fromDialog) {
        pdf = null;
        reprintOpen = fromDialog;
        changes.call(() -> {
            try {
                return documents.print(documentId, reason);
            } catch (Refusal refused) {
                reprintOpen = reprintOpen || "reprintReason".equals(ProtectionRefusals.rule(refused));
                throw refused;
            }
        }, Map.of("reason", "reprint-form:reason"), fromDialog ? "reprint-form:reason" : null).ifPresent(bytes -> {
            pdf = bytes;
            pdfName = "identity-document-" + documentNumber + ".pdf";
            reprintOpen = false;
        });
    }

    private void refresh() {
        household = null;
    }

    public String getRequestedHousehold() { return requestedHousehold; }
    public void setRequestedHousehold(String requestedHousehold) { this.requestedHousehold = requestedHousehold; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getShown() { return shown; }
    public String getDocumentNumber() { return documentNumber; }
    public String getHolder() { return holder; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isReprintOpen() { return reprintOpen; }
    public String getHandedTo() { return handedTo; }
    public void setHandedTo(String handedTo) { this.handedTo = handedTo; }
    public String getMissing() { return missing; }
    public void setMissing(String missing) { this.missing = missing; }
    public String getCircumstances() { return circumstances; }
    public void setCircumstances(String circumstances) { this.circumstances = circumstances; }
}
