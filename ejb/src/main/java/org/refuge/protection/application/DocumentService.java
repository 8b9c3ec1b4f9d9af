package org.refuge.protection.application;

import static org.refuge.protection.domain.ProtectionRefusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.WorkTask;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.protection.document.PhotoSheetPdf;
import org.refuge.protection.domain.IdentityDocument;
import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.protection.infrastructure.IdentityDocuments;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.registration.application.RegistryFacts.MemberFacts;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Identity documents of persons with temporary protection (police, Passport and Visa Department): produced from the
 * registry's data and photo ({@link DocumentProduction}), printed (a reprint with its reason), handed over (who,
 * when, to whom), reported lost or stolen and replaced: the {@link IdentityDocument}'s life. The three-day clock runs
 * from the household's registration to the handover (its queue and deadline lists: {@link DocumentWorklists}). Anyone
 * at a checkpoint verifies a QR ({@link DocumentVerification}); an offline verifier needs only the public key.
 */
@Stateless
public class DocumentService {

    /** Identity documents are issued within three days of registration. */
    public static final Duration DEADLINE = Duration.ofHours(72);
    public static final String AUTHORITY = DocumentProduction.AUTHORITY;

    @Inject CurrentUser currentUser;
    @Inject AuditTrail audit;
    @Inject RefugeSettings settings;
    @Inject TaskInbox inbox;
    @Inject DocumentClock documentClock;
    @Inject IdentityDocuments documents;
    @Inject ProtectedHouseholds households;
    @Inject RegistryFacts registry;
    @Inject DocumentProduction production;
    @Inject DocumentVerification verification;

    private final Clock clock = Clock.systemUTC();

    /** A document as its lists show it, with the signed QR text it carries. */
    public record DocumentView(UUID id, String number, UUID personId, String name, String status, LocalDate validUntil,
                               Instant producedAt, Instant handedOverAt, String handedTo, int prints, String qr) implements java.io.Serializable {
    }

    /**
     * The verdict of a QR check. {@code status} is the one verdict: VALID only when the signature is genuine, today
     * is within the validity and the registry holds the document as handed over to its holder; otherwise what is
     * wrong, the signature first (MALFORMED, INVALID_SIGNATURE, UNKNOWN_KEY), then the registry's state
     * (UNKNOWN_DOCUMENT, REPORTED_STOLEN, REPORTED_LOST, REVOKED, REPLACED), then the dates (EXPIRED, NOT_YET_VALID),
     * then NOT_HANDED_OVER. {@code signature} is the offline check alone, {@code documentStatus} the registry's state.
     * {@code documentId} names the document whose registry portrait the verifier compares with the holder
     * ({@link #portrait}); {@code portraitMatches} says whether the portrait hash signed in the code is that of the
     * registry's photo of the holder (null when the code binds no portrait or the registry does not know it).
     */
    public record Verification(String status, String signature, DocumentVerifier.Identity identity, String documentStatus,
                               UUID documentId, Boolean portraitMatches) {
    }

    /** The one verdict of a signature check and a document's registry state: see {@link DocumentVerification}. */
    static String verdict(DocumentVerifier.Status signature, String documentStatus) {
        return DocumentVerification.verdict(signature, documentStatus);
    }

    /**
     * Produces the documents of a household's members who have temporary protection and no current document; a
     * member whose last document was lost or stolen gets a replacement. Refused when a member has no photo.
     */
    @RolesAllowed(Roles.POLICE)
    public List<DocumentView> produce(@NotNull RegistryNumber registryNumber) {
        HouseholdFacts household = households.require(registryNumber);
        documentClock.takeTurn(household.id());
        Set<UUID> produced = production.produce(household).stream().map(IdentityDocument::id).collect(Collectors.toSet());
        documents.flush();
        return documents(registryNumber).stream().filter(d -> produced.contains(d.id())).toList();
    }

    /** A card scanned at the handover desk: its document as the lists show it, and its holder's household. */
    public record Scanned(String registryNumber, DocumentView document) implements java.io.Serializable {
    }

    /**
     * The handover desk: the document whose card's QR was scanned (or its text pasted), within the reader's sites, with
     * its holder's name and household, so that the officer compares the registry photo ({@link #portrait}) with the
     * person and hands the card over ({@link #handOver}). The code must carry an identity card's genuine signature:
     * a changed or foreign code, or another kind of paper, is refused with what it is. Audited.
     */
    @RolesAllowed(Roles.POLICE)
    public Scanned scan(@NotBlank(message = "{refuge.document.qr}") @Size(max = 3000, message = "{refuge.document.qr}") String qr) {
        IdentityDocument document = verification.scanned(qr);
        currentUser.requireSite(new SiteCode(document.siteCode()));
        audit.record(AuditAction.READ, "IdentityDocument", document.number(), "handover desk: card scanned");
        RegistryNumber household = ProtectedHouseholds.numberOf(households.byId(document.householdId()));
        return new Scanned(household.value(), documents(household).stream().filter(d -> d.id().equals(document.id())).findFirst()
                .orElseThrow(() -> refused("documentEnded")));
    }

    /** The documents of a household, current and ended. */
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR, Roles.CASEWORKER})
    public List<DocumentView> documents(@NotNull RegistryNumber registryNumber) {
        HouseholdFacts household = households.require(registryNumber);
        List<IdentityDocuments.Summary> rows = documents.ofHousehold(household.id());
        Map<UUID, String> names = registry.names(rows.stream().map(IdentityDocuments.Summary::personId).collect(Collectors.toSet()));
        return rows.stream().map(d -> new DocumentView(d.id(), d.number(), d.personId(), names.get(d.personId()), d.status().name(),
                d.validUntil(), d.producedAt(), d.handedOverAt(), d.handedTo(), d.prints(), d.qr())).toList();
    }

    /** The card's PDF for printing; every print is recorded, and a reprint needs its reason. */
    @RolesAllowed(Roles.POLICE)
    public byte[] print(@NotNull UUID documentId, @Size(max = 300, message = "{refuge.document.reprintReason}") String reason) {
        IdentityDocument document = inTurn(document(documentId));
        boolean reprint = document.print(reason, Instant.now(clock), currentUser.username());
        audit.record(AuditAction.PRINT, "IdentityDocument", document.number(), reprint ? "reprinted" : "printed"); // the reason is on the print
        return document.pdf();
    }

    /** The document is handed to its holder (or to whom, for a child). */
    @RolesAllowed(Roles.POLICE)
    public void handOver(@NotNull UUID documentId,
                         @NotBlank(message = "{refuge.document.handedTo}") @Size(max = 200, message = "{refuge.document.handedTo}") String handedTo) {
        // the household's handovers take turns: the last one of two at the same moment sees the other and ends the clock
        IdentityDocument document = inTurn(document(documentId));
        document.handOver(handedTo, Instant.now(clock), currentUser.username());
        documents.flush();
        audit.record(AuditAction.UPDATE, "IdentityDocument", document.number(), "handed over"); // to whom is on the document
        documentClock.nobodyWaitingAnyMore(ProtectedHouseholds.numberOf(households.byId(document.householdId())));
    }

    /** Lost or stolen: the document is no longer valid, and a replacement can be produced. */
    @RolesAllowed(Roles.POLICE)
    public void reportMissing(@NotNull UUID documentId, boolean stolen,
                              @NotBlank(message = "{refuge.document.missing}") @Size(max = 300, message = "{refuge.document.missing}") String circumstances) {
        IdentityDocument document = inTurn(document(documentId));
        document.reportMissing(stolen, circumstances, Instant.now(clock));
        documents.flush();
        audit.record(AuditAction.UPDATE, "IdentityDocument", document.number(), stolen ? "reported stolen" : "reported lost"); // circumstances on the document
    }

    /**
     * A member's three-day clock on the household file: protection, the deadline from registration, the current
     * document, and when the member's first document was handed over; {@code onTime} is null while it is awaited.
     */
    public record MemberClock(UUID personId, String name, String protection, Instant deadline, String documentNumber,
                              String documentStatus, Instant handedOverAt, Boolean onTime) {
    }

    /** The three-day clock of every registered member of a household (within the reader's sites). */
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR, Roles.CASEWORKER, Roles.REGISTRAR})
    public List<MemberClock> clock(@NotNull RegistryNumber registryNumber) {
        HouseholdFacts household = households.require(registryNumber);
        Map<UUID, ProtectionStatus> protections = households.protections(household.id());
        Instant deadline = household.registeredAt().plus(DEADLINE);
        return registry.members(household.id()).stream().map((MemberFacts m) -> {
            PersonId person = PersonId.of(m.personId());
            Optional<IdentityDocument> latest = documents.latestOf(person);
            Instant handedOver = documents.firstHandoverOf(person).orElse(null);
            ProtectionStatus protection = protections.get(m.personId());
            return new MemberClock(m.personId(), m.name(), protection == null ? null : protection.status().name(), deadline,
                    latest.map(IdentityDocument::number).orElse(null), latest.map(d -> d.status().name()).orElse(null), handedOver,
                    handedOver == null ? null : !handedOver.isAfter(deadline));
        }).toList();
    }

    /**
     * The day's photo sheets of a site: A4 pages of 3 x 4 cm portraits of the persons photographed that day (in the
     * service's time zone), with their names and registry numbers. Every print is audited.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.SUPERVISOR})
    public byte[] photoSheets(@NotNull SiteCode siteCode, @NotNull LocalDate day) {
        String site = siteCode.value();
        currentUser.requireSite(siteCode);
        List<RegistryFacts.Photographed> photos = registry.photographed(siteCode, day.atStartOfDay(settings.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(settings.zone()).toInstant());
        audit.record(AuditAction.PRINT, "PhotoSheet", site + " " + day, photos.size() + " photos");
        return new PhotoSheetPdf().render(site + " · " + day,
                photos.stream().map(p -> new PhotoSheetPdf.Photo(p.name(), p.nameLatin(), p.registryNumber(), p.jpeg())).toList());
    }

    /**
     * The registrar confirms that the day's photo sheets of their site are printed: completes that photoPrint task.
     * Returns the site and day it was for.
     */
    @RolesAllowed(Roles.REGISTRAR)
    public WorkTask photoSheetsPrinted(@NotBlank String taskId) {
        WorkTask task = formTask(taskId, "protection/photo-print");
        audit.record(AuditAction.PRINT, "PhotoSheet", task.siteCode() + " " + task.businessKey(), "end-of-day photo sheets printed");
        inbox.complete(taskId);
        return task;
    }

    /** A supervisor has seen a household's escalation or breach (the documents themselves are still awaited). */
    @RolesAllowed(Roles.SUPERVISOR)
    public void deadlineSeen(@NotBlank String taskId) {
        WorkTask task = formTask(taskId, "protection/deadlines");
        audit.record(AuditAction.READ, "IdentityDocument", task.businessKey(), "three-day deadline escalation seen");
        inbox.complete(taskId);
    }

    /** An open task of this form (a form belongs to one process), offered to the user's roles at the user's sites. */
    private WorkTask formTask(String taskId, String formKey) {
        WorkTask task = inbox.task(taskId).filter(t -> formKey.equals(t.formKey()))
                .filter(t -> t.candidateGroups().stream().anyMatch(currentUser.roles()::contains))
                .orElseThrow(TaskInbox::notAvailable);
        if (task.assignee() != null && !task.assignee().equals(currentUser.username())) {
            throw TaskInbox.notAvailable();
        }
        if (task.siteCode() != null) {
            currentUser.requireSite(new SiteCode(task.siteCode()));
        }
        return task;
    }

    /** Checks a QR text: the signature and validity offline, then the document's state in the registry. */
    @RolesAllowed({Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR, Roles.CASEWORKER})
    public Verification verify(@NotBlank(message = "{refuge.document.qr}") @Size(max = 3000, message = "{refuge.document.qr}") String qr) {
        return verification.verify(qr);
    }

    /**
     * The registry portrait of a document's holder, for the verifier to compare with the face on the card and the
     * person showing it. Not limited to the reader's sites, as the verification is not: a checkpoint anywhere checks
     * any card; the document id comes from a verification of a genuine code (or the site's document list). Audited.
     */
    @RolesAllowed({Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR, Roles.CASEWORKER})
    public Optional<byte[]> portrait(@NotNull UUID documentId) {
        return verification.portrait(documentId);
    }

    /** The document as it is in its household's turn, so that two steps on one document never cross. */
    private IdentityDocument inTurn(IdentityDocument document) {
        documentClock.takeTurn(document.householdId());
        documents.refresh(document);
        return document;
    }

    /** The document, within the reader's sites. */
    private IdentityDocument document(UUID documentId) {
        IdentityDocument document = documents.find(documentId).orElseThrow(() -> refused("documentEnded"));
        currentUser.requireSite(new SiteCode(document.siteCode()));
        return document;
    }
}
