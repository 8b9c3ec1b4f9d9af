package org.refuge.camps.infrastructure;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.persistence.SqlValues;

/**
 * What accommodation needs to know of registered households, and nothing more: size, the registered members, whether
 * medical screening asked for isolation (the outcome, never the detail), the categories of non-sensitive specific
 * needs, and whether any need (sensitive ones included, without saying which) gives priority. Checks no roles or
 * sites: its callers do.
 */
@ApplicationScoped
public class HouseholdsToPlace {

    /** Needs that put a household first: disability, serious medical condition, older persons at risk, women at risk,
     * children at risk and unaccompanied or separated children. */
    static final List<String> PRIORITY_CATEGORIES = List.of("DS", "SM", "ER", "WR", "CR", "SC");

    public record HouseholdToPlace(UUID id, String registryNumber, String siteCode, String status, String headName,
                                   String headNameLatin, Instant registeredAt, int children, int adults, int elderly,
                                   int registeredPersons, boolean isolation, List<String> needCategories,
                                   boolean priority) {
        public int composition() {
            return children + adults + elderly;
        }

        /** Persons with a disability and older persons go to accessible tents when there are any. */
        public boolean needsAccessible() {
            return elderly > 0 || needCategories.contains("DS") || needCategories.contains("ER");
        }
    }

    private static final String NEEDS = """
            (SELECT v.need_code FROM household_visible_need v WHERE v.household_id = h.id
             UNION SELECT pn.need_code FROM person_need pn JOIN person p ON p.id = pn.person_id
                   WHERE p.household_id = h.id AND p.status = 'REGISTERED')""";

    private static final String SQL = """
            SELECT h.id, h.registry_number, h.site_code, h.status, h.head_name, h.head_name_latin, h.registered_at,
                   h.female_children + h.male_children, h.female_adults + h.male_adults, h.female_elderly + h.male_elderly,
                   (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.status = 'REGISTERED'),
                   EXISTS (SELECT 1 FROM medical_screening m WHERE m.household_id = h.id AND m.outcome = 'ISOLATION'),
                   (SELECT string_agg(DISTINCT n.category, ',' ORDER BY n.category) FROM specific_need n
                     WHERE NOT n.sensitive AND n.code IN %1$s),
                   EXISTS (SELECT 1 FROM specific_need n WHERE n.category IN (:priority) AND n.code IN %1$s)
            FROM household h WHERE %2$s
            """;

    @PersistenceContext
    EntityManager em;

    public List<HouseholdToPlace> byRegistryNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return query("h.registry_number IN (:keys)", numbers);
    }

    public List<HouseholdToPlace> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query("h.id IN (:keys)", ids);
    }

    private List<HouseholdToPlace> query(String where, Collection<?> keys) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL.formatted(NEEDS, where))
                .setParameter("keys", keys).setParameter("priority", PRIORITY_CATEGORIES).getResultList();
        return rows.stream().map(r -> new HouseholdToPlace((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], SqlValues.instant(r[6]), number(r[7]), number(r[8]),
                number(r[9]), number(r[10]), (Boolean) r[11],
                r[12] == null ? List.of() : Arrays.asList(((String) r[12]).split(",")), (Boolean) r[13])).toList();
    }

    /**
     * Registry numbers of households that may wait for accommodation (not voided, no bed, no private address) whose
     * head's name, in any script, contains {@code part}: at most {@code max}, by registry number.
     */
    public List<String> mayWaitByName(String part, int max) {
        String pattern = "%" + part.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("SELECT h.registry_number FROM household h WHERE h.status <> 'VOIDED' "
                        + "AND (lower(h.head_name) LIKE :p ESCAPE '\\' OR lower(h.head_name_latin) LIKE :p ESCAPE '\\') "
                        + "AND NOT EXISTS (SELECT 1 FROM camp_stay s WHERE s.household_id = h.id) "
                        + "AND NOT EXISTS (SELECT 1 FROM private_accommodation a WHERE a.household_id = h.id) ORDER BY h.registry_number")
                .setParameter("p", pattern).setMaxResults(max).getResultList();
        return numbers;
    }

    /** The registered members, head first, then spouse, then by age: the order beds are filled in. */
    public List<UUID> members(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM person WHERE household_id = :h AND status = 'REGISTERED' "
                        + "ORDER BY CASE relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END, birth_date, id")
                .setParameter("h", householdId).getResultList();
        return ids;
    }

    /** Locks the household row for one accommodation decision at a time. */
    public void lock(UUID householdId) {
        em.createNativeQuery("SELECT id FROM household WHERE id = :h FOR UPDATE").setParameter("h", householdId).getResultList();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
