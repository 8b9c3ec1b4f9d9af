package org.refuge.registration.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.jboss.logging.Logger;
import org.refuge.registration.domain.PersonName;
import org.refuge.registration.domain.matching.Comparison;
import org.refuge.registration.domain.matching.MatchModel;

/**
 * How many registered persons carry each given-name key and each family-name key ({@link PersonName#key}), kept in
 * {@code name_frequency} (V84) and in memory on every node: the duplicate check weighs a common name agreeing for fewer
 * bits than a rare one. Each minute a node that holds the lock counts again when it is due (the registry changed while
 * under {@value #SMALL} rows, its rows grew by {@value #GROWTH_PERCENT} %, or a day passed), and every node reads the table when it is
 * newer than what it holds. Persons registered since the last count are not in it: a name new since then counts as rare.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NameFrequencyTable {

    /** A registry this small is counted again whenever it changed (a count takes milliseconds). */
    static final long SMALL = 100_000;
    static final int GROWTH_PERCENT = 5;

    private static final Logger LOG = Logger.getLogger(NameFrequencyTable.class);

    private record Counts(Map<String, Integer> given, Map<String, Integer> family, long persons, Instant countedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DuplicateModel model;

    private volatile Counts counts = new Counts(Map.of(), Map.of(), 0, Instant.EPOCH);

    /**
     * The share of registered persons, but the one compared, whose given name (or family name) has this key, shrunk
     * towards the model's average ({@link MatchModel#nameShare}): a name no one else carries weighs the most, a common
     * one the least. 0 until the names were counted (the model's average chance then stands).
     */
    public double share(Comparison comparison, String key) {
        Counts now = counts;
        if (now.persons() == 0) {
            return 0;
        }
        Map<String, Integer> part = comparison == Comparison.GIVEN_NAME ? now.given() : now.family();
        Map<String, Integer> otherPart = comparison == Comparison.GIVEN_NAME ? now.family() : now.given();
        // a name compared crosswise (given and family name swapped at the desk) is counted where it was registered
        Integer persons = part.containsKey(key) ? part.get(key) : otherPart.get(key);
        return model.model().nameShare(comparison, persons == null ? 0 : persons - 1L, now.persons());
    }

    /** How many registered persons the last count found (0 before the first). */
    public long persons() {
        return counts.persons();
    }

    /** What the last count found, when the node starts: its first checks need not wait for the first tick. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        try {
            read();
        } catch (RuntimeException e) {
            LOG.warnf("The name frequencies were not read at start (%s); the first minute's tick reads them",
                    e.getClass().getSimpleName());
        }
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
        List<Tuple> last = em.createNativeQuery("SELECT persons, counted_at, table_rows FROM name_frequency_count", Tuple.class)
                .getResultList();
        if (last.isEmpty()) {
            return true;
        }
        Tuple count = last.get(0);
        long rows = tableRows();
        if (rows < SMALL) {
            return registered() != count.get("persons", Number.class).longValue();
        }
        Number countedRows = count.get("table_rows", Number.class);
        return countedRows == null || Math.abs(rows - countedRows.longValue()) * 100 >= countedRows.longValue() * GROWTH_PERCENT
                || instant(count.get("counted_at")).isBefore(Instant.now().minus(Duration.ofDays(1)));
    }

    /** The person table's rows as the planner estimates them (ANALYZE and autovacuum keep it; 0 when never analysed). */
    private long tableRows() {
        Number estimate = (Number) em.createNativeQuery("SELECT reltuples FROM pg_class WHERE oid = 'person'::regclass").getSingleResult();
        return Math.max(0, estimate.longValue());
    }

    private long registered() {
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
        List<Tuple> rows = em.createNativeQuery("SELECT GROUPING(given_name) AS family_set, given_name, family_name, count(*) AS persons "
                + "FROM person WHERE status = 'REGISTERED' GROUP BY GROUPING SETS ((given_name), (family_name))", Tuple.class).getResultList();
        for (Tuple row : rows) {
            boolean givenSet = row.get("family_set", Number.class).intValue() == 0;
            int n = row.get("persons", Number.class).intValue();
            String key = key((String) row.get(givenSet ? "given_name" : "family_name"));
            persons += givenSet ? n : 0;
            if (!key.isEmpty()) {
                (givenSet ? given : family).merge(key, n, Integer::sum);
            }
        }
        em.createNativeQuery("DELETE FROM name_frequency").executeUpdate();
        insert("G", given);
        insert("F", family);
        em.createNativeQuery("INSERT INTO name_frequency_count (id, persons, counted_at, table_rows) VALUES (true, :persons, now(), :rows) "
                        + "ON CONFLICT (id) DO UPDATE SET persons = excluded.persons, counted_at = excluded.counted_at, "
                        + "table_rows = excluded.table_rows")
                .setParameter("persons", persons).setParameter("rows", tableRows()).executeUpdate();
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
        List<Tuple> last = em.createNativeQuery("SELECT persons, counted_at FROM name_frequency_count", Tuple.class).getResultList();
        if (last.isEmpty()) {
            return;
        }
        Instant countedAt = instant(last.get(0).get("counted_at"));
        if (countedAt.equals(counts.countedAt())) {
            return;
        }
        Map<String, Integer> given = new HashMap<>();
        Map<String, Integer> family = new HashMap<>();
        List<Tuple> rows = em.createNativeQuery("SELECT part, name_key, persons FROM name_frequency", Tuple.class).getResultList();
        for (Tuple row : rows) {
            ("G".equals(String.valueOf(row.get("part"))) ? given : family).put((String) row.get("name_key"),
                    row.get("persons", Number.class).intValue());
        }
        counts = new Counts(Map.copyOf(given), Map.copyOf(family), last.get(0).get("persons", Number.class).longValue(), countedAt);
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
