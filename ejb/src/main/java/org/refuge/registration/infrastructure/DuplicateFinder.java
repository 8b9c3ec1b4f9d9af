package org.refuge.registration.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.registration.domain.BirthPrecision;
import org.refuge.registration.domain.DuplicateMatch.Reason;
import org.refuge.registration.domain.PersonName;

/**
 * Possible duplicates of a person among all registered persons, whatever site registered them: a similar name
 * (trigram similarity of the folded Latin keys, or of the consonant skeletons for names typed in Arabic script) with
 * a birth date inside a window that widens with the date's imprecision, or the same document number. The name query is
 * blocked by birth date, so it reads a few rows of the trigram index, not the registry. Checks no roles: its
 * callers do.
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Similarity from which a name is shown as a possible match when the birth date is known. */
    static final double NAME_THRESHOLD = 0.45;
    /** A match by consonant skeleton alone needs this similarity. */
    static final double SKELETON_THRESHOLD = 0.6;
    /** Without a birth date (the registrar is still typing) only close names are shown. */
    static final double NAME_ONLY_THRESHOLD = 0.7;

    @PersistenceContext
    EntityManager em;

    /** What is typed so far; any part may be missing. */
    public record Draft(String givenName, String familyName, LocalDate birthDate, BirthPrecision precision,
                        Collection<String> documentNumbers, UUID excludeHousehold, UUID excludePerson) {
    }

    public record Hit(UUID personId, float nameSimilarity, Set<Reason> reasons) {
    }

    public List<Hit> find(Draft draft, int max) {
        Map<UUID, Hit> hits = new LinkedHashMap<>();
        for (UUID id : byDocument(draft)) {
            hits.put(id, new Hit(id, 0f, EnumSet.of(Reason.DOCUMENT)));
        }
        for (Tuple row : byName(draft, max)) {
            UUID id = row.get("id", UUID.class);
            float similarity = ((Number) row.get("s")).floatValue();
            boolean sameBirth = Boolean.TRUE.equals(row.get("same_birth"));
            Set<Reason> reasons = EnumSet.of(Reason.NAME);
            if (sameBirth) {
                reasons.add(Reason.BIRTH_DATE);
            }
            Hit earlier = hits.get(id);
            if (earlier != null) {
                reasons.addAll(earlier.reasons());
            }
            hits.put(id, new Hit(id, similarity, reasons));
        }
        return new ArrayList<>(hits.values()).subList(0, Math.min(hits.size(), max));
    }

    private List<UUID> byDocument(Draft draft) {
        List<String> keys = draft.documentNumbers() == null ? List.of() : draft.documentNumbers().stream()
                .map(org.refuge.registration.domain.IdentityDocument::numberKey).filter(k -> k.length() >= 4).distinct().toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT DISTINCT d.person_id FROM person_document d JOIN person p ON p.id = d.person_id "
                        + "WHERE d.number_key IN (:keys) AND p.status = 'REGISTERED' AND p.household_id <> :household "
                        + "AND p.id <> :person LIMIT 20", UUID.class)
                .setParameter("keys", keys).setParameter("household", orNone(draft.excludeHousehold()))
                .setParameter("person", orNone(draft.excludePerson())).getResultList();
        return ids;
    }

    /**
     * Similar names by their folded Latin key or by their consonant skeleton (what an Arabic-script spelling and its
     * Latin retyping share), best first; the same birth date counts as much as a fifth of similarity.
     */
    @SuppressWarnings("unchecked")
    private List<Tuple> byName(Draft draft, int max) {
        String key = PersonName.key(draft.givenName(), draft.familyName());
        String skeleton = PersonName.skeleton(key);
        if (key.replace(" ", "").length() < 3) {
            return List.of();
        }
        boolean withBirth = draft.birthDate() != null;
        double threshold = withBirth ? NAME_THRESHOLD : NAME_ONLY_THRESHOLD;
        em.createNativeQuery("SELECT set_config('pg_trgm.similarity_threshold', :t, true)")
                .setParameter("t", Double.toString(threshold)).getSingleResult();
        String similarity = "greatest(similarity(name_key, :key), similarity(name_skeleton, :skeleton))";
        // a skeleton has few letters: alone it must be closer to count (Arabic spellings and their Latin retyping)
        String names = skeleton.replace(" ", "").length() >= 3
                ? "(name_key % :key OR (name_skeleton % :skeleton AND similarity(name_skeleton, :skeleton) >= " + SKELETON_THRESHOLD + "))"
                : "name_key % :key";
        var query = em.createNativeQuery("SELECT id, " + similarity + " AS s, "
                        + (withBirth ? "birth_date = :birth" : "false") + " AS same_birth FROM person WHERE " + names
                        + (withBirth ? " AND birth_date BETWEEN :from AND :to" : "")
                        + " AND status = 'REGISTERED' AND household_id <> :household AND id <> :person"
                        + " ORDER BY " + similarity + (withBirth ? " + CASE WHEN birth_date = :birth THEN 0.2 ELSE 0 END" : "")
                        + " DESC, registered_at DESC LIMIT :max", Tuple.class)
                .setParameter("key", key).setParameter("skeleton", skeleton).setParameter("household", orNone(draft.excludeHousehold()))
                .setParameter("person", orNone(draft.excludePerson())).setParameter("max", max);
        if (withBirth) {
            int years = window(draft.precision());
            query.setParameter("birth", draft.birthDate()).setParameter("from", draft.birthDate().minusYears(years))
                    .setParameter("to", draft.birthDate().plusYears(years));
        }
        return query.getResultList();
    }

    /** Years either side of the typed birth date in which a similar name is a possible match. */
    static int window(BirthPrecision precision) {
        if (precision == null) {
            return 1;
        }
        return switch (precision) {
            case EXACT, MONTH -> 1;
            case YEAR -> 2;
            case ESTIMATED -> 5;
        };
    }

    private static UUID orNone(UUID id) {
        return id == null ? new UUID(0, 0) : id;
    }
}
