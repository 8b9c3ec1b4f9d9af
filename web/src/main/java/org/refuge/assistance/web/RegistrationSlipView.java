package org.refuge.assistance.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.assistance.application.RegistrationSlipService;
import org.refuge.assistance.application.RegistrationSlipService.SlipState;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.shared.RegistryNumber;

/**
 * The registration slip on the household page: "Print slip" once after pre-registration, then "Reprint slip" with
 * the reason in a dialog. The PDF is prepared by an action listener and sent by p:fileDownload; once the browser has
 * it, the page counts the print.
 */
@Named
@ViewScoped
public class RegistrationSlipView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationSlipService slips;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    /** The household the state was read for, and its state; null state when the user may not print its slip. */
    private String number;
    private SlipState state;
    private boolean stateRead;
    private String reason;
    /** Whether the reprint dialog shows when the page is rendered again (a refused reprint keeps it open). */
    private boolean reprintOpen;
    private transient byte[] pdf;

    /** How often the household's slip was printed (null when the user may not print it), read once per household. */
    public SlipState state(RegistryNumber registryNumber) {
        if (!stateRead || !registryNumber.value().equals(number)) {
            number = registryNumber.value();
            stateRead = true;
            try {
                state = slips.state(registryNumber);
            } catch (Refusal | EJBException | IllegalArgumentException e) {
                state = null; // another site's household, or a role that prints no slips: no button
            }
        }
        return state;
    }

    /** First print (action listener before the download). */
    public void print(RegistryNumber registryNumber) {
        number = registryNumber.value();
        reason = null;
        pdf = changes.call(() -> slips.print(registryNumber), Map.of(), null).orElse(null);
    }

    /** Opens the reprint dialog. */
    public void startReprint(RegistryNumber registryNumber) {
        number = registryNumber.value();
        reason = null;
    }

    /** Reprint with the reason typed in the dialog (action listener before the download); refused at the field without it. */
    public void reprint() {
        pdf = changes.call(() -> slips.reprint(RegistryNumber.parse(number), reason), Map.of("reason", "reprint-slip-form:reason"),
                "reprint-slip-form:reason").orElse(null);
        reprintOpen = pdf == null;
    }

    /** After the browser received the PDF: the print is counted. */
    public void printed() {
        reprintOpen = false;
        messages.info("slip.printed", number);
        stateRead = false;
        reason = null;
    }

    /** The PDF for p:fileDownload, once; null after a refusal, and the page shows why. */
    public StreamedContent getDownload() {
        if (pdf == null) {
            return null;
        }
        byte[] bytes = pdf;
        pdf = null;
        return DefaultStreamedContent.builder().name("registration-slip-" + number + ".pdf").contentType("application/pdf")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getNumber() { return number; }
    public boolean isReprintOpen() { return reprintOpen; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
