package org.refuge.assistance.rest;

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

import org.refuge.assistance.children.ChildViews.TracingRequest;
import org.refuge.assistance.children.TracingForm;
import org.refuge.assistance.children.TracingService;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.shared.PersonId;

/**
 * Family tracing (FU-TR) (social workers within their scope, supervisors everywhere):
 * <ul>
 *   <li>{@code GET /api/v1/assistance/tracing-requests?status=OPEN|FOUND|CLOSED&page=&size=}: the requests, open ones
 *       first (<i>paged</i>, without their matches);</li>
 *   <li>{@code POST ...} {@code {"personId", "soughtName", "birthYear", "yearTolerance", "relation"}}: opens a request
 *       and answers it with the registered persons proposed (201);</li>
 *   <li>{@code GET .../{id}}: the request and its proposals; {@code POST .../{id}/search}: searches again;</li>
 *   <li>{@code POST .../{id}/matches/{personId}/confirmation?asCaregiver=true}: confirms a proposal (the request is
 *       found; the relative becomes the child's caregiver when asked); {@code .../rejection}: rejects it;</li>
 *   <li>{@code POST .../{id}/closure}: closes an open request without a match.</li>
 * </ul>
 */
@Path("/v1/assistance/tracing-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
public class TracingRequestsResource {

    @Inject
    TracingService tracing;

    @GET
    public PageAnswer<TracingRequest> requests(@QueryParam("status") String status, @BeanParam PageParams paging) {
        return PageAnswer.of(tracing.requests(status, paging.request()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(TracingForm form) {
        return Response.status(Response.Status.CREATED).entity(tracing.open(form)).build();
    }

    @GET
    @Path("{id}")
    public TracingRequest request(@PathParam("id") UUID id) {
        return tracing.request(id);
    }

    @POST
    @Path("{id}/search")
    public TracingRequest searchAgain(@PathParam("id") UUID id) {
        return tracing.searchAgain(id);
    }

    @POST
    @Path("{id}/matches/{personId}/confirmation")
    public TracingRequest confirm(@PathParam("id") UUID id, @PathParam("personId") PersonId relative,
                                  @QueryParam("asCaregiver") boolean asCaregiver) {
        return tracing.confirm(id, relative, asCaregiver);
    }

    @POST
    @Path("{id}/matches/{personId}/rejection")
    public TracingRequest reject(@PathParam("id") UUID id, @PathParam("personId") PersonId relative) {
        return tracing.reject(id, relative);
    }

    @POST
    @Path("{id}/closure")
    public TracingRequest close(@PathParam("id") UUID id) {
        return tracing.close(id);
    }
}
