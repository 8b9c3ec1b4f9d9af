package org.refuge.assistance.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.refuge.assistance.domain.EntitlementTerms;
import org.refuge.assistance.domain.Per;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;

/**
 * Who is due what under a round's rules, computed from the registry as it is now: registration's published views
 * ({@code registration_report_household}, {@code registry_member}, {@code registration_report_need}) and camps'
 * ({@code camps_report_household}), never their tables. One sub-query per rule of the round: for a rule per household,
 * the households eligible; per person, their registered persons who are. Eligibility is the rule's stage (checked in at
 * a camp, at a private address, or any household not voided), its specific-need category (a registered member with a
 * need of it; per household also a need seen on the household, {@code registration_need}) and its UNHCR age group (age
 * in whole years on the round's day; per household: a member of that age). A rule per person without age group or need
 * gives a household whose members are not registered yet one household line for its declared size.
 * A round's list holds the households that are at its site: in its camp when placed in one, else registered at it.
 * Each line carries the period's collection, if any (not voided). Runs in the caller's transaction.
 */
@ApplicationScoped
public class DistributionLists {

    /** The households and where they are, the start of every rule's sub-query. */
    private static final String FROM = " FROM registration_report_household h"
            + " LEFT JOIN camps_report_household c ON c.household_id = h.household_id";

    @PersistenceContext
    EntityManager em;

    /**
     * One rule of a round as the query needs it: the rule, the period's first day, the version's terms, and whether a
     * household none of whose members is registered yet is given one line for its declared size ({@link #declaredSize}).
     */
    public record Part(UUID entitlementId, LocalDate periodFrom, EntitlementTerms terms, boolean declaredSize) {

        /** A rule whose declared-size line follows its terms alone ({@link EntitlementTerms#forDeclaredSize()}). */
        public Part(UUID entitlementId, LocalDate periodFrom, EntitlementTerms terms) {
            this(entitlementId, periodFrom, terms, terms.forDeclaredSize());
        }
    }

    /** One line of a list: a household (per household) or one of its persons, and the period's collection if any. */
    public record Line(int part, UUID householdId, String registryNumber, int persons, UUID personId, String personName,
                       UUID collectionId, Instant collectedAt, String collectedSite) {
    }

    /** The lines of a round's list at {@code site}, in registry-number order, one page. */
    public List<Line> page(List<Part> parts, LocalDate day, String site, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String union = union(parts, day, parameters, "coalesce(CASE WHEN c.stage IN ('IN_CAMP', 'IN_TRANSIT', 'ALLOCATED')"
                + " THEN c.camp_code END, h.site_code) = :site");
        parameters.put("site", site);
        Query query = em.createNativeQuery("SELECT * FROM (" + union + ") x ORDER BY x.registry_number, x.part, x.member_rank,"
                + " x.person_id OFFSET :first LIMIT :size", Tuple.class);
        parameters.forEach(query::setParameter);
        return lines(query.setParameter("first", request.first()).setParameter("size", request.size()));
    }

    /** How many lines the round's list at {@code site} has. */
    public long count(List<Part> parts, LocalDate day, String site) {
        Map<String, Object> parameters = new HashMap<>();
        String union = union(parts, day, parameters, "coalesce(CASE WHEN c.stage IN ('IN_CAMP', 'IN_TRANSIT', 'ALLOCATED')"
                + " THEN c.camp_code END, h.site_code) = :site");
        parameters.put("site", site);
        Query query = em.createNativeQuery("SELECT count(*) FROM (" + union + ") x");
        parameters.forEach(query::setParameter);
        return SqlValues.count(query.getSingleResult());
    }

    /** The lines of one household under these rules, wherever it is (a desk serves every family the rules admit). */
    public List<Line> ofHousehold(List<Part> parts, LocalDate day, UUID householdId) {
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        String union = union(parts, day, parameters, "h.household_id = :household");
        parameters.put("household", householdId);
        Query query = em.createNativeQuery("SELECT * FROM (" + union + ") x ORDER BY x.part, x.member_rank, x.person_id", Tuple.class);
        parameters.forEach(query::setParameter);
        return lines(query);
    }

    @SuppressWarnings("unchecked")
    private static List<Line> lines(Query query) {
        List<Tuple> rows = query.getResultList();
        List<Line> lines = new ArrayList<>(rows.size());
        for (Tuple r : rows) {
            lines.add(new Line(((Number) r.get("part")).intValue(), r.get("household_id", UUID.class), r.get("registry_number", String.class),
                    ((Number) r.get("persons")).intValue(), r.get("person_id", UUID.class), r.get("person_name", String.class),
                    r.get("collection_id", UUID.class), SqlValues.instant(r.get("collected_at")), r.get("collected_site", String.class)));
        }
        return lines;
    }

    /** The sub-queries of the parts, UNION ALL; {@code where} narrows the households (a site, or one household). */
    static String union(List<Part> parts, LocalDate day, Map<String, Object> parameters, String where) {
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            selects.add(select(i, parts.get(i), day, parameters, where));
        }
        return String.join("\nUNION ALL\n", selects);
    }

    /**
     * One rule's sub-query, from fixed fragments only; its values go into {@code parameters} with the part's suffix. A
     * rule per person that asks nothing of the person adds the household lines of households with no registered member
     * ({@link #declaredSize}).
     */
    static String select(int i, Part part, LocalDate day, Map<String, Object> parameters, String where) {
        // the day is a parameter only where an age is computed: a named parameter the SQL lacks is an error
        EntitlementTerms terms = part.terms();
        boolean perPerson = terms.per() == Per.PERSON;
        parameters.put("e" + i, part.entitlementId());
        parameters.put("p" + i, part.periodFrom());
        StringBuilder sql = new StringBuilder("SELECT ").append(i).append(" AS part, h.household_id, h.registry_number, h.persons, ")
                .append(perPerson ? "m.person_id, m.name AS person_name, m.member_rank" : "CAST(NULL AS uuid) AS person_id,"
                        + " CAST(NULL AS text) AS person_name, -1 AS member_rank");
        if (perPerson) {
            // a person's line is collected by their own line, or by the household's line of the period (members not registered then)
            sql.append(", coalesce(k.id, g.id) AS collection_id, coalesce(k.collected_at, g.collected_at) AS collected_at,"
                    + " coalesce(k.site_code, g.site_code) AS collected_site").append(FROM)
                    .append(" JOIN registry_member m ON m.household_id = h.household_id AND m.person_status = 'REGISTERED'")
                    .append(collection("k", "m.person_id", i)).append(collection("g", "h.household_id", i));
        } else {
            sql.append(", k.id AS collection_id, k.collected_at, k.site_code AS collected_site").append(FROM)
                    .append(collection("k", "h.household_id", i));
        }
        sql.append(" WHERE h.status <> 'VOIDED' AND ").append(where).append(stage(terms));
        if (terms.needCategory() != null) {
            parameters.put("n" + i, terms.needCategory());
            // a rule per household counts the needs seen on the household too; a person's line needs the person's own
            sql.append(perPerson ? " AND EXISTS (SELECT 1 FROM registration_report_need n WHERE n.person_id = m.person_id"
                    : " AND EXISTS (SELECT 1 FROM registration_need n WHERE n.household_id = h.household_id")
                    .append(" AND n.category = :n").append(i).append(')');
        }
        if (terms.ageGroup() != null) {
            int[] years = years(terms.ageGroup());
            parameters.put("day", day);
            parameters.put("amin" + i, years[0]);
            parameters.put("amax" + i, years[1]);
            String age = "date_part('year', age(CAST(:day AS date), a.birth_date))";
            String inGroup = age + " >= :amin" + i + " AND " + age + " < :amax" + i;
            sql.append(perPerson
                    ? " AND EXISTS (SELECT 1 FROM registry_member a WHERE a.person_id = m.person_id AND " + inGroup + ")"
                    : " AND EXISTS (SELECT 1 FROM registry_member a WHERE a.household_id = h.household_id"
                            + " AND a.person_status = 'REGISTERED' AND " + inGroup + ")");
        }
        return part.declaredSize() ? sql + "\nUNION ALL\n" + declaredSize(i, terms, where) : sql.toString();
    }

    /**
     * The household lines of a rule per person that asks nothing of the person, for the households none of whose members
     * is registered yet: one line each, its beneficiary the household, its quantity (the caller's) the person's for each
     * person declared. Once a member is registered the household has person lines instead; the database keeps a period's
     * lines of one kind ({@code assistance_collection_one_kind}, V62), so the switch never gives the period twice.
     */
    static String declaredSize(int i, EntitlementTerms terms, String where) {
        return "SELECT " + i + " AS part, h.household_id, h.registry_number, h.persons, CAST(NULL AS uuid) AS person_id,"
                + " CAST(NULL AS text) AS person_name, -1 AS member_rank, k.id AS collection_id, k.collected_at,"
                + " k.site_code AS collected_site" + FROM + collection("k", "h.household_id", i)
                + " WHERE h.status <> 'VOIDED' AND " + where + stage(terms)
                + " AND NOT EXISTS (SELECT 1 FROM registry_member r WHERE r.household_id = h.household_id AND r.person_status = 'REGISTERED')";
    }

    /** The join of the period's line (not voided) of the part's rule whose beneficiary is {@code beneficiary}. */
    private static String collection(String alias, String beneficiary, int i) {
        return " LEFT JOIN assistance_collection " + alias + " ON " + alias + ".entitlement_id = :e" + i + " AND " + alias
                + ".beneficiary_id = " + beneficiary + " AND " + alias + ".period_from = :p" + i + " AND " + alias + ".voided_at IS NULL";
    }

    private static String stage(EntitlementTerms terms) {
        return switch (terms.stage()) {
            case IN_CAMP -> " AND c.stage = 'IN_CAMP'";
            case PRIVATE_ADDRESS -> " AND c.stage = 'PRIVATE_ADDRESS'";
            case ANY_REGISTERED -> "";
        };
    }

    /** The first age of a UNHCR age group and the first after it ({@code 60+}: to 1000). */
    static int[] years(String group) {
        return switch (group) {
            case "0-4" -> new int[] {0, 5};
            case "5-11" -> new int[] {5, 12};
            case "12-17" -> new int[] {12, 18};
            case "18-59" -> new int[] {18, 60};
            case "60+" -> new int[] {60, 1000};
            default -> throw new IllegalArgumentException("not a UNHCR age group: " + group);
        };
    }
}
