package org.refuge.camps.infrastructure;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CampStatus;

/**
 * The one query that counts camps: beds in service, occupied beds, structures, facilities, the latest water
 * supply and the persons checked in over the last seven days (arrivals per day, days until full). Every screen and the API read their numbers from here. Checks no roles or sites: its callers do.
 */
@ApplicationScoped
public class CampFiguresQuery {

    private static final String SQL = """
            SELECT c.site_code AS code,
                   s.name AS name,
                   s.region AS region,
                   c.status AS status,
                   c.area_m2 AS area_m2,
                   coalesce(sum(t.beds) FILTER (WHERE t.kind = 'TENT' AND t.in_service), 0) AS beds,
                   coalesce(sum(t.occupied) FILTER (WHERE t.kind = 'TENT'), 0) AS occupied,
                   count(t.id) FILTER (WHERE t.kind = 'TENT') AS tents,
                   count(t.id) FILTER (WHERE t.kind = 'TENT' AND t.in_service) AS tents_in_service,
                   coalesce(sum(t.covered_m2) FILTER (WHERE t.kind = 'TENT' AND t.in_service), 0) AS covered_m2,
                   coalesce(sum(t.taps) FILTER (WHERE t.in_service), 0) AS taps,
                   coalesce(sum(t.toilets) FILTER (WHERE t.in_service), 0) AS toilets,
                   coalesce(sum(t.showers) FILTER (WHERE t.in_service), 0) AS showers,
                   count(t.id) FILTER (WHERE t.kind = 'SMS_STAFF_TENT' AND t.in_service) AS sms_staff_tents,
                   count(t.id) FILTER (WHERE t.kind = 'MEDICAL_SOCIAL_TENT' AND t.in_service) AS medical_social_tents,
                   count(t.id) FILTER (WHERE t.kind = 'POLICE_TENT' AND t.in_service) AS police_tents,
                   count(t.id) FILTER (WHERE t.kind = 'WATER_SANITARY_POINT' AND t.in_service) AS water_sanitary_points,
                   c.power_supply AS power_supply,
                   (SELECT w.litres FROM camp_water_supply w WHERE w.camp_code = c.site_code ORDER BY w.day DESC LIMIT 1) AS latest_water_litres,
                   (SELECT count(*) FROM camp_stay a WHERE a.camp_code = c.site_code AND a.moved_from IS NULL AND a.checked_in_at >= now() - interval '7 days') AS check_ins_last_week
            FROM camp c JOIN site s ON s.code = c.site_code
            LEFT JOIN camp_structure t ON t.camp_code = c.site_code
            WHERE %s
            GROUP BY c.site_code, s.name, s.region, c.status, c.area_m2, c.power_supply
            ORDER BY s.name
            """;

    @PersistenceContext
    EntityManager em;

    /** Figures of the given camps, or of all camps when {@code codes} is null. */
    public List<CampFigures> figures(Collection<String> codes) {
        var query = em.createNativeQuery(SQL.formatted(codes == null ? "true" : "c.site_code IN (:codes)"), Tuple.class);
        if (codes != null) {
            if (codes.isEmpty()) {
                return List.of();
            }
            query.setParameter("codes", codes);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(CampFiguresQuery::figures).toList();
    }

    private static CampFigures figures(Tuple r) {
        Object litres = r.get("latest_water_litres");
        return new CampFigures(r.get("code", String.class), r.get("name", String.class), r.get("region", String.class),
                CampStatus.valueOf(r.get("status", String.class)), number(r.get("area_m2")), number(r.get("beds")),
                number(r.get("occupied")), number(r.get("tents")), number(r.get("tents_in_service")),
                ((Number) r.get("covered_m2")).doubleValue(), number(r.get("taps")), number(r.get("toilets")),
                number(r.get("showers")), number(r.get("sms_staff_tents")), number(r.get("medical_social_tents")),
                number(r.get("police_tents")), number(r.get("water_sanitary_points")), Boolean.TRUE.equals(r.get("power_supply")),
                litres == null ? null : number(litres), number(r.get("check_ins_last_week")));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
