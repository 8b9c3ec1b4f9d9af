package org.refuge.registration.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.security.Roles;
import org.refuge.registration.application.HouseholdView;
import org.refuge.registration.application.HouseholdView.HouseholdFile;
import org.refuge.registration.application.PreRegistrationForm;
import org.refuge.registration.application.RegistrationService;
import org.refuge.registration.domain.RegistryNumber;

/**
 * Households: {@code POST /api/v1/households} pre-registers one at the registrar's BCP (an {@code Idempotency-Key}
 * header makes retries safe: the same key always answers with the same household); {@code GET .../{registryNumber}}
 * reads the household file within the caller's site scope.
 */
@Path("/v1/households")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class HouseholdsResource {

    @Inject
    RegistrationService registration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    public Response preRegister(@HeaderParam("Idempotency-Key") String idempotencyKey, PreRegistrationForm form) {
        HouseholdView household = registration.preRegister(form, idempotencyKey);
        return Response.created(URI.create("v1/households/" + household.registryNumber())).entity(household).build();
    }

    /** {@code GET /api/v1/households?name=…}: heads of household whose name resembles this one, in any script. */
    @GET
    public List<HouseholdView> search(@QueryParam("name") String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException();
        }
        return registration.searchByName(name, 20);
    }

    @GET
    @Path("{registryNumber}")
    public HouseholdFile file(@PathParam("registryNumber") String registryNumber) {
        RegistryNumber number;
        try {
            number = RegistryNumber.parse(registryNumber);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException();
        }
        return registration.file(number);
    }
}
