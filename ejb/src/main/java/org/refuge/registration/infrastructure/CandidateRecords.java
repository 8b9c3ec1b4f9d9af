package org.refuge.registration.infrastructure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
import org.refuge.registration.domain.PersonName;
import org.refuge.registration.domain.matching.MatchRecord;

/**
 * What the duplicate check compares of registered persons ({@link MatchRecord}), read for a few candidates at once: their
 * particulars, citizenships and documents in one query, the names of the relatives registered with them in another.
 * Checks no roles: the duplicate check's callers do.
 */
@ApplicationScoped
public class CandidateRecords {

    @PersistenceContext
    EntityManager em;

    /** The candidates' records by id, in no order; an id no longer registered is left out. */
    @SuppressWarnings("unchecked")
    public Map<UUID, MatchRecord> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createNativeQuery("SELECT p.id, p.household_id, p.given_name, p.family_name, p.sex, p.birth_date, "
                        + "p.birth_precision, p.birth_place, "
                        + "(SELECT string_agg(c.country_code, ' ') FROM person_citizenship c WHERE c.person_id = p.id) AS citizenships, "
                        + "(SELECT string_agg(d.type_code || ':' || coalesce(d.issuing_country, '') || ':' || d.number_key, ' ') "
                        + "FROM person_document d WHERE d.person_id = p.id) AS documents "
                        + "FROM person p WHERE p.id IN (:ids) AND p.status = 'REGISTERED'", Tuple.class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, UUID> households = new HashMap<>();
        for (Tuple row : rows) {
            households.put(row.get("id", UUID.class), row.get("household_id", UUID.class));
        }
        Map<UUID, Map<UUID, String>> relatives = relatives(new HashSet<>(households.values()));
        Map<UUID, MatchRecord> records = new LinkedHashMap<>();
        for (Tuple row : rows) {
            UUID id = row.get("id", UUID.class);
            records.put(id, record(row, relativesBut(relatives.get(households.get(id)), id)));
        }
        return records;
    }

    /** The name keys of a household's registered members but one (the person at the desk, or nobody). */
    public Set<String> relativeKeys(UUID household, UUID except) {
        if (household == null) {
            return Set.of();
        }
        return relativesBut(relatives(Set.of(household)).get(household), except);
    }

    private static Set<String> relativesBut(Map<UUID, String> members, UUID except) {
        if (members == null) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        members.forEach((id, key) -> {
            if (!id.equals(except) && key != null && !key.isBlank()) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** Household → member id → name key, registered members only. */
    @SuppressWarnings("unchecked")
    private Map<UUID, Map<UUID, String>> relatives(Set<UUID> households) {
        if (households.isEmpty()) {
            return Map.of();
        }
        List<Tuple> rows = em.createNativeQuery("SELECT household_id, id, name_key FROM person "
                        + "WHERE household_id IN (:households) AND status = 'REGISTERED'", Tuple.class)
                .setParameter("households", households).getResultList();
        Map<UUID, Map<UUID, String>> members = new HashMap<>();
        for (Tuple row : rows) {
            members.computeIfAbsent(row.get("household_id", UUID.class), h -> new HashMap<>())
                    .put(row.get("id", UUID.class), text(row, "name_key"));
        }
        return members;
    }

    private static MatchRecord record(Tuple row, Set<String> relativeKeys) {
        String given = text(row, "given_name");
        String family = text(row, "family_name");
        Object birth = row.get("birth_date");
        LocalDate birthDate = birth instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) birth;
        String precision = text(row, "birth_precision");
        String birthPlace = text(row, "birth_place");
        return new MatchRecord(key(given), key(family), PersonName.withoutVowels(given) || PersonName.withoutVowels(family),
                text(row, "sex"), birthDate, precision == null ? null : BirthPrecision.valueOf(precision),
                words(text(row, "citizenships")), key(birthPlace),
                words(text(row, "documents")).stream().map(CandidateRecords::document).collect(java.util.stream.Collectors.toSet()),
                relativeKeys);
    }

    /** A text column, whatever type the driver gives it (char(1) comes as a Character). */
    private static String text(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    private static MatchRecord.Document document(String typeCountryKey) {
        String[] parts = typeCountryKey.split(":", 3);
        return new MatchRecord.Document(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2]);
    }

    private static Set<String> words(String text) {
        return text == null || text.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(text.strip().split(" ")));
    }

    /**
     * Names recur (a registry of millions holds a few hundred thousand distinct ones), and transliteration is the
     * costliest step of comparing a candidate: keys are kept, up to {@value #KEPT_KEYS}, then forgotten all at once.
     */
    private static final int KEPT_KEYS = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String key = KEYS.get(name);
        if (key == null) {
            if (KEYS.size() >= KEPT_KEYS) {
                KEYS.clear();
            }
            key = PersonName.key(name);
            KEYS.put(name, key);
        }
        return key;
    }
}
