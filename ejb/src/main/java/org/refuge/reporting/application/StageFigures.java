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
 * Read from the views the other contexts publish for reporting (V43-V46), never their tables. Supervisors see every
 * site; camp managers and social workers the households placed in their camps.
 */
@Stateless
public class StageFigures {

    /**
     * The stage of household {@code h} (registration's view) joined with camps' ({@code c}) and screening's
     * ({@code s}) views: voided first, then what camps says, then screening, then registration. The one copy of the rule.
     */
    static final String STAGE = "CASE WHEN h.status = 'VOIDED' THEN 'VOIDED' WHEN c.stage IS NOT NULL THEN c.stage "
            + "WHEN s.screened_at IS NOT NULL THEN 'WAITING_FOR_BED' ELSE h.status END";

    /** The views {@link #STAGE} reads, from registration's households on. */
    static final String STAGE_SOURCES = """
            registration_report_household h
            LEFT JOIN camps_report_household c ON c.household_id = h.household_id
            LEFT JOIN screening_report_household s ON s.household_id = h.household_id""";

    static final String CELLS = "SELECT h.site_code AS bcp, c.camp_code AS camp, " + STAGE + " AS stage, " + """
                   count(*) AS households, sum(h.persons) AS persons,
                   coalesce(sum(p.protected_persons), 0) AS protected, coalesce(sum(p.documented_persons), 0) AS documented,
                   min(CASE WHEN c.stage IS NOT NULL THEN c.since WHEN s.screened_at IS NOT NULL THEN s.screened_at
                            ELSE h.registered_at END) AS oldest
            FROM""" + " " + STAGE_SOURCES + """

            LEFT JOIN protection_report_household p ON p.household_id = h.household_id
            WHERE (:all OR c.camp_code IN (:sites))
            GROUP BY 1, 2, 3
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
