package org.refuge.assistance.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.assistance.application.EntitlementForm;
import org.refuge.assistance.application.EntitlementService;
import org.refuge.assistance.application.EntitlementService.History;
import org.refuge.assistance.application.EntitlementService.VersionRow;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.Roles;

/**
 * Entitlement rules with their history (read: every assistance role; write: supervisor, admin):
 * <ul>
 *   <li>{@code GET /api/v1/assistance/entitlements}: every rule's latest version; {@code ?on=2026-03-03}: the
 *       versions in force that day;</li>
 *   <li>{@code GET .../{id}}: the rule with all its versions, oldest first;</li>
 *   <li>{@code POST} a new rule; {@code PUT .../{id}} its next version (the current one is closed the day it begins),
 *       with {@code basedOnVersion} to refuse (409) an edit of a version that is no longer the latest.</li>
 * </ul>
 */
@Path("/v1/assistance/entitlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
public class EntitlementsResource {

    @Inject
    EntitlementService entitlements;

    @GET
    public List<VersionRow> list(@QueryParam("on") String on) {
        return on == null || on.isBlank() ? entitlements.latest() : entitlements.inForce(day(on));
    }

    @GET
    @Path("{id}")
    public History one(@PathParam("id") UUID id) {
        return entitlements.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response create(EntitlementForm form) {
        History rule = entitlements.create(form);
        return Response.created(URI.create("assistance/entitlements/" + rule.id())).entity(rule).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public History revise(@PathParam("id") UUID id, EntitlementForm form) {
        return entitlements.revise(id, form);
    }

    private static LocalDate day(String typed) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            throw Refusal.invalid("on", "refuge.entitlement.on");
        }
    }
}
