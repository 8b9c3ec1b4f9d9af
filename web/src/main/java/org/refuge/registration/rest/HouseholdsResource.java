package org.refuge.registration.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.HouseholdView;
import org.refuge.registration.application.HouseholdView.HouseholdFile;
import org.refuge.registration.application.HouseholdView.TimelineEntry;
import org.refuge.registration.application.MemberForm;
import org.refuge.registration.application.PersonService;
import org.refuge.registration.application.PersonViews.CandidateView;
import org.refuge.registration.application.PersonViews.MemberResult;
import org.refuge.registration.application.PersonViews.PersonView;
import org.refuge.registration.application.PreRegistrationForm;
import org.refuge.registration.application.RegistrationService;
import org.refuge.registration.application.RegistryHistoryService;
import org.refuge.registration.domain.Photo;
import org.refuge.registration.domain.Portrait;
import org.refuge.shared.RegistryNumber;

/**
 * Households: {@code POST /api/v1/households} pre-registers one at the registrar's BCP (an {@code Idempotency-Key}
 * header makes retries safe: the same key always answers with the same household, the same key with another body
 * 422); {@code GET .../{registryNumber}} reads the household file within the caller's site scope.
 */
@Path("/v1/households")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class HouseholdsResource {

    @Inject
    RegistrationService registration;

    @Inject
    PersonService persons;

    @Inject
    RegistryHistoryService history;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    public Response preRegister(@HeaderParam("Idempotency-Key") String idempotencyKey, PreRegistrationForm form) {
        HouseholdView household = registration.preRegister(form, idempotencyKey);
        return Response.created(URI.create("v1/households/" + household.registryNumber())).entity(household).build();
    }

    /**
     * {@code GET /api/v1/households?name=…&page=&size=}: heads of household whose name resembles this one, in any
     * script, best first, a page with the total ({@code totalIsAtLeast} beyond the count's cap).
     */
    @GET
    public PageAnswer<HouseholdView> search(@QueryParam("name") String name, @BeanParam PageParams paging) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException();
        }
        return PageAnswer.of(registration.searchByName(name, paging.request()));
    }

    /** The household file as the API answers it: its timeline is a page ({@code ?page=&size=} of the file's URL). */
    public record FileAnswer(HouseholdView household, List<PersonView> members, PageAnswer<TimelineEntry> timeline) {
        static FileAnswer of(HouseholdFile file) {
            return new FileAnswer(file.household(), file.members(), PageAnswer.of(file.timeline()));
        }
    }

    /** {@code GET .../{registryNumber}?page=&size=}: the household file with one page of its timeline, newest first. */
    @GET
    @Path("{registryNumber}")
    public FileAnswer file(@PathParam("registryNumber") RegistryNumber number, @BeanParam PageParams paging) {
        return FileAnswer.of(registration.file(number, paging.request()));
    }

    /** {@code GET .../{registryNumber}/members}: the individually registered members, head first. */
    @GET
    @Path("{registryNumber}/members")
    public List<PersonView> members(@PathParam("registryNumber") RegistryNumber number) {
        return persons.members(number);
    }

    /**
     * {@code POST .../{registryNumber}/members}: registers one member (201), or links the earlier record the form's
     * {@code decisions} call the SAME person (200). Safe to retry with the same {@code Idempotency-Key}.
     */
    @POST
    @Path("{registryNumber}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGISTRAR)
    public Response registerMember(@PathParam("registryNumber") RegistryNumber number,
                                   @HeaderParam("Idempotency-Key") String idempotencyKey, MemberForm form) {
        MemberResult result = persons.registerMember(number, form, idempotencyKey);
        if (result.linkedExisting()) {
            return Response.ok(result).build();
        }
        return Response.created(URI.create("v1/persons/" + result.person().id())).entity(result).build();
    }

    /** {@code POST .../{registryNumber}/duplicate-check}: possible duplicates of a member being typed (any part may be missing). */
    @POST
    @Path("{registryNumber}/duplicate-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR})
    public List<CandidateView> duplicateCheck(@PathParam("registryNumber") RegistryNumber number, MemberForm draft) {
        if (draft == null) {
            throw new BadRequestException();
        }
        return persons.possibleDuplicates(number, draft);
    }

    /**
     * {@code GET .../{registryNumber}/history?page=&size=}: the changes of the household's records (Envers), newest
     * first, a page with the total.
     */
    @GET
    @Path("{registryNumber}/history")
    @RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR})
    public PageAnswer<RegistryHistoryService.Change> history(@PathParam("registryNumber") RegistryNumber number,
                                                             @BeanParam PageParams paging) {
        return PageAnswer.of(history.history(number, paging.request()));
    }

    /** A void request: why the household was registered in error. */
    public record VoidRequest(String reason) {
    }

    /** {@code POST .../{registryNumber}/void}: voids a household registered in error, with its members and arrival process. */
    @POST
    @Path("{registryNumber}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.SUPERVISOR})
    public HouseholdView voidHousehold(@PathParam("registryNumber") RegistryNumber number, VoidRequest request) {
        return registration.voidHousehold(number, request == null ? null : request.reason());
    }

    /** {@code PUT .../{registryNumber}/head-photo}: the head of household's portrait taken at pre-registration. */
    @PUT
    @Path("{registryNumber}/head-photo")
    @Consumes({"image/jpeg", "image/png", "image/gif", "image/bmp", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.REGISTRAR)
    public Response headPhoto(@PathParam("registryNumber") RegistryNumber number, InputStream body) throws IOException {
        registration.attachHeadPhoto(number, PersonsResource.readAtMost(body, Portrait.MAX_INPUT_BYTES), Photo.Source.UPLOAD);
        return Response.noContent().build();
    }
}
