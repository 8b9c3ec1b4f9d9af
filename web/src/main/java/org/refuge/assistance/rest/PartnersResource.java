package org.refuge.assistance.rest;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.assistance.application.CatalogueForms.PartnerForm;
import org.refuge.assistance.application.CatalogueService;
import org.refuge.assistance.application.CatalogueService.PartnerRow;
import org.refuge.platform.security.Roles;

/**
 * The sources and partners of assistance: {@code GET /api/v1/assistance/partners} (every assistance role),
 * {@code POST} a new one and {@code PUT .../{code}} (admin) with {@code {"code", "name", "kind", "active"}}.
 * There is no DELETE: a partner is switched off.
 */
@Path("/v1/assistance/partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
public class PartnersResource {

    @Inject
    CatalogueService catalogue;

    @GET
    public List<PartnerRow> all() {
        return catalogue.partners();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response add(PartnerForm form) {
        PartnerRow partner = catalogue.addPartner(form);
        return Response.created(URI.create("assistance/partners/" + partner.code())).entity(partner).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public PartnerRow change(@PathParam("code") String code, PartnerForm form) {
        if (form != null) {
            form.setCode(code);
        }
        return catalogue.changePartner(form);
    }
}
