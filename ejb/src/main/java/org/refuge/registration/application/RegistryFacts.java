package org.refuge.registration.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.refusal.Refusal;

/**
 * What registration publishes about its registry to other contexts (protection first): a household's identity, its
 * registered members with what a decision or a card needs (names, birth date, citizenships, photo), a photo, and the
 * persons photographed in a period. Others read the registry here, never its tables; a paged list that must join
 * reads the view {@code registry_member} instead. Runs in the caller's transaction; the caller states the roles and
 * checks the site scope.
 */
@ApplicationScoped
public class RegistryFacts {

    /** The message key of {@link #unknownHousehold()}. */
    public static final String UNKNOWN_HOUSEHOLD = "refuge.household.unknown";

    /** The message key of {@link #unknownPerson()}. */
    public static final String UNKNOWN_PERSON = "refuge.person.unknown";

    @PersistenceContext
    EntityManager em;

    /**
     * The refusal when no household has the registry number asked for (404), in every context that looks one up. A
     * screen that words it its own way asks {@code refusal.is(Kind.NOT_FOUND, UNKNOWN_HOUSEHOLD)}.
     */
    public static Refusal unknownHousehold() {
        return Refusal.notFound(UNKNOWN_HOUSEHOLD);
    }

    /** The refusal when no person has the id asked for (404), in every context that looks one up. */
    public static Refusal unknownPerson() {
        return Refusal.notFound(UNKNOWN_PERSON);
    }

    /**
     * A household as others see it; {@code status} is PRE_REGISTERED, REGISTERED or VOIDED, {@code size} the persons
     * declared at pre-registration.
     */
    public record HouseholdFacts(UUID id, String registryNumber, String siteCode, String status, Instant arrivedAt,
                                 Instant registeredAt, String headName, String headNameLatin, int size) {

        public SiteCode site() {
            return new SiteCode(siteCode);
        }
    }

    /**
     * A registered member of a household. {@code sex} is F, M or X; {@code birthPrecision} EXACT, MONTH, YEAR or
     * ESTIMATED; {@code citizenships} country codes in order; {@code photoId} null without a photo.
     */
    public record MemberFacts(UUID personId, UUID householdId, String givenName, String familyName, String givenNameLatin,
                              String familyNameLatin, String relationship, String sex, LocalDate birthDate,
                              String birthPrecision, boolean stateless, List<String> citizenships, UUID photoId) {
        public String name() {
            return givenName + " " + familyName;
        }

        public String nameLatin() {
            return givenNameLatin + " " + familyNameLatin;
        }
    }

    /** A person photographed in a period, for the photo sheets: names as registered and the portrait. */
    public record Photographed(String name, String nameLatin, String registryNumber, byte[] jpeg) {
    }

    private static final String HOUSEHOLD = """
            SELECT h.id AS id, h.registry_number AS registry_number, h.site_code AS site_code, h.status AS status,
                   h.arrived_at AS arrived_at, h.registered_at AS registered_at, h.head_name AS head_name,
                   h.head_name_latin AS head_name_latin, h.female_children + h.male_children + h.female_adults + h.male_adults
                       + h.female_elderly + h.male_elderly AS size
            FROM household h""";

    /** The household with this registry number, unless voided. */
    public Optional<HouseholdFacts> household(RegistryNumber number) {
        return first(em.createNativeQuery(HOUSEHOLD + " WHERE h.registry_number = :n AND h.status <> 'VOIDED'", Tuple.class)
                .setParameter("n", number.value()).getResultList());
    }

    /** The household with this registry number, whatever its status. */
    public Optional<HouseholdFacts> anyHousehold(RegistryNumber number) {
        return first(em.createNativeQuery(HOUSEHOLD + " WHERE h.registry_number = :n", Tuple.class)
                .setParameter("n", number.value()).getResultList());
    }

    /**
     * The households with these registry numbers, whatever their status, by registry number, in one query: for lists
     * of another context that show a page of households (an inbox page). Numbers that name no household are left out.
     */
    public Map<RegistryNumber, HouseholdFacts> households(Collection<RegistryNumber> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(HOUSEHOLD + " WHERE h.registry_number IN (:numbers)", Tuple.class)
                .setParameter("numbers", numbers.stream().map(RegistryNumber::value).toList()).getResultList();
        return rows.stream().map(RegistryFacts::facts).collect(Collectors.toMap(h -> new RegistryNumber(h.registryNumber()), h -> h));
    }

    /**
     * The households with these ids, whatever their status, by id, in one query: for a page of another context's list
     * that knows its households by id (reporting's summary). Ids that name no household are left out.
     */
    public Map<UUID, HouseholdFacts> householdsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(HOUSEHOLD + " WHERE h.id IN (:ids)", Tuple.class).setParameter("ids", ids).getResultList();
        return rows.stream().map(RegistryFacts::facts).collect(Collectors.toMap(HouseholdFacts::id, h -> h));
    }

    /**
     * The categories of specific needs ({@code specific_need.category}: DS, SC, SM, ...) of each of these households,
     * those seen at the desk and those of its registered members together, in one query. Sensitive categories are
     * among them: the caller's read model classifies them ({@code Sensitivity.SENSITIVE_NEEDS}).
     */
    public Map<UUID, Set<String>> needCategories(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT DISTINCT x.household_id AS household_id, n.category AS category FROM (
                    SELECT v.household_id, v.need_code FROM household_visible_need v WHERE v.household_id IN (:ids)
                    UNION ALL
                    SELECT p.household_id, pn.need_code FROM person p JOIN person_need pn ON pn.person_id = p.id
                    WHERE p.household_id IN (:ids) AND p.status = 'REGISTERED') x
                JOIN specific_need n ON n.code = x.need_code""", Tuple.class).setParameter("ids", householdIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> row.get("household_id", UUID.class),
                Collectors.mapping(row -> row.get("category", String.class), Collectors.<String, Set<String>>toCollection(java.util.TreeSet::new))));
    }

    /** The household with this id, whatever its status. */
    public Optional<HouseholdFacts> householdOf(UUID householdId) {
        return first(em.createNativeQuery(HOUSEHOLD + " WHERE h.id = :h", Tuple.class).setParameter("h", householdId).getResultList());
    }

    /** The household of a registered person (empty when the person is not registered, e.g. voided or merged). */
    public Optional<HouseholdFacts> householdOfPerson(PersonId person) {
        return first(em.createNativeQuery(HOUSEHOLD + " JOIN person p ON p.household_id = h.id WHERE p.id = :p AND p.status = 'REGISTERED'",
                Tuple.class).setParameter("p", person.value()).getResultList());
    }

    /** The registered members of a household: the head, the spouse, then the others by birth date. */
    public List<MemberFacts> members(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT p.id AS id, p.household_id AS household_id, p.given_name AS given_name, p.family_name AS family_name,
                       p.given_name_latin AS given_name_latin, p.family_name_latin AS family_name_latin,
                       p.relationship AS relationship, p.sex::text AS sex, p.birth_date AS birth_date,
                       p.birth_precision AS birth_precision, p.stateless AS stateless, p.photo_id AS photo_id,
                       (SELECT string_agg(c.country_code, ',' ORDER BY c.country_code) FROM person_citizenship c
                        WHERE c.person_id = p.id) AS citizenships
                FROM person p WHERE p.household_id = :h AND p.status = 'REGISTERED'
                ORDER BY CASE p.relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END, p.birth_date, p.id""", Tuple.class)
                .setParameter("h", householdId).getResultList();
        return rows.stream().map(r -> {
            String citizenships = r.get("citizenships", String.class);
            return new MemberFacts(r.get("id", UUID.class), r.get("household_id", UUID.class), r.get("given_name", String.class),
                    r.get("family_name", String.class), r.get("given_name_latin", String.class), r.get("family_name_latin", String.class),
                    r.get("relationship", String.class), r.get("sex", String.class), SqlValues.date(r.get("birth_date")),
                    r.get("birth_precision", String.class), Boolean.TRUE.equals(r.get("stateless")),
                    citizenships == null ? List.of() : Arrays.asList(citizenships.split(",")), r.get("photo_id", UUID.class));
        }).toList();
    }

    /** The names ("given family") of these persons, whatever their status. */
    public Map<UUID, String> names(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT p.id AS id, p.given_name || ' ' || p.family_name AS name FROM person p "
                + "WHERE p.id IN (:ids)", Tuple.class).setParameter("ids", personIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> r.get("id", UUID.class), r -> r.get("name", String.class)));
    }

    /** The JPEG of a photo. */
    public Optional<byte[]> photo(UUID photoId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT ph.jpeg FROM photo ph WHERE ph.id = :id").setParameter("id", photoId).getResultList();
        return rows.stream().findFirst();
    }

    /**
     * The portrait of a household's head: the one taken at pre-registration, else the registered head's current photo
     * (the registration slip prints it).
     */
    public Optional<byte[]> headPhoto(UUID householdId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("""
                SELECT x.jpeg FROM (
                    SELECT 0 AS o, ph.jpeg FROM household h JOIN photo ph ON ph.id = h.head_photo_id WHERE h.id = :h
                    UNION ALL
                    SELECT 1 AS o, ph.jpeg FROM person p JOIN photo ph ON ph.id = p.photo_id
                    WHERE p.household_id = :h AND p.relationship = 'HEAD' AND p.status = 'REGISTERED') x
                ORDER BY x.o""")
                .setParameter("h", householdId).setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }

    /** The JPEG of a person's current photo, whatever the person's status. */
    public Optional<byte[]> photoOfPerson(PersonId person) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT ph.jpeg FROM person p JOIN photo ph ON ph.id = p.photo_id WHERE p.id = :p")
                .setParameter("p", person.value()).getResultList();
        return rows.stream().findFirst();
    }

    /** Registered persons of a site photographed in [from, to), by registry number and time taken. */
    public List<Photographed> photographed(SiteCode site, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                SELECT p.given_name || ' ' || p.family_name AS name,
                       coalesce(p.given_name_latin || ' ' || p.family_name_latin, '') AS name_latin,
                       h.registry_number AS registry_number, ph.jpeg AS jpeg
                FROM photo ph JOIN person p ON p.photo_id = ph.id JOIN household h ON h.id = p.household_id
                WHERE h.site_code = :site AND ph.taken_at >= :from AND ph.taken_at < :to AND p.status = 'REGISTERED'
                ORDER BY h.registry_number, ph.taken_at""", Tuple.class)
                .setParameter("site", site.value()).setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> new Photographed(r.get("name", String.class), r.get("name_latin", String.class),
                r.get("registry_number", String.class), r.get("jpeg", byte[].class))).toList();
    }

    /** The sites whose registered persons were photographed in [from, to), in order. */
    public List<String> sitesWithPhotos(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<String> sites = em.createNativeQuery("""
                SELECT DISTINCT h.site_code FROM photo ph JOIN person p ON p.photo_id = ph.id JOIN household h ON h.id = p.household_id
                WHERE ph.taken_at >= :from AND ph.taken_at < :to AND p.status = 'REGISTERED' ORDER BY h.site_code""")
                .setParameter("from", from).setParameter("to", to).getResultList();
        return sites;
    }

    private static Optional<HouseholdFacts> first(List<?> rows) {
        return rows.stream().map(Tuple.class::cast).findFirst().map(RegistryFacts::facts);
    }

    private static HouseholdFacts facts(Tuple r) {
        return new HouseholdFacts(r.get("id", UUID.class), r.get("registry_number", String.class), r.get("site_code", String.class),
                r.get("status", String.class), SqlValues.instant(r.get("arrived_at")), SqlValues.instant(r.get("registered_at")),
                r.get("head_name", String.class), r.get("head_name_latin", String.class), ((Number) r.get("size")).intValue());
    }
}
