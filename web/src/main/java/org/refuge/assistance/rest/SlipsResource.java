package org.refuge.assistance.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.assistance.application.RegistrationSlipService;
import org.refuge.assistance.application.SlipVerification;
import org.refuge.platform.security.Roles;
import org.refuge.platform.web.Messages;
import org.refuge.shared.RegistryNumber;

/**
 * The registration slip of a household (A6 PDF with a signed QR code):
 * <ul>
 *   <li>{@code POST /api/v1/assistance/slips/{registryNumber}/prints} the first print (registrar of the household's
 *       site, supervisors); 409 once printed. Printing is recorded, so it is a POST: no GET changes anything;</li>
 *   <li>{@code POST /api/v1/assistance/slips/{registryNumber}/reprints} {@code {"reason"}} a copy, with its reason
 *       (400 in the caller's language without it), recorded and audited;</li>
 *   <li>{@code POST /api/v1/assistance/slips/verification} {@code {"qr"}} (every desk role): the verdict
 *       ({@code status}: VALID only for a genuine slip of a household in the registry), its {@code reason} in the
 *       caller's language and the household as signed ({@code registryNumber}, {@code householdSize},
 *       {@code siteCode}, {@code arrivalDate}), with its {@code registryStatus} now.</li>
 * </ul>
 */
@Path("/v1/assistance/slips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.SUPERVISOR})
public class SlipsResource {

    @Inject
    RegistrationSlipService slips;

    public record Reprint(String reason) {
    }

    public record Check(String qr) {
    }

    /** A verdict with its words: see {@link SlipVerification}. */
    public record VerificationAnswer(String status, String reason, String registryNumber, Integer householdSize, String siteCode,
                                     java.time.LocalDate arrivalDate, String keyId, String registryStatus) {
    }

    @POST
    @Path("{registryNumber}/prints")
    @Produces("application/pdf")
    public Response print(@PathParam("registryNumber") RegistryNumber number) {
        return pdf(slips.print(number), number);
    }

    @POST
    @Path("{registryNumber}/reprints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    public Response reprint(@PathParam("registryNumber") RegistryNumber number, Reprint reprint) {
        return pdf(slips.reprint(number, reprint == null ? null : reprint.reason()), number);
    }

    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
    public VerificationAnswer verify(Check check, @Context HttpHeaders headers) {
        SlipVerification v = slips.verify(check == null ? null : check.qr());
        return new VerificationAnswer(v.status(), reason(headers, v.status()), v.registryNumber(), v.householdSize(), v.siteCode(),
                v.arrivalDate(), v.keyId(), v.registryStatus());
    }

    private static Response pdf(byte[] pdf, RegistryNumber number) {
        return Response.ok(pdf).type("application/pdf")
                .header("Content-Disposition", "inline; filename=\"registration-slip-" + number.value() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    /** The verdict in words, in the first of the caller's languages the UI has. */
    private static String reason(HttpHeaders headers, String status) {
        return Messages.forCaller(headers, "slip.verdict." + status, status);
    }
}
