package org.refuge.assistance.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.assistance.application.CollectionService;
import org.refuge.assistance.application.DistributionForms.CollectionForm;
import org.refuge.assistance.application.DistributionForms.VoidForm;
import org.refuge.assistance.application.DistributionViews.CollectionRow;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.shared.RegistryNumber;

/**
 * Collections at the desks (social workers and camp managers at rounds of their own sites, supervisors at every site):
 * <ul>
 *   <li>{@code POST /api/v1/assistance/collections} {@code {"roundId", "registryNumber", "lines": [{"entitlementId",
 *       "personId"}], "receivedByPersonId" | "proxyName"}}: the lines handed over (none named: every line still due), 201
 *       with the lines written; 409 when one was collected in its period already, naming when and where
 *       ({@code collectedAt}, {@code siteCode}). Once per {@code Idempotency-Key}: a retry answers the first lines;</li>
 *   <li>{@code POST .../collections/{id}/void} {@code {"reason"}}: the line voided, the entitlement free again;</li>
 *   <li>{@code GET .../collections?household=&page=&size=}: a household's lines, voided ones too (<i>paged</i>).</li>
 * </ul>
 */
@Path("/v1/assistance/collections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class CollectionsResource {

    @Inject
    CollectionService collections;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@HeaderParam("Idempotency-Key") String idempotencyKey, CollectionForm form) {
        List<CollectionRow> written = collections.record(form, idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(written).build();
    }

    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    public CollectionRow voidCollection(@PathParam("id") UUID id, VoidForm form) {
        String reason = form == null ? null : form.getReason();
        if (reason != null && reason.length() > 300) {
            throw Refusal.invalid("reason", "refuge.collection.voidReason");
        }
        return collections.voidCollection(id, reason);
    }

    @GET
    public PageAnswer<CollectionRow> ofHousehold(@QueryParam("household") RegistryNumber household, @BeanParam PageParams paging) {
        if (household == null) {
            throw Refusal.invalid("household", "refuge.collection.household");
        }
        return PageAnswer.of(collections.ofHousehold(household, paging.request()));
    }
}
