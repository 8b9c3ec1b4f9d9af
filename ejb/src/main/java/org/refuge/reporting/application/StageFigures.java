package org.refuge.reporting.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import org.refuge.platform.persistence.SqlValues;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.domain.Stage;

/**
 * How many households and persons are at each {@link Stage} now, per BCP and camp, with the time the oldest of a
 * queue stage has waited since, and how many of those persons hold temporary protection and a handed-over document.
 * Read from reporting's summary (V48), which the other contexts' triggers keep from the views they publish for
 * reporting (V43-V46), in the transaction of each change. Supervisors see every
 * site; camp managers and social workers the households placed in their camps.
 */
@Stateless
public class StageFigures {

    /**
     * The stage of household {@code h} (registration's view) joined with camps' ({@code c}) and screening's
     * ({@code s}) views: voided first, then what camps says, then screening, then registration. The rule itself is
     * the SQL function {@code reporting_stage} (V48), its one copy, which the summary's triggers use too.
     */
    static final String STAGE = "reporting_stage(h.status, c.stage, s.screened_at)";

    /** The views {@link #STAGE} reads, from registration's households on. */
    static final String STAGE_SOURCES = """
            registration_report_household h
            LEFT JOIN camps_report_household c ON c.household_id = h.household_id
            LEFT JOIN screening_report_household s ON s.household_id = h.household_id""";

    /**
     * The cells from reporting's summary (V48): the sums of each cell's change rows, and the oldest household of a
     * queue cell from the summary's index on (stage, bcp, camp, since). No scan of the registry: a few hundred rows.
     */
    static final String CELLS = """
            SELECT d.bcp, d.camp, d.stage, d.households, d.persons, d.protected, d.documented,
                   (SELECT r.since FROM reporting_household r
                    WHERE r.stage = d.stage AND r.bcp = d.bcp AND coalesce(r.camp, '') = coalesce(d.camp, '')
                      AND r.stage IN (""" + queues() + """
            ) ORDER BY r.since LIMIT 1) AS oldest
            FROM (SELECT bcp, camp, stage, sum(households) AS households, sum(persons) AS persons,
                         sum(protected) AS protected, sum(documented) AS documented
                  FROM reporting_stage_delta
                  WHERE (:all OR camp IN (:sites))
                  GROUP BY bcp, camp, stage
                  HAVING sum(households) > 0) d
            ORDER BY 1, 2, 3""";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The households of one BCP (and camp, where they hold beds) at one stage. */
    public record Cell(String bcp, String camp, Stage stage, long households, long persons, long protectedPersons,
                       long documentedPersons, Instant oldestSince) {
    }

    /** A stage's figures over every site the reader sees. */
    public record Total(Stage stage, long households, long persons, long protectedPersons, long documentedPersons,
                        Instant oldestSince) {
    }

    /** The figures as of {@code at}: one cell per BCP, camp and stage that has households, and a total per stage. */
    public record Figures(Instant at, List<Cell> cells, List<Total> totals) {
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Figures now() {
        // protection that ended by itself since the last read (the day after its last valid day) is counted out first
        em.createNativeQuery("SELECT reporting_recheck()").getSingleResult();
        boolean all = currentUser.seesAllSites();
        List<String> sites = currentUser.sites().isEmpty() ? List.of("") : List.copyOf(currentUser.sites());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(CELLS, Tuple.class).setParameter("all", all).setParameter("sites", sites).getResultList();
        List<Cell> cells = new ArrayList<>();
        for (Tuple r : rows) {
            Stage stage = Stage.valueOf(r.get("stage", String.class));
            cells.add(new Cell(r.get("bcp", String.class), r.get("camp", String.class), stage, SqlValues.count(r.get("households")),
                    SqlValues.count(r.get("persons")), SqlValues.count(r.get("protected")), SqlValues.count(r.get("documented")),
                    stage.queue() ? SqlValues.instant(r.get("oldest")) : null));
        }
        return new Figures(Instant.now(), List.copyOf(cells), totals(cells));
    }

    /** The queue stages as an SQL list: the summary's partial index on the queues' oldest holds these only. */
    private static String queues() {
        return String.join(", ", java.util.Arrays.stream(Stage.values()).filter(Stage::queue).map(q -> "'" + q.name() + "'").toList());
    }

    /** One total per stage, in path order, stages without households included (with zeros). */
    static List<Total> totals(List<Cell> cells) {
        Map<Stage, Total> totals = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            totals.put(stage, new Total(stage, 0, 0, 0, 0, null));
        }
        for (Cell c : cells) {
            Total t = totals.get(c.stage());
            Instant oldest = t.oldestSince() == null || c.oldestSince() != null && c.oldestSince().isBefore(t.oldestSince())
                    ? c.oldestSince() : t.oldestSince();
            totals.put(c.stage(), new Total(c.stage(), t.households() + c.households(), t.persons() + c.persons(),
                    t.protectedPersons() + c.protectedPersons(), t.documentedPersons() + c.documentedPersons(), oldest));
        }
        return List.copyOf(totals.values());
    }
}
