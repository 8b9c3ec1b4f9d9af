package org.refuge.platform.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteForm;
import org.refuge.platform.site.SiteService;

/** {@code GET /api/v1/sites}: border crossing points and camp sites; {@code POST} adds one (administrators). */
@Path("/v1/sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
public class SitesResource {

    @Inject
    SiteService sites;

    public record SiteView(String code, String kind, String name, String region, boolean active) {
        static SiteView of(Site site) {
            return new SiteView(site.code(), site.kind().name(), site.name(), site.region(), site.active());
        }
    }

    @GET
    public List<SiteView> all() {
        return sites.all().stream().map(SiteView::of).toList();
    }

    /** {@code {"code": "CAMP-ARMAVIR-2", "kind": "CAMP", "name": "...", "region": "..."}}: 201, or 409 when the code exists. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(SiteForm form) {
        return Response.status(Response.Status.CREATED).entity(SiteView.of(sites.create(form))).build();
    }
}
