package org.refuge.camps.infrastructure;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CampStatus;

/**
 * The one query that counts camps: beds in service, occupied beds, structures, facilities, the latest water
 * supply and the persons checked in over the last seven days (arrivals per day, days until full). Every screen and the API read their numbers from here. Checks no roles or sites: its callers do.
 */
@ApplicationScoped
public class CampFiguresQuery {

    private static final String SQL = """
            SELECT c.site_code, s.name, s.region, c.status, c.area_m2,
                   coalesce(sum(t.beds) FILTER (WHERE t.kind = 'TENT' AND t.in_service), 0),
                   coalesce(sum(t.occupied) FILTER (WHERE t.kind = 'TENT'), 0),
                   count(t.id) FILTER (WHERE t.kind = 'TENT'),
                   count(t.id) FILTER (WHERE t.kind = 'TENT' AND t.in_service),
                   coalesce(sum(t.covered_m2) FILTER (WHERE t.kind = 'TENT' AND t.in_service), 0),
                   coalesce(sum(t.taps) FILTER (WHERE t.in_service), 0),
                   coalesce(sum(t.toilets) FILTER (WHERE t.in_service), 0),
                   coalesce(sum(t.showers) FILTER (WHERE t.in_service), 0),
                   count(t.id) FILTER (WHERE t.kind = 'SMS_STAFF_TENT' AND t.in_service),
                   count(t.id) FILTER (WHERE t.kind = 'MEDICAL_SOCIAL_TENT' AND t.in_service),
                   count(t.id) FILTER (WHERE t.kind = 'POLICE_TENT' AND t.in_service),
                   count(t.id) FILTER (WHERE t.kind = 'WATER_SANITARY_POINT' AND t.in_service),
                   c.power_supply,
                   (SELECT w.litres FROM camp_water_supply w WHERE w.camp_code = c.site_code ORDER BY w.day DESC LIMIT 1),
                   (SELECT count(*) FROM camp_stay a WHERE a.camp_code = c.site_code AND a.moved_from IS NULL
                      AND a.checked_in_at >= now() - interval '7 days')
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
        var query = em.createNativeQuery(SQL.formatted(codes == null ? "true" : "c.site_code IN (:codes)"));
        if (codes != null) {
            if (codes.isEmpty()) {
                return List.of();
            }
            query.setParameter("codes", codes);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(CampFiguresQuery::figures).toList();
    }

    private static CampFigures figures(Object[] r) {
        return new CampFigures((String) r[0], (String) r[1], (String) r[2], CampStatus.valueOf((String) r[3]),
                number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]), ((Number) r[9]).doubleValue(),
                number(r[10]), number(r[11]), number(r[12]), number(r[13]), number(r[14]), number(r[15]), number(r[16]),
                (Boolean) r[17], r[18] == null ? null : number(r[18]), number(r[19]));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
