package org.refuge.protection.web;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.protection.application.DocumentService;
import org.refuge.protection.application.DocumentService.Verification;
import org.refuge.protection.document.CardData;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.registration.application.ReferenceDataService;

/**
 * Verification of an identity document's QR code at a checkpoint or a desk: the text scanned or pasted, the verdict
 * of its signature and validity (the service checks it with the issuer's public key) together with the document's
 * state in this registry as one verdict, in words and colours: green only for a genuine, current document handed over
 * to its holder whose signed portrait is still the registry's; red for a forged or unreadable code or a document
 * reported lost, stolen, revoked or replaced; amber for the rest. The registry portrait of the holder is shown next to
 * it, to compare with the card and the person.
 * What was typed stays, refused or not.
 */
@Named
@ViewScoped
public class DocumentVerificationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String QR = "verify-form:qr";
    /** Verdicts of a document that must not be accepted: forged, unreadable, or ended in the registry. */
    static final Set<String> REFUSED = Set.of("INVALID_SIGNATURE", "MALFORMED", "UNKNOWN_KEY", "REPLACED", "REPORTED_LOST",
            "REPORTED_STOLEN", "REVOKED");

    @Inject
    DocumentService documents;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Messages messages;

    @Inject
    ProtectionChanges changes;

    private String qr;
    /** The verdict shown; never kept across a passivation. */
    private transient Verification result;

    /** Checks the QR text typed; a refused text (empty, too long) is shown next to the field and stays there. */
    public void verify() {
        result = changes.call(() -> documents.verify(qr), Map.of("qr", QR), QR).orElse(null);
    }

    /** Clears the field and the verdict for the next document. */
    public void clear() {
        qr = null;
        result = null;
    }

    /** OK, WARN or BAD: the colour of the verdict; a portrait changed since the card was printed is not OK. */
    public String getVerdict() {
        if (result == null) {
            return null;
        }
        String status = result.status();
        if (REFUSED.contains(status)) {
            return "BAD";
        }
        return "VALID".equals(status) && !Boolean.FALSE.equals(result.portraitMatches()) ? "OK" : "WARN";
    }

    /** The bundle key of the verdict's headline. */
    public String getHeadline() {
        return result == null ? null : "verify.verdict." + result.status();
    }

    /** The bundle key of what the offline signature check found. */
    public String getSignatureKey() {
        return result == null ? null : "verify.status." + result.signature();
    }

    /** The bundle key of the document's state in this registry. */
    public String getRegistryKey() {
        return result == null || result.documentStatus() == null ? "verify.registry.unknown" : "verify.registry." + result.documentStatus();
    }

    /** The bundle key of the portrait check: the signed hash matches the registry's photo, differs, or is not in the code. */
    public String getPortraitKey() {
        if (result == null || result.documentId() == null) {
            return null;
        }
        return result.portraitMatches() == null ? "verify.portrait.unbound"
                : result.portraitMatches() ? "verify.portrait.matches" : "verify.portrait.differs";
    }

    public DocumentVerifier.Identity getIdentity() {
        return result == null ? null : result.identity();
    }

    /** The holder's citizenship by name in the page's language, with its code; stateless in words. */
    public String getCitizenship() {
        DocumentVerifier.Identity identity = getIdentity();
        if (identity == null || identity.citizenship() == null) {
            return "";
        }
        String code = identity.citizenship();
        if (CardData.STATELESS.equals(code)) {
            return messages.text("protection.stateless");
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return referenceData.countries().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name(locale)).filter(name -> !name.isBlank()).map(name -> name + " (" + code + ")").orElse(code);
    }

    public Verification getResult() { return result; }
    public String getQr() { return qr; }
    public void setQr(String qr) { this.qr = qr; }
}
