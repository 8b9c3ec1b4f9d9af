package org.refuge.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.refuge.shared.RegistryNumber;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.DuplicateQueueService;
import org.refuge.registration.application.PersonViews.DuplicateView;
import org.refuge.registration.domain.MatchStatus;

/** The caseworkers' queue of possible duplicates: {@code GET /api/v1/duplicates} and a decision per match. */
@Path("/v1/duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
public class DuplicatesResource {

    @Inject
    DuplicateQueueService queue;

    /** A decision: {@code {"decision": "SAME"}} or {@code {"decision": "DIFFERENT"}}. */
    public record Decision(MatchStatus decision) {
    }

    /**
     * The open matches, oldest first, a page with the total ({@code ?page=&size=}); {@code ?household=} narrows them to
     * one household's members.
     */
    @GET
    public PageAnswer<DuplicateView> open(@QueryParam("household") RegistryNumber household, @BeanParam PageParams paging) {
        return PageAnswer.of(queue.openDuplicates(household, paging.request()));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public DuplicateView decide(@PathParam("id") String id, Decision decision) {
        if (decision == null || decision.decision() == null || decision.decision() == MatchStatus.OPEN) {
            throw new BadRequestException();
        }
        return queue.decide(PersonsResource.uuid(id), decision.decision());
    }
}
