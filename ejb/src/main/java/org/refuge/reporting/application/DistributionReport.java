package org.refuge.reporting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.refuge.assistance.application.DistributionStatistics;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.domain.AgeGroups;

/**
 * What was distributed in a period (issue 14, item 10), from assistance's published read API: per item, the persons
 * reached by sex and UNHCR age group on the day they collected (columns as the UNHCR table's), the households, the
 * lines handed over and the quantity in the item's unit. Supervisors count every site; camp managers and social
 * workers the collections at their sites. Counts only.
 */
@Stateless
public class DistributionReport {

    /** The longest period asked for at once, as for the arrivals. */
    static final int MAX_DAYS = ArrivalFigures.MAX_DAYS;

    @Inject
    DistributionStatistics statistics;

    @Inject
    CurrentUser currentUser;

    @Inject
    RefugeSettings settings;

    /** An item's line of the table: the persons reached by column ({@link #columns()}), and what was handed out. */
    public record Item(String itemCode, Map<String, String> names, String unit, Map<String, Long> persons, long personsTotal,
                       long households, long lines, BigDecimal quantity) {
    }

    /** The table of a period, both days included (the service's time zone). */
    public record Figures(LocalDate from, LocalDate to, List<String> columns, List<Item> items) {
    }

    /** The columns of persons reached: female by UNHCR age group and total, male likewise, then another sex. */
    static List<String> columns() {
        return SexAgeColumns.of(AgeGroups.UNHCR.labels());
    }

    /** The distributions of the days {@code from} to {@code to}; without them, this month up to today. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Figures between(LocalDate from, LocalDate to) {
        var zone = settings.zone();
        LocalDate until = to == null ? LocalDate.now(zone) : to;
        LocalDate since = from == null ? until.withDayOfMonth(1) : from;
        if (until.isBefore(since)) {
            throw Refusal.invalid("to", "refuge.report.period.order");
        }
        if (ChronoUnit.DAYS.between(since, until) >= MAX_DAYS) {
            throw Refusal.invalid("from", "refuge.report.period.long", MAX_DAYS);
        }
        var start = since.atStartOfDay(zone).toInstant();
        var end = until.plusDays(1).atStartOfDay(zone).toInstant();
        boolean all = currentUser.seesAllSites();
        List<String> sites = List.copyOf(currentUser.sites());
        Map<String, Map<String, Long>> reached = new TreeMap<>();
        for (DistributionStatistics.Reached r : statistics.reached(start, end, all, sites)) {
            Map<String, Long> cells = reached.computeIfAbsent(r.itemCode(), item -> new LinkedHashMap<>());
            List<String> in = r.age() == null ? List.of(SexAgeColumns.SEXES.contains(r.sex()) ? r.sex() + "/TOTAL" : "X/TOTAL")
                    : SexAgeColumns.in(r.sex(), AgeGroups.UNHCR.of(r.age()));
            in.forEach(column -> cells.merge(column, r.persons(), Long::sum));
            cells.merge("TOTAL", r.persons(), Long::sum);
        }
        List<Item> items = statistics.handedOut(start, end, all, sites).stream().map(h -> {
            Map<String, Long> cells = reached.getOrDefault(h.itemCode(), Map.of());
            Map<String, Long> persons = new LinkedHashMap<>();
            columns().forEach(column -> persons.put(column, cells.getOrDefault(column, 0L)));
            return new Item(h.itemCode(), Map.of("en", h.nameEn(), "hy", h.nameHy(), "ru", h.nameRu()), h.unit(), persons, cells.getOrDefault("TOTAL", 0L), h.households(), h.lines(), h.quantity());
        }).toList();
        return new Figures(since, until, columns(), items);
    }
}
