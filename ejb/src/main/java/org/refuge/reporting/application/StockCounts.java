package org.refuge.reporting.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * The tables counted on a day, read from reporting's summary (V50): the UNHCR population table ({@link Kind#UNHCR}:
 * location and accommodation) and the persons benefiting from temporary protection ({@link Kind#TP}: citizenship),
 * each by sex and age group. A closed day reads the table kept when it closed; today and a day not closed yet sum the
 * changes recorded up to their end. A day before reporting kept its summary has no answer here: the caller counts it
 * from the providers' views. Rows: line, accommodation, sex, age_group, persons.
 */
final class StockCounts {

    /** Which table. */
    enum Kind { UNHCR, TP }

    private static final String SOURCE = """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM reporting_stock_closed WHERE day = :day) THEN 'CLOSED'
                        WHEN :day >= (SELECT reporting_day(since) FROM reporting_calendar) THEN 'CHANGES' END""";

    private static final String CLOSED = """
            SELECT line, accommodation, sex, age_group, persons FROM reporting_stock_day
            WHERE day = :day AND kind = :kind ORDER BY 1, 2, 3, 4""";

    private static final String CHANGES = """
            SELECT line, accommodation, sex, age_group, sum(persons) AS persons FROM reporting_stock_change
            WHERE kind = :kind AND recorded_on <= :day GROUP BY 1, 2, 3, 4 HAVING sum(persons) <> 0 ORDER BY 1, 2, 3, 4""";

    private StockCounts() {
    }

    /**
     * Lets this transaction's next statements run past the pool's statement timeout (30 s), up to five minutes: a day
     * before the summary is counted from the views, a scan of the registry (a minute at 5,000,000 persons), and a
     * published table is better late than refused.
     */
    static void countingFromTheViews(EntityManager em) {
        em.createNativeQuery("SELECT set_config('statement_timeout', '300s', true)").getSingleResult();
    }

    /** The rows of {@code kind}'s table at the end of {@code day} (not after today), or none before the summary. */
    @SuppressWarnings("unchecked")
    static Optional<List<Tuple>> at(EntityManager em, Kind kind, LocalDate day) {
        em.createNativeQuery("SELECT reporting_recheck()").getSingleResult(); // today's ages and protections
        Object source = em.createNativeQuery(SOURCE).setParameter("day", day).getSingleResult();
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(em.createNativeQuery("CLOSED".equals(source) ? CLOSED : CHANGES, Tuple.class)
                .setParameter("day", day).setParameter("kind", kind.name()).getResultList());
    }
}
