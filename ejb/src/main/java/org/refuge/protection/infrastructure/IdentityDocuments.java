package org.refuge.protection.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.protection.domain.IdentityDocument;
import org.refuge.protection.domain.IdentityDocument.Status;
import org.refuge.shared.DocumentNumber;
import org.refuge.shared.PersonId;

/** The identity documents, as aggregates: found by id, number or holder, added, numbered. */
@ApplicationScoped
public class IdentityDocuments {

    private static final List<Status> CURRENT = List.of(Status.PRODUCED, Status.HANDED_OVER);

    @PersistenceContext
    EntityManager em;

    /** A document as its lists show it, without its PDF. */
    public record Summary(UUID id, String number, UUID personId, Status status, LocalDate validUntil, Instant producedAt,
                          Instant handedOverAt, String handedTo, int prints, String qr) {
    }

    public Optional<IdentityDocument> find(UUID id) {
        return Optional.ofNullable(em.find(IdentityDocument.class, id));
    }

    public Optional<IdentityDocument> byNumber(DocumentNumber number) {
        return em.createQuery("select d from ProtectionIdentityDocument d where d.number = :n", IdentityDocument.class)
                .setParameter("n", number.value()).getResultStream().findFirst();
    }

    /** The holder's current document (produced or handed over), if any. */
    public Optional<IdentityDocument> currentOf(PersonId personId) {
        return em.createQuery("select d from ProtectionIdentityDocument d where d.personId = :p and d.status in :current",
                IdentityDocument.class).setParameter("p", personId.value()).setParameter("current", CURRENT).getResultStream().findFirst();
    }

    /** The holder's last document reported lost or stolen, which a new one replaces. */
    public Optional<IdentityDocument> lastMissingOf(PersonId personId) {
        return em.createQuery("select d from ProtectionIdentityDocument d where d.personId = :p and d.status in :missing "
                        + "order by d.endedAt desc", IdentityDocument.class).setParameter("p", personId.value())
                .setParameter("missing", List.of(Status.LOST, Status.STOLEN)).setMaxResults(1).getResultStream().findFirst();
    }

    /** The holder's latest document, current or ended. */
    public Optional<IdentityDocument> latestOf(PersonId personId) {
        return em.createQuery("select d from ProtectionIdentityDocument d where d.personId = :p order by d.producedAt desc",
                IdentityDocument.class).setParameter("p", personId.value()).setMaxResults(1).getResultStream().findFirst();
    }

    /** When the holder's first document was handed over, if ever. */
    public Optional<Instant> firstHandoverOf(PersonId personId) {
        return Optional.ofNullable(em.createQuery("select min(d.handedOverAt) from ProtectionIdentityDocument d where d.personId = :p",
                Instant.class).setParameter("p", personId.value()).getSingleResult());
    }

    /** The documents of a household, current and ended, in the order produced. */
    public List<Summary> ofHousehold(UUID householdId) {
        return em.createQuery("select d.id as id, d.number as number, d.personId as personId, d.status as status, "
                        + "d.validUntil as validUntil, d.producedAt as producedAt, d.handedOverAt as handedOverAt, d.handedTo as handedTo, "
                        + "size(d.prints) as prints, d.qr as qr from ProtectionIdentityDocument d where d.householdId = :h "
                        + "order by d.producedAt, d.number", Tuple.class)
                .setParameter("h", householdId).getResultStream()
                .map(r -> new Summary(r.get("id", UUID.class), r.get("number", String.class), r.get("personId", UUID.class),
                        r.get("status", Status.class), r.get("validUntil", LocalDate.class), r.get("producedAt", Instant.class),
                        r.get("handedOverAt", Instant.class), r.get("handedTo", String.class), ((Number) r.get("prints")).intValue(),
                        r.get("qr", String.class)))
                .toList();
    }

    /** Reads the document again, as another transaction may have changed it before the caller's turn. */
    public void refresh(IdentityDocument document) {
        em.refresh(document);
    }

    public void add(IdentityDocument document) {
        em.persist(document);
    }

    /** Writes what changed now: a replaced document ends before its replacement takes the holder's one current slot. */
    public void flush() {
        em.flush();
    }

    /** The next number of the document sequence. */
    public long nextNumber() {
        return ((Number) em.createNativeQuery("SELECT nextval('identity_document_number_seq')").getSingleResult()).longValue();
    }
}
