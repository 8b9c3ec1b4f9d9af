package org.refuge.assistance.children;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.shared.PersonId;

/**
 * The family-tracing tables (V59) and registration's published view {@code registry_member} for the person a request
 * is about. Checks no roles or sites: its caller does (a scope condition is passed in).
 */
@ApplicationScoped
public class TracingRecords {

    /** A request as stored; its matches are read apart. */
    public record Request(UUID id, UUID personId, UUID householdId, String registryNumber, String siteCode, String soughtName,
                          Integer birthYear, int yearTolerance, Relation relation, String status, Instant openedAt, String openedBy) {
    }

    /** A match as stored. */
    public record StoredMatch(UUID personId, double similarity, String status, Instant decidedAt, String decidedBy) {
    }

    /** The registered person a request may be about. */
    public record Member(UUID personId, UUID householdId, String registryNumber, String siteCode) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Member> member(PersonId person) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT person_id, household_id, registry_number, site_code FROM registry_member "
                + "WHERE person_id = :p AND person_status = 'REGISTERED'", Tuple.class).setParameter("p", person.value()).getResultList();
        return rows.stream().findFirst().map(r -> new Member(r.get("person_id", UUID.class), r.get("household_id", UUID.class),
                r.get("registry_number", String.class), r.get("site_code", String.class)));
    }

    public UUID open(Member member, TracingForm form, int tolerance, Instant at, String by) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO assistance_tracing_request (id, person_id, household_id, registry_number, site_code, "
                        + "sought_name, birth_year, year_tolerance, relation, opened_at, opened_by) "
                        + "VALUES (:id, :p, :h, :n, :s, :name, :y, :t, :r, :at, :by)")
                .setParameter("id", id).setParameter("p", member.personId()).setParameter("h", member.householdId())
                .setParameter("n", member.registryNumber()).setParameter("s", member.siteCode())
                .setParameter("name", form.getSoughtName().strip()).setParameter("y", new TypedParameterValue<>(StandardBasicTypes.INTEGER, form.getBirthYear())).setParameter("t", tolerance)
                .setParameter("r", form.getRelation().name()).setParameter("at", at).setParameter("by", by).executeUpdate();
        return id;
    }

    /** The request, locked for a decision when {@code lock}. */
    public Optional<Request> request(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT * FROM assistance_tracing_request WHERE id = :id" + (lock ? " FOR UPDATE" : ""),
                Tuple.class).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(TracingRecords::request);
    }

    /**
     * One page of the requests in a scope (an SQL condition on alias {@code t}, whose {@code id} and {@code site_code}
     * are the household's), open ones first, newest first.
     */
    public Page<Request> requests(String scope, Map<String, Object> parameters, String status, PageRequest request) {
        String from = " FROM (SELECT r.id AS request_id, r.household_id AS id, r.site_code, r.status, r.opened_at "
                + "FROM assistance_tracing_request r) t WHERE true" + (status == null ? "" : " AND t.status = :status") + scope;
        var count = em.createNativeQuery("SELECT count(*)" + from);
        var page = em.createNativeQuery("SELECT t.request_id" + from + " ORDER BY t.status <> 'OPEN', t.opened_at DESC, t.request_id "
                + "OFFSET :first LIMIT :size", UUID.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        if (status != null) {
            count.setParameter("status", status);
            page.setParameter("status", status);
        }
        long total = SqlValues.count(count.getSingleResult());
        @SuppressWarnings("unchecked")
        List<UUID> ids = page.setParameter("first", request.first()).setParameter("size", request.size()).getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), total, request);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT * FROM assistance_tracing_request WHERE id IN (:ids)", Tuple.class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, Request> byId = new java.util.HashMap<>();
        rows.stream().map(TracingRecords::request).forEach(r -> byId.put(r.id(), r));
        return Page.of(ids.stream().map(byId::get).toList(), total, request);
    }

    /** Adds proposals not proposed before (a person confirmed or rejected stays so). */
    public void propose(UUID requestId, PersonId person, double similarity, Instant at) {
        em.createNativeQuery("INSERT INTO assistance_tracing_match (request_id, person_id, similarity, proposed_at) "
                        + "VALUES (:r, :p, :s, :at) ON CONFLICT (request_id, person_id) DO NOTHING")
                .setParameter("r", requestId).setParameter("p", person.value()).setParameter("s", (float) similarity)
                .setParameter("at", at).executeUpdate();
    }

    public List<StoredMatch> matches(UUID requestId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT * FROM assistance_tracing_match WHERE request_id = :r "
                + "ORDER BY status = 'REJECTED', similarity DESC, person_id", Tuple.class).setParameter("r", requestId).getResultList();
        return rows.stream().map(r -> new StoredMatch(r.get("person_id", UUID.class), ((Number) r.get("similarity")).doubleValue(),
                r.get("status", String.class), SqlValues.instant(r.get("decided_at")), r.get("decided_by", String.class))).toList();
    }

    /** Decides a proposed match; whether it was proposed. */
    public boolean decide(UUID requestId, PersonId person, String status, Instant at, String by) {
        return em.createNativeQuery("UPDATE assistance_tracing_match SET status = :st, decided_at = :at, decided_by = :by "
                        + "WHERE request_id = :r AND person_id = :p AND status = 'PROPOSED'")
                .setParameter("st", status).setParameter("at", at).setParameter("by", by).setParameter("r", requestId)
                .setParameter("p", person.value()).executeUpdate() == 1;
    }

    public void status(UUID requestId, String status) {
        em.createNativeQuery("UPDATE assistance_tracing_request SET status = :s, version = version + 1 WHERE id = :id")
                .setParameter("s", status).setParameter("id", requestId).executeUpdate();
    }

    private static Request request(Tuple r) {
        Number year = (Number) r.get("birth_year");
        return new Request(r.get("id", UUID.class), r.get("person_id", UUID.class), r.get("household_id", UUID.class),
                r.get("registry_number", String.class), r.get("site_code", String.class), r.get("sought_name", String.class),
                year == null ? null : year.intValue(), ((Number) r.get("year_tolerance")).intValue(),
                Relation.valueOf(r.get("relation", String.class)), r.get("status", String.class), SqlValues.instant(r.get("opened_at")),
                r.get("opened_by", String.class));
    }
}
