package org.refuge.protection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.protection.application.DecreeForm;
import org.refuge.protection.application.DecreeService;

/**
 * The government's decrees on temporary protection: {@code GET /api/v1/decrees[?inForce=true]&page=&size=} (supervisors,
 * caseworkers, police; latest first, one page and the total) and {@code POST} to record one (supervisors): {@code {"influxEventId", "number", "adoptedOn",
 * "inForceFrom", "citizenships": ["SYR"], "coversStateless": true, "arrivedFrom", "arrivedUntil"}}.
 */
@Path("/v1/decrees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER, Roles.POLICE})
public class DecreesResource {

    @Inject
    DecreeService decrees;

    @GET
    public PageAnswer<DecreeService.DecreeView> decrees(@QueryParam("inForce") boolean inForce, @BeanParam PageParams paging) {
        return PageAnswer.of(decrees.decrees(inForce, paging.request()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response record(DecreeForm form) {
        return Response.status(Response.Status.CREATED).entity(decrees.record(form)).build();
    }
}
