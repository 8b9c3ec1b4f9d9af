package org.refuge.camps.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import org.refuge.camps.domain.ManifestStatus;
import org.refuge.camps.domain.StayStatus;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Who holds which bed in a camp (allocated or checked in), a page of households at a time: a household's members are
 * always on the same page, and the total counts households. The board's "who is in this tent" and the check-in list.
 */
@Stateless
public class CampResidents {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** One person's bed as the camp's lists show it. */
    public record Resident(UUID stayId, UUID personId, String name, String nameLatin, String sex, LocalDate birthDate,
                           String relationship, UUID tentId, int tentNumber, StayStatus status, String manifestNumber,
                           ManifestStatus manifestStatus, Instant allocatedAt, Instant checkedInAt,
                           boolean movedHere, boolean noShowToDecide) {
    }

    /** A household in the camp with the beds of its members. */
    public record ResidentHousehold(String registryNumber, String headName, String fromSite, List<Resident> persons) {
        public List<Integer> tents() {
            return persons.stream().map(Resident::tentNumber).distinct().sorted().toList();
        }

        public long checkedIn() {
            return persons.stream().filter(p -> p.status() == StayStatus.CHECKED_IN).count();
        }

        public long awaited() {
            return persons.stream().filter(p -> p.status() == StayStatus.ALLOCATED).count();
        }

        public boolean noShowToDecide() {
            return persons.stream().anyMatch(Resident::noShowToDecide);
        }
    }

    /** The households held in the camp that the filter keeps ({@code %s}: the filter on stay s and household h). */
    private static final String HELD = """
            FROM camp_stay s JOIN registration_accommodation_household h ON h.id = s.household_id
            WHERE s.camp_code = :c AND s.status IN ('ALLOCATED', 'CHECKED_IN') AND %s""";

    private static final String RESIDENTS = """
            SELECT s.id AS stay_id, p.id AS person_id, p.given_name || ' ' || p.family_name AS name,
                   p.given_name_latin || ' ' || p.family_name_latin AS name_latin, p.sex::text AS sex, p.birth_date AS birth_date,
                   p.relationship AS relationship, t.id AS tent_id, t.number AS tent_number, s.status AS status,
                   m.number AS manifest_number, m.status AS manifest_status, s.allocated_at AS allocated_at,
                   s.checked_in_at AS checked_in_at, s.moved_from IS NOT NULL AS moved, h.registry_number AS registry_number,
                   h.head_name AS head_name, h.site_code AS site_code
            FROM camp_stay s JOIN registration_accommodation_member p ON p.id = s.person_id
            JOIN registration_accommodation_household h ON h.id = s.household_id
            JOIN camp_structure t ON t.id = s.structure_id LEFT JOIN transfer_manifest m ON m.id = s.manifest_id
            WHERE s.camp_code = :c AND s.status IN ('ALLOCATED', 'CHECKED_IN') AND s.household_id IN (:households)
            ORDER BY h.registry_number, t.number, CASE p.relationship WHEN 'HEAD' THEN 0 WHEN 'SPOUSE' THEN 1 ELSE 2 END, p.birth_date, p.id
            """;

    /**
     * One page of the households holding beds in the camp (or in one tent, or one household), by registry number,
     * each with all its members holding beds here, and the number of such households.
     */
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    public Page<ResidentHousehold> residents(@NotNull CampCode camp, UUID tentId, RegistryNumber household,
                                             @NotNull PageRequest request) {
        currentUser.requireSite(camp);
        String where = tentId != null
                ? "s.household_id IN (SELECT x.household_id FROM camp_stay x WHERE x.structure_id = :k AND x.status IN ('ALLOCATED', 'CHECKED_IN'))"
                : household != null ? "h.registry_number = :k" : "true";
        Object key = tentId != null ? tentId : household != null ? household.value() : null;
        long total = ((Number) filtered(em.createNativeQuery("SELECT count(DISTINCT s.household_id) " + HELD.formatted(where)), camp, key)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = filtered(em.createNativeQuery("SELECT h.id " + HELD.formatted(where) + " GROUP BY h.id, h.registry_number "
                + "ORDER BY h.registry_number, h.id"), camp, key)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), total, request);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(RESIDENTS, Tuple.class).setParameter("c", camp.value()).setParameter("households", ids)
                .getResultList();
        Instant now = Instant.now(clock);
        Duration noShowAfter = settings.noShowAfter();
        Map<String, ResidentHousehold> byHousehold = new LinkedHashMap<>();
        for (Tuple r : rows) {
            StayStatus status = StayStatus.valueOf(r.get("status", String.class));
            String manifestStatus = r.get("manifest_status", String.class);
            ManifestStatus manifest = manifestStatus == null ? null : ManifestStatus.valueOf(manifestStatus);
            Instant allocatedAt = SqlValues.instant(r.get("allocated_at"));
            boolean toDecide = status == StayStatus.ALLOCATED
                    && (manifest == ManifestStatus.ARRIVED || allocatedAt.plus(noShowAfter).isBefore(now));
            Resident resident = new Resident(r.get("stay_id", UUID.class), r.get("person_id", UUID.class), r.get("name", String.class),
                    r.get("name_latin", String.class), r.get("sex", String.class), SqlValues.date(r.get("birth_date")),
                    r.get("relationship", String.class), r.get("tent_id", UUID.class), ((Number) r.get("tent_number")).intValue(), status,
                    r.get("manifest_number", String.class), manifest, allocatedAt, SqlValues.instant(r.get("checked_in_at")),
                    Boolean.TRUE.equals(r.get("moved")), toDecide);
            byHousehold.computeIfAbsent(r.get("registry_number", String.class), n -> new ResidentHousehold(n,
                    r.get("head_name", String.class), r.get("site_code", String.class), new ArrayList<>())).persons().add(resident);
        }
        audit.record(AuditAction.READ, "CampResidents", camp.value(), byHousehold.size() + " households");
        return Page.of(List.copyOf(byHousehold.values()), total, request);
    }

    private static Query filtered(Query query, CampCode camp, Object key) {
        query.setParameter("c", camp.value());
        if (key != null) {
            query.setParameter("k", key);
        }
        return query;
    }
}
