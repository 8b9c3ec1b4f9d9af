package org.refuge.protection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.protection.application.DocumentService.Verification;
import org.refuge.platform.refusal.Refusal;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.protection.document.TypedPayloads;
import org.refuge.protection.domain.IdentityDocument;
import org.refuge.protection.infrastructure.IdentityDocuments;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.DocumentNumber;
import org.refuge.shared.PersonId;

/**
 * Checks a card's QR at a checkpoint: the signature and validity offline, then the document's state in the registry
 * and whether the portrait signed in the code is the registry's photo of the holder. Audited without personal data.
 */
@ApplicationScoped
public class DocumentVerification {

    @Inject
    DocumentKeys keys;

    @Inject
    IdentityDocuments documents;

    @Inject
    RegistryFacts registry;

    @Inject
    RefugeSettings settings;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The one verdict of a signature check and a document's registry state (null when unknown): see {@link Verification}. */
    static String verdict(DocumentVerifier.Status signature, String documentStatus) {
        if (signature == DocumentVerifier.Status.MALFORMED || signature == DocumentVerifier.Status.INVALID_SIGNATURE
                || signature == DocumentVerifier.Status.UNKNOWN_KEY) {
            return signature.name();
        }
        if (documentStatus == null) {
            return "UNKNOWN_DOCUMENT";
        }
        switch (documentStatus) {
            case "STOLEN": return "REPORTED_STOLEN";
            case "LOST": return "REPORTED_LOST";
            case "REVOKED", "REPLACED": return documentStatus;
            default: break;
        }
        if (signature != DocumentVerifier.Status.VALID) {
            return signature.name();
        }
        return "HANDED_OVER".equals(documentStatus) ? "VALID" : "NOT_HANDED_OVER";
    }

    public Verification verify(String qr) {
        DocumentVerifier.Result result = keys.verifier().verify(qr.strip(), LocalDate.now(clock.withZone(settings.zone())));
        Optional<IdentityDocument> document = documentNumber(result.identity()).flatMap(documents::byNumber);
        String documentStatus = document.map(d -> d.status().name()).orElse(null);
        UUID documentId = document.map(IdentityDocument::id).orElse(null);
        Boolean portraitMatches = document.map(d -> result.identity()
                .portraitMatches(registry.photoOfPerson(PersonId.of(d.personId())).orElse(null))).orElse(null);
        String verdict = verdict(result.status(), documentStatus);
        audit.record(AuditAction.READ, "IdentityDocument", result.identity() == null ? "unknown" : result.identity().documentNumber(),
                "verification: " + verdict + (Boolean.FALSE.equals(portraitMatches) ? ", portrait changed since printing" : ""));
        return new Verification(verdict, result.status().name(), result.identity(), documentStatus, documentId, portraitMatches);
    }

    /**
     * The document a card's QR names, for the handover desk: the code must carry an identity card's genuine signature
     * (its dates do not matter here: the desk shows the document as the registry holds it). A changed, misread or
     * foreign code is refused as not genuine; a genuine code of other paper (a registration slip) as not a card; a
     * number the registry does not know as unknown. No site check here: the caller decides who may see it.
     */
    public IdentityDocument scanned(String qr) {
        DocumentVerifier verifier = keys.verifier();
        DocumentVerifier.Result result = verifier.verify(qr.strip(), LocalDate.now(clock.withZone(settings.zone())));
        if (result.identity() == null) {
            boolean otherPaper = TypedPayloads.verify(verifier, qr).status() == DocumentVerifier.Status.VALID;
            throw Refusal.invalid("qr", otherPaper ? "refuge.document.scan.notACard" : "refuge.document.scan.notGenuine");
        }
        return documentNumber(result.identity()).flatMap(documents::byNumber)
                .orElseThrow(() -> Refusal.notFound("refuge.document.scan.unknown"));
    }

    /** The number a decoded code carries, when it is one: a code that does not name a document in our format names none. */
    private static Optional<DocumentNumber> documentNumber(DocumentVerifier.Identity identity) {
        if (identity == null || identity.documentNumber() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DocumentNumber(identity.documentNumber()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The holder of a document, for a desk of another context that accepts a card it has just verified here (the
     * assistance desk finds the holder's household by it): the person, not the document's other data.
     */
    public Optional<PersonId> holder(UUID documentId) {
        return documents.find(documentId).map(d -> PersonId.of(d.personId()));
    }

    /** The registry portrait of a document's holder; audited when there is one. */
    public Optional<byte[]> portrait(UUID documentId) {
        Optional<IdentityDocument> document = documents.find(documentId);
        Optional<byte[]> portrait = document.flatMap(d -> registry.photoOfPerson(PersonId.of(d.personId())));
        portrait.ifPresent(jpeg -> audit.record(AuditAction.READ, "IdentityDocument", document.get().number(), "verification: registry portrait"));
        return portrait;
    }
}
