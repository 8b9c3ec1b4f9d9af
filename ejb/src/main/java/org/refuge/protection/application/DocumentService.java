package org.refuge.protection.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.platform.workflow.TaskNotAvailableException;
import org.refuge.platform.workflow.WorkTask;
import org.refuge.protection.document.CardData;
import org.refuge.protection.document.DocumentSigner;
import org.refuge.protection.document.DocumentVerifier;
import org.refuge.protection.document.IdCardPdf;
import org.refuge.protection.document.PhotoSheetPdf;
import org.refuge.protection.domain.ProtectionRefusedException;
import org.refuge.registration.application.UnknownHouseholdException;

/**
 * Identity documents of persons with temporary protection (police, Passport and Visa Department): produced from the
 * registry's data and photo (never retyped) as an ID-1 PDF card whose QR code carries a signed payload; printed
 * (a reprint with its reason), handed over (who, when, to whom), reported lost or stolen and replaced. The three-day
 * clock runs from the household's registration to the handover (its queue and deadline lists: {@link DocumentWorklists}).
 * Anyone at a checkpoint verifies a QR here; an offline verifier needs only the public key.
 */
@Stateless
public class DocumentService {

    /** Identity documents are issued within three days of registration. */
    public static final Duration DEADLINE = Duration.ofHours(72);
    public static final String AUTHORITY = "Police of the Republic of Armenia, Passport and Visa Department / "
            + "ՀՀ ոստիկանության անձնագրային և վիզաների վարչություն";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RefugeSettings settings;

    @Inject
    DocumentKeys keys;

    @Inject
    DocumentsWorkflow workflow;

    @Inject
    TaskInbox inbox;

    @Inject
    DocumentClock documentClock;

    private final Clock clock = Clock.systemUTC();

    /** A document as its lists show it, with the signed QR text it carries. */
    public record DocumentView(UUID id, String number, UUID personId, String name, String status, LocalDate validUntil,
                               Instant producedAt, Instant handedOverAt, String handedTo, int prints, String qr) {
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

    /**
     * Produces the documents of a household's members who have temporary protection and no current document; a
     * member whose last document was lost or stolen gets a replacement. Refused when a member has no photo.
     */
    @RolesAllowed(Roles.POLICE)
    public List<DocumentView> produce(@NotBlank String registryNumber) {
        Object[] household = household(registryNumber);
        UUID householdId = (UUID) household[0];
        documentClock.takeTurn(householdId);
        @SuppressWarnings("unchecked")
        List<Object[]> persons = em.createNativeQuery("""
                SELECT p.id, p.given_name, p.family_name, p.given_name_latin, p.family_name_latin, p.sex::text, p.birth_date,
                       p.birth_precision, p.stateless,
                       (SELECT min(c.country_code) FROM person_citizenship c WHERE c.person_id = p.id),
                       ph.jpeg, s.valid_from, s.valid_until,
                       coalesce((SELECT d.id FROM identity_document d WHERE d.person_id = p.id AND d.status IN ('PRODUCED', 'HANDED_OVER')),
                                (SELECT d.id FROM identity_document d WHERE d.person_id = p.id AND d.status IN ('LOST', 'STOLEN')
                                 ORDER BY d.ended_at DESC LIMIT 1))
                FROM person p JOIN protection_status s ON s.person_id = p.id LEFT JOIN photo ph ON ph.id = p.photo_id
                WHERE p.household_id = :h AND p.status = 'REGISTERED' AND s.status IN ('GRANTED', 'EXTENDED')
                  -- no current document, or one that ends before the protection (extended since): it is replaced
                  AND NOT EXISTS (SELECT 1 FROM identity_document d WHERE d.person_id = p.id AND d.status IN ('PRODUCED', 'HANDED_OVER')
                                  AND d.valid_until >= s.valid_until)
                ORDER BY CASE p.relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END, p.birth_date""")
                .setParameter("h", householdId).getResultList();
        if (persons.isEmpty()) {
            throw new ProtectionRefusedException("nothingToProduce");
        }
        List<String> withoutPhoto = persons.stream().filter(p -> p[10] == null).map(p -> p[1] + " " + p[2]).toList();
        if (!withoutPhoto.isEmpty()) {
            throw new ProtectionRefusedException("noPhoto", String.join(", ", withoutPhoto));
        }
        List<String> withoutCitizenship = persons.stream().filter(p -> !(Boolean) p[8] && p[9] == null).map(p -> p[1] + " " + p[2]).toList();
        if (!withoutCitizenship.isEmpty()) {
            // never print a citizenship the registry does not have
            throw new ProtectionRefusedException("noCitizenship", String.join(", ", withoutCitizenship));
        }
        // one signer for the household: its key is read and checked against the public key once
        DocumentSigner signer = keys.signer();
        IdCardPdf cards = new IdCardPdf(signer);
        Instant now = Instant.now(clock);
        List<UUID> produced = new ArrayList<>();
        for (Object[] p : persons) {
            Number sequence = (Number) em.createNativeQuery("SELECT nextval('identity_document_number_seq')").getSingleResult();
            String number = "TP-%d-%06d".formatted(now.atZone(settings.zone()).getYear(), sequence.longValue());
            boolean stateless = (Boolean) p[8];
            CardData card = new CardData(number, (String) household[1], (String) p[1], (String) p[2], (String) p[3], (String) p[4],
                    (String) p[5], SqlValues.date(p[6]), precision((String) p[7]),
                    stateless ? CardData.STATELESS : (String) p[9], SqlValues.date(p[11]), SqlValues.date(p[12]),
                    AUTHORITY, (byte[]) p[10]);
            String qr = signer.sign(card);
            UUID id = UUID.randomUUID();
            if (p[13] != null) {
                // one current document per person (unique index): the one this replaces ends first
                em.createNativeQuery("UPDATE identity_document SET status = 'REPLACED', ended_at = :at, end_reason = :r, version = version + 1 "
                                + "WHERE id = :old AND status IN ('PRODUCED', 'HANDED_OVER')")
                        .setParameter("at", now).setParameter("r", "replaced by " + number).setParameter("old", p[13]).executeUpdate();
            }
            em.createNativeQuery("""
                    INSERT INTO identity_document (id, number, person_id, household_id, site_code, status, valid_from, valid_until,
                                                   qr, pdf, produced_at, produced_by, replaces)
                    VALUES (:id, :n, :p, :h, :s, 'PRODUCED', :from, :until, :qr, :pdf, :at, :by, :replaces)""")
                    .setParameter("id", id).setParameter("n", number).setParameter("p", p[0]).setParameter("h", householdId)
                    .setParameter("s", household[2]).setParameter("from", card.validFrom()).setParameter("until", card.validUntil())
                    .setParameter("qr", qr).setParameter("pdf", cards.render(card)).setParameter("at", now)
                    .setParameter("by", currentUser.username()).setParameter("replaces", p[13]).executeUpdate();
            produced.add(id);
        }
        audit.record(AuditAction.CREATE, "IdentityDocument", (String) household[1], produced.size() + " identity documents produced");
        return documents(registryNumber).stream().filter(d -> produced.contains(d.id())).toList();
    }

    /** The documents of a household, current and ended. */
    @RolesAllowed({Roles.POLICE, Roles.SUPERVISOR, Roles.CASEWORKER})
    public List<DocumentView> documents(@NotBlank String registryNumber) {
        Object[] household = household(registryNumber);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, d.number, d.person_id, p.given_name || ' ' || p.family_name, d.status, d.valid_until, d.produced_at,
                       d.handed_over_at, d.handed_to, (SELECT count(*) FROM identity_document_print x WHERE x.document_id = d.id), d.qr
                FROM identity_document d JOIN person p ON p.id = d.person_id WHERE d.household_id = :h ORDER BY d.produced_at, d.number""")
                .setParameter("h", household[0]).getResultList();
        return rows.stream().map(r -> new DocumentView((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                SqlValues.date(r[5]), SqlValues.instant(r[6]), SqlValues.instant(r[7]), (String) r[8], ((Number) r[9]).intValue(), (String) r[10])).toList();
    }

    /** The card's PDF for printing; every print is recorded, and a reprint needs its reason. */
    @RolesAllowed(Roles.POLICE)
    public byte[] print(@NotNull UUID documentId, @Size(max = 300, message = "{refuge.document.reprintReason}") String reason) {
        Object[] document = document(documentId);
        int prints = ((Number) em.createNativeQuery("SELECT count(*) FROM identity_document_print WHERE document_id = :d")
                .setParameter("d", documentId).getSingleResult()).intValue();
        if (!"PRODUCED".equals(document[1]) && !"HANDED_OVER".equals(document[1])) {
            throw new ProtectionRefusedException("documentEnded");
        }
        if (prints > 0 && (reason == null || reason.isBlank())) {
            throw new ProtectionRefusedException("reprintReason");
        }
        em.createNativeQuery("INSERT INTO identity_document_print (document_id, printed_at, printed_by, reason) VALUES (:d, :at, :by, :r)")
                .setParameter("d", documentId).setParameter("at", Instant.now(clock)).setParameter("by", currentUser.username())
                .setParameter("r", reason == null || reason.isBlank() ? null : reason.strip()).executeUpdate();
        audit.record(AuditAction.PRINT, "IdentityDocument", (String) document[2], prints == 0 ? "printed" : "reprinted"); // the reason is on the print
        return (byte[]) em.createNativeQuery("SELECT pdf FROM identity_document WHERE id = :d").setParameter("d", documentId).getSingleResult();
    }

    /** The document is handed to its holder (or to whom, for a child). */
    @RolesAllowed(Roles.POLICE)
    public void handOver(@NotNull UUID documentId,
                         @NotBlank(message = "{refuge.document.handedTo}") @Size(max = 200, message = "{refuge.document.handedTo}") String handedTo) {
        Object[] document = document(documentId);
        // the household's handovers take turns: the last one of two at the same moment sees the other and ends the clock
        em.createNativeQuery("SELECT h.id FROM household h JOIN identity_document d ON d.household_id = h.id WHERE d.id = :d FOR UPDATE OF h")
                .setParameter("d", documentId).getResultList();
        if (((Number) em.createNativeQuery("SELECT count(*) FROM identity_document_print WHERE document_id = :d")
                .setParameter("d", documentId).getSingleResult()).intValue() == 0 && "PRODUCED".equals(document[1])) {
            // a card is handed over as printed: the print is what the holder gets
            throw new ProtectionRefusedException("notPrinted");
        }
        int updated = em.createNativeQuery("UPDATE identity_document SET status = 'HANDED_OVER', handed_over_at = :at, handed_over_by = :by, "
                        + "handed_to = :to, version = version + 1 WHERE id = :d AND status = 'PRODUCED'")
                .setParameter("at", Instant.now(clock)).setParameter("by", currentUser.username()).setParameter("to", handedTo.strip())
                .setParameter("d", documentId).executeUpdate();
        if (updated != 1) {
            throw new ProtectionRefusedException("documentEnded");
        }
        audit.record(AuditAction.UPDATE, "IdentityDocument", (String) document[2], "handed over"); // to whom is on the document
        String registryNumber = (String) em.createNativeQuery("SELECT h.registry_number FROM identity_document d "
                + "JOIN household h ON h.id = d.household_id WHERE d.id = :d").setParameter("d", documentId).getSingleResult();
        documentClock.nobodyWaitingAnyMore(registryNumber);
    }

    /** Lost or stolen: the document is no longer valid, and a replacement can be produced. */
    @RolesAllowed(Roles.POLICE)
    public void reportMissing(@NotNull UUID documentId, boolean stolen,
                              @NotBlank(message = "{refuge.document.missing}") @Size(max = 300, message = "{refuge.document.missing}") String circumstances) {
        Object[] document = document(documentId);
        int updated = em.createNativeQuery("UPDATE identity_document SET status = :s, ended_at = :at, end_reason = :r, version = version + 1 "
                        + "WHERE id = :d AND status IN ('PRODUCED', 'HANDED_OVER')")
                .setParameter("s", stolen ? "STOLEN" : "LOST").setParameter("at", Instant.now(clock)).setParameter("r", circumstances.strip())
                .setParameter("d", documentId).executeUpdate();
        if (updated != 1) {
            throw new ProtectionRefusedException("documentEnded");
        }
        audit.record(AuditAction.UPDATE, "IdentityDocument", (String) document[2], stolen ? "reported stolen" : "reported lost"); // circumstances on the document
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
    public List<MemberClock> clock(@NotBlank String registryNumber) {
        Object[] household = household(registryNumber);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.given_name || ' ' || p.family_name, s.status, h.registered_at, d.number, d.status,
                       (SELECT min(x.handed_over_at) FROM identity_document x WHERE x.person_id = p.id)
                FROM person p JOIN household h ON h.id = p.household_id
                LEFT JOIN protection_status s ON s.person_id = p.id
                LEFT JOIN identity_document d ON d.id = (SELECT x.id FROM identity_document x WHERE x.person_id = p.id
                                                         ORDER BY x.produced_at DESC LIMIT 1)
                WHERE p.household_id = :h AND p.status = 'REGISTERED'
                ORDER BY CASE p.relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END, p.birth_date""")
                .setParameter("h", household[0]).getResultList();
        return rows.stream().map(r -> {
            Instant deadline = SqlValues.instant(r[3]).plus(DEADLINE);
            Instant handedOver = SqlValues.instant(r[6]);
            return new MemberClock((UUID) r[0], (String) r[1], (String) r[2], deadline, (String) r[4], (String) r[5], handedOver,
                    handedOver == null ? null : !handedOver.isAfter(deadline));
        }).toList();
    }

    /**
     * The day's photo sheets of a site: A4 pages of 3 x 4 cm portraits of the persons photographed that day (in the
     * service's time zone), with their names and registry numbers. Every print is audited.
     */
    @RolesAllowed({Roles.REGISTRAR, Roles.SUPERVISOR})
    public byte[] photoSheets(@NotBlank String siteCode, @NotNull LocalDate day) {
        String site = siteCode.strip().toUpperCase(Locale.ROOT);
        currentUser.requireSite(site);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.given_name || ' ' || p.family_name, coalesce(p.given_name_latin || ' ' || p.family_name_latin, ''),
                       h.registry_number, ph.jpeg
                FROM photo ph JOIN person p ON p.photo_id = ph.id JOIN household h ON h.id = p.household_id
                WHERE h.site_code = :site AND ph.taken_at >= :from AND ph.taken_at < :to AND p.status = 'REGISTERED'
                ORDER BY h.registry_number, ph.taken_at""")
                .setParameter("site", site)
                .setParameter("from", day.atStartOfDay(settings.zone()).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(settings.zone()).toInstant()).getResultList();
        audit.record(AuditAction.PRINT, "PhotoSheet", site + " " + day, rows.size() + " photos");
        return new PhotoSheetPdf().render(site + " · " + day,
                rows.stream().map(r -> new PhotoSheetPdf.Photo((String) r[0], (String) r[1], (String) r[2], (byte[]) r[3])).toList());
    }

    /**
     * The registrar confirms that the day's photo sheets of their site are printed: completes that photoPrint task.
     * Returns the site and day it was for.
     */
    @RolesAllowed(Roles.REGISTRAR)
    public WorkTask photoSheetsPrinted(@NotBlank String taskId) {
        WorkTask task = formTask(taskId, "photoPrint", "protection/photo-print");
        audit.record(AuditAction.PRINT, "PhotoSheet", task.siteCode() + " " + task.businessKey(), "end-of-day photo sheets printed");
        inbox.complete(taskId);
        return task;
    }

    /** A supervisor has seen a household's escalation or breach (the documents themselves are still awaited). */
    @RolesAllowed(Roles.SUPERVISOR)
    public void deadlineSeen(@NotBlank String taskId) {
        WorkTask task = formTask(taskId, "identityDocuments", "protection/deadlines");
        audit.record(AuditAction.READ, "IdentityDocument", task.businessKey(), "three-day deadline escalation seen");
        inbox.complete(taskId);
    }

    /** An open task of this process and form, offered to the user's roles at the user's sites. */
    private WorkTask formTask(String taskId, String processKey, String formKey) {
        WorkTask task = inbox.task(taskId).filter(t -> processKey.equals(t.processKey()) && formKey.equals(t.formKey()))
                .filter(t -> t.candidateGroups().stream().anyMatch(currentUser.roles()::contains))
                .orElseThrow(() -> new TaskNotAvailableException(taskId));
        if (task.assignee() != null && !task.assignee().equals(currentUser.username())) {
            throw new TaskNotAvailableException(taskId);
        }
        if (task.siteCode() != null) {
            currentUser.requireSite(task.siteCode());
        }
        return task;
    }

    /** Checks a QR text: the signature and validity offline, then the document's state in the registry. */
    @RolesAllowed({Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR, Roles.CASEWORKER})
    public Verification verify(@NotBlank(message = "{refuge.document.qr}") @Size(max = 3000, message = "{refuge.document.qr}") String qr) {
        DocumentVerifier.Result result = keys.verifier().verify(qr.strip(), LocalDate.now(clock.withZone(settings.zone())));
        String documentStatus = null;
        UUID documentId = null;
        Boolean portraitMatches = null;
        if (result.identity() != null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.status, ph.jpeg FROM identity_document d JOIN person p ON p.id = d.person_id "
                    + "LEFT JOIN photo ph ON ph.id = p.photo_id WHERE d.number = :n")
                    .setParameter("n", result.identity().documentNumber()).getResultList();
            if (!rows.isEmpty()) {
                documentId = (UUID) rows.get(0)[0];
                documentStatus = (String) rows.get(0)[1];
                portraitMatches = result.identity().portraitMatches((byte[]) rows.get(0)[2]);
            }
        }
        String verdict = verdict(result.status(), documentStatus);
        audit.record(AuditAction.READ, "IdentityDocument", result.identity() == null ? "unknown" : result.identity().documentNumber(),
                "verification: " + verdict + (Boolean.FALSE.equals(portraitMatches) ? ", portrait changed since printing" : ""));
        return new Verification(verdict, result.status().name(), result.identity(), documentStatus, documentId, portraitMatches);
    }

    /**
     * The registry portrait of a document's holder, for the verifier to compare with the face on the card and the
     * person showing it. Not limited to the reader's sites, as the verification is not: a checkpoint anywhere checks
     * any card; the document id comes from a verification of a genuine code (or the site's document list). Audited.
     */
    @RolesAllowed({Roles.POLICE, Roles.REGISTRAR, Roles.SUPERVISOR, Roles.CASEWORKER})
    public java.util.Optional<byte[]> portrait(@NotNull UUID documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.number, ph.jpeg FROM identity_document d JOIN person p ON p.id = d.person_id "
                + "LEFT JOIN photo ph ON ph.id = p.photo_id WHERE d.id = :d").setParameter("d", documentId).getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            return java.util.Optional.empty();
        }
        audit.record(AuditAction.READ, "IdentityDocument", (String) rows.get(0)[0], "verification: registry portrait");
        return java.util.Optional.of((byte[]) rows.get(0)[1]);
    }

    /** id, registry number, site — within the reader's sites. */
    private Object[] household(String registryNumber) {
        String number = registryNumber.strip().toUpperCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, registry_number, site_code FROM household WHERE registry_number = :n "
                + "AND status <> 'VOIDED'").setParameter("n", number).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownHouseholdException(number);
        }
        currentUser.requireSite((String) rows.get(0)[2]);
        return rows.get(0);
    }

    /** site, status, number — within the reader's sites. */
    private Object[] document(UUID documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT site_code, status, number FROM identity_document WHERE id = :d")
                .setParameter("d", documentId).getResultList();
        if (rows.isEmpty()) {
            throw new ProtectionRefusedException("documentEnded");
        }
        currentUser.requireSite((String) rows.get(0)[0]);
        return rows.get(0);
    }

    private static CardData.BirthPrecision precision(String registered) {
        return switch (registered) {
            case "EXACT" -> CardData.BirthPrecision.EXACT;
            case "MONTH" -> CardData.BirthPrecision.MONTH;
            default -> CardData.BirthPrecision.YEAR;
        };
    }
}
