package org.refuge.registration.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.logging.Logger;
import org.refuge.registration.domain.PersonName;
import org.refuge.registration.domain.matching.Comparison;

/**
 * How many registered persons carry each given-name key and each family-name key ({@link PersonName#key}), kept in
 * {@code name_frequency} (V84) and in memory on every node: the duplicate check weighs a common name agreeing for fewer
 * bits than a rare one. Each minute a node that holds the lock counts again when it is due (the registry changed while
 * under {@value #SMALL} persons, grew by {@value #GROWTH_PERCENT} %, or a day passed), and every node reads the table when it is
 * newer than what it holds. Persons registered since the last count are not in it: a name new since then counts as rare.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NameFrequencyTable {

    /** A registry this small is counted again whenever it changed (a count takes milliseconds). */
    static final long SMALL = 100_000;
    static final int GROWTH_PERCENT = 5;
    /** How many other persons must carry a name for its frequency to stand for its chance of agreeing by chance. */
    static final int COMMON = 3;

    private static final Logger LOG = Logger.getLogger(NameFrequencyTable.class);

    private record Counts(Map<String, Integer> given, Map<String, Integer> family, long persons, Instant countedAt) {
    }

    @PersistenceContext
    EntityManager em;

    private volatile Counts counts = new Counts(Map.of(), Map.of(), 0, Instant.EPOCH);

    /**
     * The share of registered persons, but one, whose given name (or family name) has this key: 0 when fewer than
     * {@value #COMMON} others carry it, or the names were not counted yet (the model's average chance then stands).
     */
    public double share(Comparison comparison, String key) {
        Counts now = counts;
        Integer persons = (comparison == Comparison.GIVEN_NAME ? now.given() : now.family()).get(key);
        if (persons == null || now.persons() == 0 || persons - 1 < COMMON) {
            return 0;
        }
        return (persons - 1) / (double) now.persons();
    }

    /** How many registered persons the last count found (0 before the first). */
    public long persons() {
        return counts.persons();
    }

    @Schedule(second = "41", minute = "*", hour = "*", persistent = false)
    void keepCurrent() {
        try {
            if (due() && locked()) {
                count();
            }
            read();
        } catch (RuntimeException e) {
            LOG.warnf("The name frequencies were not brought up to date this minute (%s); the next minute tries again",
                    e.getClass().getSimpleName());
            throw e;
        }
    }

    private boolean due() {
        List<?> last = em.createNativeQuery("SELECT persons, counted_at FROM name_frequency_count").getResultList();
        if (last.isEmpty()) {
            return true;
        }
        Object[] row = (Object[]) last.get(0);
        long counted = ((Number) row[0]).longValue();
        Instant countedAt = instant(row[1]);
        long persons = registered();
        return persons < SMALL ? persons != counted
                : Math.abs(persons - counted) * 100 >= counted * GROWTH_PERCENT
                        || countedAt.isBefore(Instant.now().minus(Duration.ofDays(1)));
    }

    /** Registered persons: counted in a small registry, else the planner's estimate (kept by ANALYZE and autovacuum). */
    private long registered() {
        Number estimate = (Number) em.createNativeQuery("SELECT reltuples FROM pg_class WHERE oid = 'person'::regclass").getSingleResult();
        if (estimate.doubleValue() >= SMALL) {
            return estimate.longValue();
        }
        return ((Number) em.createNativeQuery("SELECT count(*) FROM person WHERE status = 'REGISTERED'").getSingleResult()).longValue();
    }

    /** One node counts at a time; the others read what it wrote. */
    private boolean locked() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('name_frequency'))").getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private void count() {
        long started = System.nanoTime();
        Map<String, Integer> given = new HashMap<>();
        Map<String, Integer> family = new HashMap<>();
        long persons = 0;
        List<Object[]> rows = em.createNativeQuery("SELECT GROUPING(given_name), given_name, family_name, count(*) FROM person "
                + "WHERE status = 'REGISTERED' GROUP BY GROUPING SETS ((given_name), (family_name))").getResultList();
        for (Object[] row : rows) {
            boolean givenSet = ((Number) row[0]).intValue() == 0;
            int n = ((Number) row[3]).intValue();
            String key = key((String) (givenSet ? row[1] : row[2]));
            persons += givenSet ? n : 0;
            if (!key.isEmpty()) {
                (givenSet ? given : family).merge(key, n, Integer::sum);
            }
        }
        em.createNativeQuery("DELETE FROM name_frequency").executeUpdate();
        insert("G", given);
        insert("F", family);
        em.createNativeQuery("INSERT INTO name_frequency_count (id, persons, counted_at) VALUES (true, :persons, now()) "
                + "ON CONFLICT (id) DO UPDATE SET persons = excluded.persons, counted_at = excluded.counted_at")
                .setParameter("persons", persons).executeUpdate();
        LOG.infof("Name frequencies counted: %d persons, %d given and %d family name keys in %d ms", persons, given.size(),
                family.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** All keys of one part in one statement: names keys are letters and spaces, so tab and newline part them. */
    private void insert(String part, Map<String, Integer> persons) {
        if (persons.isEmpty()) {
            return;
        }
        String rows = persons.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
        em.createNativeQuery("INSERT INTO name_frequency (part, name_key, persons) SELECT :part, split_part(r, E'\\t', 1), "
                        + "split_part(r, E'\\t', 2)::integer FROM unnest(string_to_array(:rows, E'\\n')) r")
                .setParameter("part", part).setParameter("rows", rows).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private void read() {
        List<?> last = em.createNativeQuery("SELECT persons, counted_at FROM name_frequency_count").getResultList();
        if (last.isEmpty()) {
            return;
        }
        Object[] row = (Object[]) last.get(0);
        Instant countedAt = instant(row[1]);
        if (countedAt.equals(counts.countedAt())) {
            return;
        }
        Map<String, Integer> given = new HashMap<>();
        Map<String, Integer> family = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT part, name_key, persons FROM name_frequency").getResultList();
        for (Object[] r : rows) {
            ("G".equals(String.valueOf(r[0])) ? given : family).put((String) r[1], ((Number) r[2]).intValue());
        }
        counts = new Counts(Map.copyOf(given), Map.copyOf(family), ((Number) row[0]).longValue(), countedAt);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }

    private static String key(String name) {
        return name == null || name.isBlank() ? "" : PersonName.key(name);
    }
}
