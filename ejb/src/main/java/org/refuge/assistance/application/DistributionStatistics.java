package org.refuge.assistance.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.persistence.SqlValues;

/**
 * Assistance's published read API of what was handed out (issue 14, item 10), for the reporting context: the persons
 * reached by each item, by sex and age on the day of the collection, and the lines and quantities per item, of the
 * collections not voided in a period, at every site or at some. A line for a person reaches that person; a line for a
 * household reaches each of its registered members. Counts only: no one is named. Reads in the caller's transaction;
 * its caller states the roles and the sites (reporting's {@code DistributionReport}).
 */
@ApplicationScoped
public class DistributionStatistics {

    @PersistenceContext
    EntityManager em;

    /** Persons reached by an item: sex F, M or X (null when not recorded), age in whole years on the day (null when unknown). */
    public record Reached(String itemCode, String sex, Integer age, long persons) {
    }

    /** What was handed out of an item (named in en, hy, ru): lines, households and the quantity in the item's unit. */
    public record HandedOut(String itemCode, String nameEn, String nameHy, String nameRu, String unit, long lines, long households,
                            BigDecimal quantity) {

        /** The item's name in a UI language (en, hy, ru), English for any other. */
        public String name(String language) {
            return switch (language) {
                case "hy" -> nameHy;
                case "ru" -> nameRu;
                default -> nameEn;
            };
        }
    }

    /** The collections of the period at the given sites (every site when {@code allSites}), not voided. */
    private static final String LINES = """
            SELECT c.id, c.item_code, c.household_id, c.person_id, c.quantity, c.collected_at
            FROM assistance_collection c
            WHERE c.voided_at IS NULL AND c.collected_at >= :from AND c.collected_at < :until
              AND (:allSites OR c.site_code IN (:sites))""";

    /** The persons each item reached in the period, by sex and age; a person reached twice by one item counts once. */
    public List<Reached> reached(Instant from, Instant until, boolean allSites, List<String> sites) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = parameters(em.createNativeQuery("WITH lines AS (" + LINES + """
                ), beneficiaries AS (
                    SELECT l.item_code, l.collected_at, p.person_id, p.sex, p.birth_date
                    FROM lines l JOIN registration_report_person p ON p.person_id = l.person_id
                    UNION ALL
                    SELECT l.item_code, l.collected_at, p.person_id, p.sex, p.birth_date
                    FROM lines l JOIN registration_report_person p ON p.household_id = l.household_id
                    WHERE l.person_id IS NULL
                ), reached AS (
                    SELECT DISTINCT ON (b.item_code, b.person_id) b.item_code, b.person_id, b.sex,
                           date_part('year', age(b.collected_at::date, b.birth_date))::integer AS age
                    FROM beneficiaries b
                    ORDER BY b.item_code, b.person_id, b.collected_at)
                SELECT item_code, sex::text AS sex, age, count(*) AS persons FROM reached GROUP BY item_code, sex, age
                ORDER BY item_code, sex, age""", Tuple.class), from, until, allSites, sites).getResultList();
        return rows.stream().map(r -> new Reached(r.get("item_code", String.class), r.get("sex", String.class),
                r.get("age") == null ? null : ((Number) r.get("age")).intValue(), SqlValues.count(r.get("persons")))).toList();
    }

    /** The lines, households and quantities of each item handed out in the period. */
    public List<HandedOut> handedOut(Instant from, Instant until, boolean allSites, List<String> sites) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = parameters(em.createNativeQuery("WITH lines AS (" + LINES + """
                )
                SELECT l.item_code, i.name_en, i.name_hy, i.name_ru, i.unit, count(*) AS lines, count(DISTINCT l.household_id) AS households,
                       sum(l.quantity) AS quantity
                FROM lines l JOIN assistance_item i ON i.code = l.item_code
                GROUP BY l.item_code, i.name_en, i.name_hy, i.name_ru, i.unit ORDER BY l.item_code""", Tuple.class), from, until, allSites, sites)
                .getResultList();
        return rows.stream().map(r -> new HandedOut(r.get("item_code", String.class), r.get("name_en", String.class),
                r.get("name_hy", String.class), r.get("name_ru", String.class), r.get("unit", String.class),
                SqlValues.count(r.get("lines")), SqlValues.count(r.get("households")), (BigDecimal) r.get("quantity"))).toList();
    }

    private static jakarta.persistence.Query parameters(jakarta.persistence.Query query, Instant from, Instant until, boolean allSites,
                                                        List<String> sites) {
        return query.setParameter("from", from).setParameter("until", until).setParameter("allSites", allSites)
                .setParameter("sites", sites.isEmpty() ? List.of("") : sites);
    }
}
