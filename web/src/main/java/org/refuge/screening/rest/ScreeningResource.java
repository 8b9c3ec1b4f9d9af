package org.refuge.screening.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.security.Roles;
import org.refuge.shared.RegistryNumber;
import org.refuge.screening.application.MedicalScreeningForm;
import org.refuge.screening.application.ScreeningService;
import org.refuge.screening.application.ScreeningViews.MedicalDetail;
import org.refuge.screening.application.ScreeningViews.Summary;
import org.refuge.screening.application.SecurityCheckForm;

/**
 * Screening under {@code /api/v1/screening}: {@code GET households/{registryNumber}} (the household's outcome and
 * security state as a summary of its members', and each member's: all household-file roles),
 * {@code GET households/{registryNumber}/medical} (each member's medical detail: medical staff only), and each
 * member's two screening tasks completed by {@code POST tasks/{taskId}/medical-screening} and
 * {@code tasks/{taskId}/security-check} (task ids from {@code GET /api/v1/tasks}, whose rows name the member).
 */
@Path("/v1/screening")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class ScreeningResource {

    @Inject
    ScreeningService screening;

    @GET
    @Path("households/{registryNumber}")
    public Summary summary(@PathParam("registryNumber") RegistryNumber number) {
        return screening.summary(number);
    }

    /** Each screened member's medical detail (404 while nobody is screened). */
    @GET
    @Path("households/{registryNumber}/medical")
    @RolesAllowed(Roles.MEDICAL)
    public List<MedicalDetail> medical(@PathParam("registryNumber") RegistryNumber number) {
        List<MedicalDetail> details = screening.medicalDetail(number);
        if (details.isEmpty()) {
            throw new NotFoundException();
        }
        return details;
    }

    @POST
    @Path("tasks/{taskId}/medical-screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEDICAL)
    public Response recordMedical(@PathParam("taskId") String taskId, MedicalScreeningForm form) {
        screening.recordMedical(taskId, form);
        return Response.noContent().build();
    }

    /** Answers 204 when the check is complete and its task done, 202 while an enquiry is still pending. */
    @POST
    @Path("tasks/{taskId}/security-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.POLICE)
    public Response recordSecurity(@PathParam("taskId") String taskId, SecurityCheckForm form) {
        return screening.recordSecurity(taskId, form) ? Response.noContent().build() : Response.accepted().build();
    }
}
