package org.refuge.camps.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.camps.domain.TentProposal;
import org.refuge.shared.CampCode;

/**
 * The occupied-beds counter of tents, changed only by guarded updates: a bed is taken only if it is still free when
 * the row is written (PostgreSQL re-checks the condition after waiting for a concurrent writer), and the check
 * constraint {@code camp_structure_no_bed_given_twice} refuses anything else. Checks no roles or sites: its callers do.
 */
@ApplicationScoped
public class Beds {

    @PersistenceContext
    EntityManager em;

    /** Whether a household that medical screening asked to isolate holds beds in tent {@code t} (screening's view, V32). */
    private static final String ISOLATED = "EXISTS (SELECT 1 FROM camp_stay s JOIN screening_isolated_household m ON m.household_id = s.household_id "
            + "WHERE s.structure_id = t.id AND s.status IN ('ALLOCATED', 'CHECKED_IN'))";

    /**
     * Whether an unaccompanied child for whom no caregiver arrangement is recorded holds a bed in tent {@code t}
     * (assistance's view, V59).
     */
    private static final String CHILD_ALONE = "EXISTS (SELECT 1 FROM camp_stay s JOIN assistance_unaccompanied_household u "
            + "ON u.household_id = s.household_id WHERE s.structure_id = t.id AND s.status IN ('ALLOCATED', 'CHECKED_IN'))";

    /** The camp's tents in service, as they are committed now. */
    public List<TentProposal.Tent> tentsInService(CampCode camp) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT t.id AS id, t.number AS number, t.beds AS beds, t.occupied AS occupied, "
                        + "t.accessible AS accessible, " + ISOLATED + " AS isolated, " + CHILD_ALONE + " AS child_alone"
                        + " FROM camp_structure t WHERE t.camp_code = :c AND t.kind = 'TENT' AND t.in_service ORDER BY t.number", Tuple.class)
                .setParameter("c", camp.value()).getResultList();
        return rows.stream().map(r -> new TentProposal.Tent(r.get("id", UUID.class), ((Number) r.get("number")).intValue(),
                ((Number) r.get("beds")).intValue(), ((Number) r.get("occupied")).intValue(), Boolean.TRUE.equals(r.get("accessible")),
                Boolean.TRUE.equals(r.get("isolated")), Boolean.TRUE.equals(r.get("child_alone")))).toList();
    }

    /**
     * Takes {@code beds} beds in a tent of this camp for a household if they are free: for isolation or an
     * unaccompanied child without a caregiver arrangement, only if nobody else is in it; otherwise, only if nobody in
     * it is isolated, and, for a household with adults, no such child is in it. Returns whether they were taken.
     */
    public boolean take(CampCode camp, UUID tentId, int beds, TentProposal.Household household) {
        return em.createNativeQuery("UPDATE camp_structure t SET occupied = t.occupied + :n, version = t.version + 1 "
                        + "WHERE t.id = :id AND t.camp_code = :c AND t.kind = 'TENT' AND t.in_service AND t.occupied + :n <= t.beds"
                        + (household.needsEmptyTents() ? " AND t.occupied = 0" : " AND NOT " + ISOLATED
                                + (household.adults() ? " AND NOT " + CHILD_ALONE : "")))
                .setParameter("n", beds).setParameter("id", tentId).setParameter("c", camp.value()).executeUpdate() == 1;
    }

    /** Gives beds back (a no-show, a departure, a move, a take undone). */
    public void release(UUID tentId, int beds) {
        int updated = em.createNativeQuery("UPDATE camp_structure SET occupied = occupied - :n, version = version + 1 WHERE id = :id")
                .setParameter("n", beds).setParameter("id", tentId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No tent " + tentId);
        }
    }
}
