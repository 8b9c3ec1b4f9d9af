package org.refuge.reporting.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.application.ArrivalFigures;
import org.refuge.reporting.application.DistributionReport;
import org.refuge.reporting.application.EurostatProtectionTables;
import org.refuge.reporting.application.NeedFigures;
import org.refuge.reporting.application.PopulationFigures;
import org.refuge.reporting.application.StageFigures;
import org.refuge.reporting.export.ReadyTables;
import org.refuge.reporting.export.ReportLabels;
import org.refuge.reporting.export.ReportTable;
import org.refuge.reporting.export.ReportTables;
import org.refuge.reporting.application.UnhcrPopulationTable;
import org.refuge.reporting.domain.Disclosure;

/**
 * The emergency in figures (issue 13): {@code GET /api/v1/reports/stages} (households and persons at each stage now,
 * per BCP and camp, with the oldest of each queue; supervisors everywhere, camp staff for their camps),
 * {@code GET /api/v1/reports/needs} (persons with specific needs by category, sensitive categories only for their
 * readers; same roles and scope) and
 * {@code GET /api/v1/reports/arrivals?from=yyyy-MM-dd&to=yyyy-MM-dd} (arrivals and registrations per day and BCP,
 * the last 14 days when no period is given; supervisors) and
 * {@code GET /api/v1/reports/population?by=sex,ageGroup,citizenship,need,site,camp,stage&from=&to=} (registered
 * persons and households of the households that arrived in the period, by any of those and arrivalDay, arrivalWeek,
 * arrivalMonth; supervisors and caseworkers), and the two ready tables {@code GET /api/v1/reports/unhcr-population?date=}
 * and {@code GET /api/v1/reports/eurostat-tp?month=yyyy-MM}, each with optional disclosure control
 * ({@code roundTo=5&suppressUnder=5}; supervisors and caseworkers), and
 * {@code GET /api/v1/reports/distributions?from=&to=} (assistance handed out per item, persons reached by sex and age
 * group; this month by default; supervisors, and camp managers and social workers for their sites).
 * Aggregates only: no name, no person leaves here.
 * <p>
 * Every report answers JSON by default, and a CSV, XLSX or PDF file labelled in the caller's language with
 * {@code ?format=csv|xlsx|pdf} or the Accept header ({@link ReportAnswers}); each file is in the audit trail.
 */
@Path("/v1/reports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class ReportsResource {

    @Inject
    StageFigures stages;

    @Inject
    ArrivalFigures arrivals;

    @Inject
    DistributionReport distributions;

    @Inject
    NeedFigures needs;

    @Inject
    PopulationFigures population;

    @Inject
    ReportAnswers answers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    UnhcrPopulationTable unhcr;

    @Inject
    EurostatProtectionTables eurostat;

    @GET
    @Path("stages")
    public Response stages() {
        return answer(stages::now, ReportTables::stages);
    }

    @GET
    @Path("needs")
    public Response needs() {
        return answer(needs::byCategory, ReportTables::needs);
    }

    @GET
    @Path("arrivals")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response arrivals(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        return answer(() -> arrivals.between(first, last), ReportTables::arrivals);
    }

    @GET
    @Path("distributions")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public Response distributions(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        return answer(() -> distributions.between(first, last), ReadyTables::distributions);
    }

    @GET
    @Path("population")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER})
    public Response population(@QueryParam("by") String by, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<PopulationFigures.Dimension> dimensions = by == null || by.isBlank() ? List.of()
                : java.util.Arrays.stream(by.split(",")).filter(name -> !name.isBlank()).map(PopulationFigures.Dimension::named).toList();
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        return answer(() -> population.count(dimensions, first, last), ReportTables::population);
    }

    /** The figures as JSON, or as the file the caller asked for ({@link ReportAnswers}). */
    private <F> Response answer(Supplier<F> figures, BiFunction<F, ReportLabels, ReportTable> table) {
        return answers.answer(headers, uri, figures, table);
    }

    @GET
    @Path("unhcr-population")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER})
    public Response unhcrPopulation(@QueryParam("date") String date, @QueryParam("roundTo") String roundTo,
                                    @QueryParam("suppressUnder") String suppressUnder) {
        LocalDate day = day("date", date);
        Disclosure disclosure = disclosure(roundTo, suppressUnder);
        return answer(() -> unhcr.at(day, disclosure), ReadyTables::unhcrPopulation);
    }

    @GET
    @Path("eurostat-tp")
    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER})
    public Response eurostat(@QueryParam("month") String month, @QueryParam("roundTo") String roundTo,
                             @QueryParam("suppressUnder") String suppressUnder, @QueryParam("table") String table) {
        YearMonth asked = month(month);
        Disclosure disclosure = disclosure(roundTo, suppressUnder);
        EurostatProtectionTables.Part part = EurostatProtectionTables.Part.named(table);
        return answer(() -> eurostat.of(asked, disclosure), (tables, labels) -> ReadyTables.eurostat(tables, part, labels));
    }

    /** The disclosure control a query asks for: a rounding base and a threshold, each a whole number when given. */
    private static Disclosure disclosure(String roundTo, String suppressUnder) {
        return Disclosure.of(whole("roundTo", roundTo, "refuge.report.rounding"), whole("suppressUnder", suppressUnder, "refuge.report.suppression"));
    }

    private static Integer whole(String parameter, String typed, String refusal) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notWhole) {
            throw Refusal.invalid(parameter, refusal, Disclosure.MOST);
        }
    }

    /** A month as typed in a query (2026-12), or null when none is. */
    private static YearMonth month(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(typed.strip());
        } catch (DateTimeParseException notAMonth) {
            throw Refusal.invalid("month", "refuge.report.month");
        }
    }

    /** A day as typed in a query, or null when none is. */
    private static LocalDate day(String parameter, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            throw Refusal.invalid(parameter, "refuge.report.day");
        }
    }
}
