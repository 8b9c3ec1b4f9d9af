package org.refuge.assistance.rest;

import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.assistance.application.FollowUpForms.ActionForm;
import org.refuge.assistance.application.FollowUpForms.ActionOutcomeForm;
import org.refuge.assistance.application.FollowUpForms.CloseForm;
import org.refuge.assistance.application.FollowUpService;
import org.refuge.assistance.application.FollowUpViews.CaseRow;
import org.refuge.assistance.application.FollowUpViews.CaseView;
import org.refuge.assistance.infrastructure.FollowUpCases.Filter;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The follow-up cases of households with specific needs (social workers: the cases of their sites, 404 for another
 * site's; supervisors: every site). Sensitive need codes reach only the roles the data-protection policy names.
 * <ul>
 *   <li>{@code GET /api/v1/assistance/follow-up-cases?filter=OPEN|OVERDUE|CLOSED|ALL&site=&household=&page=&size=}: the cases, the
 *       first due first (<i>paged</i>; OPEN by default);</li>
 *   <li>{@code GET .../{id}}: a case with its needs per person and its actions;</li>
 *   <li>{@code POST .../{id}/actions} {@code {"kind", "partnerCode", "note", "dueOn", "assignee"}}: an action recorded (201, the case);</li>
 *   <li>{@code POST .../{id}/actions/{actionId}/completion} {@code {"outcome", "note"}}: an action completed (the case);</li>
 *   <li>{@code POST .../{id}/closure} {@code {"outcome", "note"}}: the case closed (the case).</li>
 * </ul>
 */
@Path("/v1/assistance/follow-up-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
public class FollowUpCasesResource {

    @Inject
    FollowUpService followUp;

    @GET
    public PageAnswer<CaseRow> cases(@QueryParam("filter") String filter, @QueryParam("site") SiteCode site,
                                     @QueryParam("household") RegistryNumber household, @BeanParam PageParams paging) {
        return PageAnswer.of(followUp.cases(filter(filter), site, household, paging.request()));
    }

    @GET
    @Path("{id}")
    public CaseView find(@PathParam("id") UUID id) {
        return followUp.find(id);
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAction(@PathParam("id") UUID id, ActionForm form) {
        return Response.status(Response.Status.CREATED).entity(followUp.addAction(id, form)).build();
    }

    @POST
    @Path("{id}/actions/{actionId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView completeAction(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId, ActionOutcomeForm form) {
        return followUp.completeAction(id, actionId, form);
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView close(@PathParam("id") UUID id, CloseForm form) {
        return followUp.close(id, form);
    }

    static Filter filter(String typed) {
        if (typed == null || typed.isBlank()) {
            return Filter.OPEN;
        }
        try {
            return Filter.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAFilter) {
            throw Refusal.invalid("filter", "refuge.followUp.filter");
        }
    }
}
