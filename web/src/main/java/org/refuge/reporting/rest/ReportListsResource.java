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
import jakarta.ws.rs.core.MediaType;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.application.NeedLists;
import org.refuge.reporting.application.ProtectionLists;
import org.refuge.reporting.application.StageLists;
import org.refuge.reporting.domain.Stage;
import org.refuge.shared.CampCode;
import org.refuge.shared.SiteCode;

/**
 * The lists behind the figures (issue 13, item 1: "every number links to the list behind it"):
 * {@code GET /api/v1/reports/households?stage=&site=&camp=&noCamp=&arrivedOn=&registered=&need=&page=&size=} (the
 * households at a stage, of a BCP, of a camp or of none, arrived on a day, registered, with a member of a need
 * category) and {@code GET /api/v1/reports/persons?need=&site=&camp=&page=&size=} (the persons with a need of one
 * category) or {@code ?protection=PROTECTED|DOCUMENTED&stage=&site=&camp=&noCamp=} (the persons protected today, or
 * holding their card, in a stage cell). Same roles and scope as the figures; a sensitive need category only for its readers (403 for the others).
 */
@Path("/v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class ReportListsResource {

    @Inject
    StageLists stageLists;

    @Inject
    NeedLists needLists;

    @Inject
    ProtectionLists protectionLists;

    @GET
    @Path("households")
    public PageAnswer<StageLists.Row> households(@QueryParam("stage") String stage, @QueryParam("site") SiteCode site,
                                                 @QueryParam("camp") CampCode camp, @QueryParam("noCamp") boolean noCamp,
                                                 @QueryParam("arrivedOn") String arrivedOn, @QueryParam("registered") boolean registered,
                                                 @QueryParam("need") String need, @BeanParam PageParams paging) {
        StageLists.Filter filter = new StageLists.Filter(stage(stage), site, camp, noCamp, day(arrivedOn), registered,
                need == null || need.isBlank() ? null : need);
        return PageAnswer.of(stageLists.households(filter, paging.request()));
    }

    @GET
    @Path("persons")
    public PageAnswer<NeedLists.Person> persons(@QueryParam("need") String need, @QueryParam("protection") String protection,
                                                @QueryParam("stage") String stage, @QueryParam("site") SiteCode site,
                                                @QueryParam("camp") CampCode camp, @QueryParam("noCamp") boolean noCamp,
                                                @BeanParam PageParams paging) {
        if (protection != null && !protection.isBlank()) {
            return PageAnswer.of(protectionLists.persons(protection(protection), stage(stage), site, camp, noCamp, paging.request()));
        }
        return PageAnswer.of(needLists.persons(need, site, camp, paging.request()));
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
