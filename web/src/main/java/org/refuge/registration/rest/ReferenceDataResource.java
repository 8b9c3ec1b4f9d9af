package org.refuge.registration.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.security.Roles;
import org.refuge.registration.application.ReferenceDataService;
import org.refuge.registration.application.ReferenceDataService.ReferenceList;

/**
 * The registration's reference lists, {@code GET /api/v1/reference-data/{countries|languages|document-types|
 * specific-needs}}, and the admin's switch {@code PUT .../{list}/{code}} with {@code {"active": false}}.
 */
@Path("/v1/reference-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
public class ReferenceDataResource {

    @Inject
    ReferenceDataService referenceData;

    /** The admin's switch for one code. */
    public record Activation(Boolean active) {
    }

    @GET
    @Path("{list}")
    public List<?> list(@PathParam("list") String list) {
        return switch (referenceList(list)) {
            case COUNTRY -> referenceData.countries();
            case LANGUAGE -> referenceData.languages();
            case DOCUMENT_TYPE -> referenceData.documentTypes();
            case SPECIFIC_NEED -> referenceData.specificNeeds();
        };
    }

    @PUT
    @Path("{list}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response activate(@PathParam("list") String list, @PathParam("code") String code, Activation activation) {
        if (activation == null || activation.active() == null) {
            throw new BadRequestException();
        }
        referenceData.setActive(referenceList(list), code, activation.active());
        return Response.noContent().build();
    }

    private static ReferenceList referenceList(String path) {
        return switch (path) {
            case "countries" -> ReferenceList.COUNTRY;
            case "languages" -> ReferenceList.LANGUAGE;
            case "document-types" -> ReferenceList.DOCUMENT_TYPE;
            case "specific-needs" -> ReferenceList.SPECIFIC_NEED;
            default -> throw new NotFoundException();
        };
    }
}
