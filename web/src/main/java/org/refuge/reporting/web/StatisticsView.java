package org.refuge.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Changes;
import org.refuge.reporting.application.EurostatProtectionTables;
import org.refuge.reporting.application.PopulationFigures;
import org.refuge.reporting.application.UnhcrPopulationTable;
import org.refuge.reporting.domain.Disclosure;

/**
 * The statistics screen (issue 13, item 2): counts of the registered population by whatever the reader ticks, for the
 * households that arrived in a period; the UNHCR population table at a date; Eurostat's temporary-protection tables
 * of a month. The ready tables take optional disclosure control (rounded to a multiple, small cells suppressed), which
 * the page states above them. Supervisors and caseworkers; the services check the roles again.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PopulationFigures populationFigures;

    @Inject
    UnhcrPopulationTable unhcrTable;

    @Inject
    EurostatProtectionTables eurostatTables;

    @Inject
    Changes changes;

    private List<String> by = new ArrayList<>(List.of("sex", "ageGroup", "citizenship"));
    private LocalDate from;
    private LocalDate to;
    private PopulationFigures.Table breakdown;

    private LocalDate date;
    private UnhcrPopulationTable.Table unhcr;

    private LocalDate month;
    private EurostatProtectionTables.Tables eurostat;

    private boolean controlled;
    private int roundTo = 5;
    private int suppressUnder = 5;

    /** Every dimension a count can be broken down by, in the order the page offers them. */
    public List<String> getDimensions() {
        return java.util.Arrays.stream(PopulationFigures.Dimension.values()).map(PopulationFigures.Dimension::parameter).toList();
    }

    public void count() {
        List<PopulationFigures.Dimension> dimensions = by.stream().map(PopulationFigures.Dimension::named).toList();
        changes.call(() -> populationFigures.count(dimensions, from, to), Map.of("to", "breakdown-form:to"), "breakdown-form:to")
                .ifPresent(table -> breakdown = table);
    }

    public void showUnhcr() {
        changes.call(() -> unhcrTable.at(date, disclosure()), Map.of("date", "unhcr-form:date"), "unhcr-form:date")
                .ifPresent(table -> unhcr = table);
    }

    public void showEurostat() {
        YearMonth asked = month == null ? null : YearMonth.from(month);
        changes.call(() -> eurostatTables.of(asked, disclosure()), Map.of("month", "eurostat-form:month"), "eurostat-form:month")
                .ifPresent(tables -> eurostat = tables);
    }

    /** Eurostat's four tables by the names their files take. */
    public List<String> getEurostatParts() {
        return java.util.Arrays.stream(EurostatProtectionTables.Part.values()).map(EurostatProtectionTables.Part::parameter).toList();
    }

    /** The control the reader asked for, or exact counts. */
    public Disclosure disclosure() {
        return controlled ? new Disclosure(roundTo, suppressUnder) : Disclosure.NONE;
    }

    /** The breakdown's value of one dimension on one row. */
    public String key(PopulationFigures.Row row, String dimension) {
        return row.keys().get(dimension);
    }

    public List<String> getBy() {
        return by;
    }

    public void setBy(List<String> by) {
        this.by = by == null ? new ArrayList<>() : new ArrayList<>(by);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PopulationFigures.Table getBreakdown() {
        return breakdown;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public UnhcrPopulationTable.Table getUnhcr() {
        return unhcr;
    }

    public LocalDate getMonth() {
        return month;
    }

    public void setMonth(LocalDate month) {
        this.month = month;
    }

    public EurostatProtectionTables.Tables getEurostat() {
        return eurostat;
    }

    public boolean isControlled() {
        return controlled;
    }

    public void setControlled(boolean controlled) {
        this.controlled = controlled;
    }

    public int getRoundTo() {
        return roundTo;
    }

    public void setRoundTo(int roundTo) {
        this.roundTo = roundTo;
    }

    public int getSuppressUnder() {
        return suppressUnder;
    }

    public void setSuppressUnder(int suppressUnder) {
        this.suppressUnder = suppressUnder;
    }
}
