package org.refuge.registration.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.registration.domain.PersonName;

/**
 * Registration's published read API for family tracing: registered persons whose name is like a name typed in any
 * script (the duplicate check's keys, {@link PersonName}: Latin transliteration, folded spelling variants, pg_trgm
 * similarity) and, when a year is given, born within a range of years. Across every site, because a relative may have
 * crossed at another border point; it answers only what a tracing proposal shows. Checks no roles: its caller
 * (assistance's tracing service) does, and audits the search.
 */
@ApplicationScoped
public class RelativeSearch {

    /** How similar two name keys must be (pg_trgm similarity, 0..1) to be proposed. */
    public static final double THRESHOLD = 0.45;

    /** A registered person proposed as the relative sought. */
    public record Candidate(UUID personId, String registryNumber, String siteCode, String givenName, String familyName,
                            String givenNameLatin, String familyNameLatin, LocalDate birthDate, String sex, double similarity) {
    }

    private static final String COLUMNS = "SELECT p.id AS id, h.registry_number AS registry_number, h.site_code AS site_code, "
            + "p.given_name AS given_name, p.family_name AS family_name, p.given_name_latin AS given_name_latin, "
            + "p.family_name_latin AS family_name_latin, p.birth_date AS birth_date, p.sex AS sex, ";
    private static final String FROM = "FROM person p JOIN household h ON h.id = p.household_id ";

    @PersistenceContext
    EntityManager em;

    /**
     * At most {@code max} registered persons (not {@code excluded}) whose name key is like that of {@code name}, born
     * in {@code fromYear}..{@code toYear} when both are given; the most similar first.
     */
    public List<Candidate> similar(String name, Integer fromYear, Integer toYear, UUID excluded, int max) {
        String key = PersonName.key(name);
        if (key.length() < 2) {
            return List.of();
        }
        em.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', :t, true)")
                .setParameter("t", String.valueOf(THRESHOLD)).getSingleResult();
        boolean years = fromYear != null && toYear != null;
        var query = em.createNativeQuery(COLUMNS + "similarity(p.name_key, :key) AS similarity " + FROM
                        + "WHERE p.status = 'REGISTERED' AND h.status <> 'VOIDED' AND p.name_key % :key AND p.id <> :excluded"
                        + (years ? " AND p.birth_date >= :from AND p.birth_date < :to" : "")
                        + " ORDER BY similarity DESC, p.id LIMIT :max", Tuple.class)
                .setParameter("key", key).setParameter("excluded", excluded == null ? new UUID(0, 0) : excluded)
                .setParameter("max", max);
        if (years) {
            query.setParameter("from", LocalDate.of(fromYear, 1, 1)).setParameter("to", LocalDate.of(toYear + 1, 1, 1));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return candidates(rows);
    }

    /** The registered persons with these ids as a proposal shows them (similarity 0), in no particular order. */
    public List<Candidate> persons(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(COLUMNS + "0 AS similarity " + FROM + "WHERE p.id IN (:ids)", Tuple.class)
                .setParameter("ids", ids).getResultList();
        return candidates(rows);
    }

    private static List<Candidate> candidates(List<Tuple> rows) {
        return rows.stream().map(r -> new Candidate(r.get("id", UUID.class), r.get("registry_number", String.class),
                r.get("site_code", String.class), r.get("given_name", String.class), r.get("family_name", String.class),
                r.get("given_name_latin", String.class), r.get("family_name_latin", String.class),
                org.refuge.platform.persistence.SqlValues.date(r.get("birth_date")), String.valueOf(r.get("sex")), ((Number) r.get("similarity")).doubleValue())).toList();
    }
}
