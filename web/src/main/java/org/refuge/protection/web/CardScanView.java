package org.refuge.protection.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.protection.application.DocumentService;
import org.refuge.protection.application.DocumentService.DocumentView;
import org.refuge.protection.application.DocumentService.Scanned;

/**
 * The handover desk on the police's documents page ({@code protection/documents.xhtml}): a hand scanner types the
 * card's QR text into one field and ends it with Enter (or the officer pastes it); the service checks that it is a
 * genuine identity card's code and finds the document, and the page shows the holder's registry photo, name, household
 * and document number, to compare with the person at the desk, and the button that hands the card over to the holder
 * or to whom receives it for them (prefilled with the holder's name). A changed, foreign or other paper's code is
 * refused at the field in the page's language.
 */
@Named
@ViewScoped
public class CardScanView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String QR = "scan-form:qr";
    static final String HANDED_TO = "scan-form:handed-to";

    @Inject
    DocumentService documents;

    @Inject
    ProtectionChanges changes;

    @Inject
    Messages messages;

    private String qr;
    private Scanned scanned;
    private String handedTo;

    /** The "find" button, or Enter at the end of a scan: the card's document and holder, or why not. */
    public void scan() {
        scanned = null;
        if (qr == null || qr.isBlank()) {
            messages.refusal(QR, "refuge.document.qr");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        changes.call(() -> documents.scan(qr), Map.of("qr", QR), QR).ifPresent(found -> {
            scanned = found;
            handedTo = found.document().name();
            qr = null; // ready for the next card
        });
    }

    /** Hands the scanned card over to whom is typed (its holder by default). */
    public void handOver() {
        if (scanned == null) {
            return;
        }
        DocumentView document = scanned.document();
        if (changes.run(() -> documents.handOver(document.id(), handedTo), Map.of("handedTo", HANDED_TO), HANDED_TO)) {
            messages.info("documents.handedOverTo", document.number(), handedTo.strip());
            changes.call(() -> documents.documents(new org.refuge.shared.RegistryNumber(scanned.registryNumber())), Map.of(), QR)
                    .flatMap(all -> all.stream().filter(d -> d.id().equals(document.id())).findFirst())
                    .ifPresent(now -> scanned = new Scanned(scanned.registryNumber(), now));
        }
    }

    /** Whether the scanned card waits for its handover and was printed: the handover button shows. */
    public boolean isHandable() {
        return scanned != null && "PRODUCED".equals(scanned.document().status()) && scanned.document().prints() > 0;
    }

    public String getQr() { return qr; }
    public void setQr(String qr) { this.qr = qr; }
    public Scanned getScanned() { return scanned; }
    public String getHandedTo() { return handedTo; }
    public void setHandedTo(String handedTo) { this.handedTo = handedTo; }
}
