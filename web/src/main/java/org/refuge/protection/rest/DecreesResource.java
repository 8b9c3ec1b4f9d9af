package org.refuge.protection.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

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
import org.refuge.protection.domain.Decree;

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

    public record DecreeJson(UUID id, String number, LocalDate adoptedOn, LocalDate inForceFrom, Set<String> citizenships,
                             boolean coversStateless, LocalDate arrivedFrom, LocalDate arrivedUntil, String status,
                             UUID influxEventId, Instant recordedAt, String recordedBy) {
        static DecreeJson of(Decree d) {
            return new DecreeJson(d.id(), d.number(), d.adoptedOn(), d.inForceFrom(), Set.copyOf(d.citizenships()),
                    d.coversStateless(), d.arrivedFrom(), d.arrivedUntil(), d.status().name(), d.influxEventId(),
                    d.recordedAt(), d.recordedBy());
        }
    }

    @GET
    public PageAnswer<DecreeJson> decrees(@QueryParam("inForce") boolean inForce, @BeanParam PageParams paging) {
        return PageAnswer.of(decrees.decrees(inForce, paging.request()).map(DecreeJson::of));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response record(DecreeForm form) {
        return Response.status(Response.Status.CREATED).entity(DecreeJson.of(decrees.record(form))).build();
    }
}
