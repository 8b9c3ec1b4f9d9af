package org.refuge.reporting.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.application.ProtectionLists;
import org.refuge.reporting.application.StageLists;
import org.refuge.reporting.domain.Stage;
import org.refuge.reporting.export.ListFiles;
import org.refuge.reporting.export.ListQuery;
import org.refuge.shared.CampCode;
import org.refuge.shared.SiteCode;

/**
 * The lists behind the figures (issue 13, item 1: "every number links to the list behind it"):
 * {@code GET /api/v1/reports/households?stage=&site=&camp=&noCamp=&arrivedOn=&registered=&need=&page=&size=} (the
 * households at a stage, of a BCP, of a camp or of none, arrived on a day, registered, with a member of a need
 * category) and {@code GET /api/v1/reports/persons?need=&site=&camp=&page=&size=} (the persons with a need of one
 * category) or {@code ?protection=PROTECTED|DOCUMENTED&stage=&site=&camp=&noCamp=} (the persons protected today, or
 * holding their card, in a stage cell). Same roles and scope as the figures; a sensitive need category only for its readers (403 for the others).
 * Each list is also a file of all its rows, up to {@value ListFiles#MAX_ROWS} rows, {@value ListFiles#MAX_PDF_ROWS} as PDF ({@code ?format=csv|xlsx|pdf} or by
 * {@code Accept}, as the reports are: {@link ReportAnswers}).
 */
@Path("/v1/reports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class ReportListsResource {

    @Inject
    StageLists stageLists;

    @Inject
    ListFiles lists;

    @Inject
    ReportAnswers answers;

    @GET
    @Path("households")
    public Response households(@QueryParam("stage") String stage, @QueryParam("site") SiteCode site,
                               @QueryParam("camp") CampCode camp, @QueryParam("noCamp") boolean noCamp,
                               @QueryParam("arrivedOn") String arrivedOn, @QueryParam("registered") boolean registered,
                               @QueryParam("need") String need, @BeanParam PageParams paging,
                               @Context HttpHeaders headers, @Context UriInfo uri) {
        ListQuery query = new ListQuery(false, stage(stage), site, camp, noCamp, day(arrivedOn), registered, need, null);
        return answers.list(headers, uri, () -> PageAnswer.of(stageLists.households(query.households(), paging.request())),
                (labels, format) -> lists.table(query, labels, format));
    }

    @GET
    @Path("persons")
    public Response persons(@QueryParam("need") String need, @QueryParam("protection") String protection,
                            @QueryParam("stage") String stage, @QueryParam("site") SiteCode site,
                            @QueryParam("camp") CampCode camp, @QueryParam("noCamp") boolean noCamp,
                            @BeanParam PageParams paging, @Context HttpHeaders headers, @Context UriInfo uri) {
        boolean protectedPersons = protection != null && !protection.isBlank();
        ListQuery query = new ListQuery(true, protectedPersons ? stage(stage) : null, site, camp, protectedPersons && noCamp, null, false,
                protectedPersons ? null : need, protectedPersons ? protection(protection) : null);
        return answers.list(headers, uri, () -> PageAnswer.of(lists.persons(query, paging.request())),
                (labels, format) -> lists.table(query, labels, format));
    }

    /** Which protection figure a query names (any case). */
    public static ProtectionLists.Kind protection(String typed) {
        try {
            return ProtectionLists.Kind.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAKind) {
            throw Refusal.invalid("protection", "refuge.report.protection", Arrays.toString(ProtectionLists.Kind.values()));
        }
    }

    /** A stage as typed in a query (any case), or null when none is. */
    public static Stage stage(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAStage) {
            throw Refusal.invalid("stage", "refuge.report.stage", Arrays.toString(Stage.values()));
        }
    }

    /** A day as typed in a query, or null when none is. */
    public static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            throw Refusal.invalid("arrivedOn", "refuge.report.day");
        }
    }
}
