package org.refuge.registration.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;

/**
 * Registration's published read API for accommodation: what camps need to place a household, and nothing more (size,
 * the registered members in the order beds are filled, the categories of its non-sensitive specific needs, whether
 * any need, sensitive ones included and without saying which, falls in the categories the caller asks about). Camps
 * read registration through this class and the views of V31, never its tables. Checks no roles or sites: its callers
 * (camps' services) do.
 */
@ApplicationScoped
public class HouseholdsForAccommodation {

    /** A household's facts for accommodation. */
    public record Household(UUID id, String registryNumber, String siteCode, String status, String headName,
                            String headNameLatin, Instant registeredAt, int children, int adults, int elderly,
                            int registeredPersons, @Classified(Sensitivity.SENSITIVE_NEEDS) List<String> needCategories,
                            @Classified(Sensitivity.SENSITIVE_NEEDS) boolean hasNeedInAskedCategories) {
        public boolean registered() {
            return "REGISTERED".equals(status);
        }
    }

    private static final String NEEDS = """
            (SELECT v.need_code FROM household_visible_need v WHERE v.household_id = h.id
             UNION SELECT pn.need_code FROM person_need pn JOIN person p ON p.id = pn.person_id
                   WHERE p.household_id = h.id AND p.status = 'REGISTERED')""";

    private static final String SQL = """
            SELECT h.id AS id, h.registry_number AS registry_number, h.site_code AS site_code, h.status AS status,
                   h.head_name AS head_name, h.head_name_latin AS head_name_latin, h.registered_at AS registered_at,
                   h.female_children + h.male_children AS children, h.female_adults + h.male_adults AS adults,
                   h.female_elderly + h.male_elderly AS elderly,
                   (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.status = 'REGISTERED') AS registered_persons,
                   (SELECT string_agg(DISTINCT n.category, ',' ORDER BY n.category) FROM specific_need n
                     WHERE NOT n.sensitive AND n.code IN %1$s) AS need_categories,
                   EXISTS (SELECT 1 FROM specific_need n WHERE n.category IN (:asked) AND n.code IN %1$s) AS has_asked_need
            FROM household h WHERE %2$s
            """;

    @PersistenceContext
    EntityManager em;

    /** The households with these registry numbers (normalised), those unknown left out. */
    public List<Household> byRegistryNumbers(Collection<String> numbers, Collection<String> askedCategories) {
        return numbers.isEmpty() ? List.of() : query("h.registry_number IN (:keys)", numbers, askedCategories);
    }

    /** The households with these ids, those unknown left out. */
    public List<Household> byIds(Collection<UUID> ids, Collection<String> askedCategories) {
        return ids.isEmpty() ? List.of() : query("h.id IN (:keys)", ids, askedCategories);
    }

    private List<Household> query(String where, Collection<?> keys, Collection<String> askedCategories) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SQL.formatted(NEEDS, where), Tuple.class).setParameter("keys", keys)
                .setParameter("asked", askedCategories.isEmpty() ? List.of("") : askedCategories).getResultList();
        return rows.stream().map(r -> {
            String categories = r.get("need_categories", String.class);
            return new Household(r.get("id", UUID.class), r.get("registry_number", String.class), r.get("site_code", String.class),
                    r.get("status", String.class), r.get("head_name", String.class), r.get("head_name_latin", String.class),
                    SqlValues.instant(r.get("registered_at")), number(r.get("children")), number(r.get("adults")),
                    number(r.get("elderly")), number(r.get("registered_persons")),
                    categories == null ? List.of() : Arrays.asList(categories.split(",")), Boolean.TRUE.equals(r.get("has_asked_need")));
        }).toList();
    }

    /** The registry number of the household with this id, if there is one. */
    public java.util.Optional<String> registryNumber(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("SELECT registry_number FROM household WHERE id = :h")
                .setParameter("h", householdId).getResultList();
        return numbers.stream().findFirst();
    }

    /** The registered members, head first, then spouse, then by age: the order beds are filled in. */
    public List<UUID> registeredMembers(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM person WHERE household_id = :h AND status = 'REGISTERED' "
                        + "ORDER BY CASE relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END, birth_date, id")
                .setParameter("h", householdId).getResultList();
        return ids;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
