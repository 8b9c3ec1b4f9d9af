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

import org.refuge.assistance.application.CatalogueForms.ItemForm;
import org.refuge.assistance.application.CatalogueService;
import org.refuge.assistance.application.CatalogueService.ItemRow;
import org.refuge.platform.security.Roles;

/**
 * The assistance items: {@code GET /api/v1/assistance/items} (every assistance role), {@code POST} a new one and
 * {@code PUT .../{code}} new names and {@code "active"} (admin). There is no DELETE: an item is switched off.
 * Body: {@code {"code", "nameEn", "nameHy", "nameRu", "unit", "category", "active"}}; unit and category never change.
 */
@Path("/v1/assistance/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.ADMIN})
public class ItemsResource {

    @Inject
    CatalogueService catalogue;

    @GET
    public List<ItemRow> all() {
        return catalogue.items();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response add(ItemForm form) {
        ItemRow item = catalogue.addItem(form);
        return Response.created(URI.create("assistance/items/" + item.code())).entity(item).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public ItemRow change(@PathParam("code") String code, ItemForm form) {
        if (form != null) {
            form.setCode(code);
        }
        return catalogue.changeItem(form);
    }
}
