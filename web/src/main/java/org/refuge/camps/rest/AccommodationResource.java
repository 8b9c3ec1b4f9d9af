package org.refuge.camps.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.camps.application.AccommodationForms;
import org.refuge.camps.application.AllocationService;
import org.refuge.camps.application.BodyIds;
import org.refuge.camps.application.BulkAllocationService;
import org.refuge.camps.application.StayService;
import org.refuge.camps.application.TransferService;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.reporting.rest.WorklistParams;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Accommodation of screened households, with the roles and site scope of the screens:
 * <ul>
 *   <li>{@code GET /api/v1/allocations?household=&page=&size=} the queue, priority first, with its total; narrowed
 *       instead of searched by {@code ?bcp=&arrivedFrom=&arrivedTo=&citizenship=&personsFrom=&personsTo=&need=} (the total exact up
 *       to 10,000; a search and a filter together are a 400);
 *       {@code GET /api/v1/allocations/proposal?household=&camp=};
 *       {@code POST /api/v1/allocations} (201; 409 "full" with a fresh {@code proposal}; once per {@code Idempotency-Key});
 *       {@code POST /api/v1/allocations/bulk} a selection of households at once, to one camp or to Refuge's proposals
 *       (200 with a result per household and the totals; once per {@code Idempotency-Key});
 *       {@code POST /api/v1/allocations/{number}/private-address};</li>
 *   <li>{@code POST /api/v1/manifests/{id}/departure} and {@code .../arrival};</li>
 *   <li>{@code POST /api/v1/stays/{id}/check-in} and {@code .../no-show}; {@code GET /api/v1/stays?household=} a
 *       household's accommodation history.</li>
 * </ul>
 * What belongs to one camp (transfers, manifests, residents, check-out, moves, closing) is under
 * {@code /api/v1/camps/{code}} in {@link CampsResource}: JAX-RS matches a request to one root resource only.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
public class AccommodationResource {

    @Inject
    AllocationService allocations;

    @Inject
    BulkAllocationService bulk;

    @Inject
    TransferService transfers;

    @Inject
    StayService stays;

    /** {@code {"registryNumber": "...", "campCode": "...", "tents": [ids]}}; without tents, Refuge's proposal is taken. */
    public record Allocate(String registryNumber, String campCode, List<UUID> tents) {
    }

    /**
     * {@code {"registryNumbers": [...], "campCode": "..."}} all to that camp, or {@code {"registryNumbers": [...]}} each to
     * the camp and tents Refuge proposes among the caller's open camps ({@code "camps": [...]} narrows them).
     */
    public record BulkAllocate(List<String> registryNumbers, String campCode, List<String> camps) {
    }

    /** {@code {"boarded": ["registry number", ...]}}. */
    public record Departure(List<String> boarded) {
    }

    /** {@code {"note": "..."}}. */
    public record Note(String note) {
    }

    /**
     * What is typed to find households in the queue ({@code ?household=}): part of a registry number, or else of the
     * head's name in any script. It is a search, not an id, so it is taken as typed and never parsed as a registry number.
     */
    public record Search(String text) {
    }

    @GET
    @Path("allocations")
    public PageAnswer<AllocationService.Waiting> queue(@QueryParam("household") Search search, @BeanParam WorklistParams filter,
                                                       @BeanParam PageParams paging) {
        return PageAnswer.of(allocations.queue(search == null ? null : search.text(), filter.filter(), paging.request()));
    }

    @GET
    @Path("allocations/proposal")
    public AllocationService.Proposal proposal(@QueryParam("household") RegistryNumber household, @QueryParam("camp") CampCode camp) {
        if (household == null || camp == null) {
            throw new BadRequestException();
        }
        return allocations.propose(household, camp);
    }

    @POST
    @Path("allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response allocate(@HeaderParam("Idempotency-Key") String idempotencyKey, Allocate request) {
        if (request == null || request.registryNumber() == null || request.campCode() == null) {
            throw new BadRequestException();
        }
        AllocationService.Proposal allocated = allocations.allocate(BodyIds.registryNumber("registryNumber", request.registryNumber()),
                BodyIds.campCode("campCode", request.campCode()), request.tents(), idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(allocated).build();
    }

    @POST
    @Path("allocations/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkAllocationAnswer allocateBulk(@HeaderParam("Idempotency-Key") String idempotencyKey, BulkAllocate request,
                                             @Context HttpHeaders headers) {
        if (request == null || request.registryNumbers() == null) {
            throw new BadRequestException();
        }
        if (request.registryNumbers().isEmpty() || request.registryNumbers().size() > BulkAllocationService.MAX_HOUSEHOLDS) {
            throw Refusal.invalid("registryNumbers", "refuge.accommodation.bulk.size");
        }
        List<RegistryNumber> numbers = BodyIds.registryNumbers("registryNumbers", request.registryNumbers());
        CampCode camp = request.campCode() == null ? null : BodyIds.campCode("campCode", request.campCode());
        List<CampCode> among = new ArrayList<>();
        for (String code : request.camps() == null ? List.<String>of() : request.camps()) {
            among.add(BodyIds.campCode("camps[" + among.size() + "]", code));
        }
        return BulkAllocationAnswer.of(bulk.allocate(numbers, camp, among, idempotencyKey), headers);
    }

    @POST
    @Path("allocations/{number}/private-address")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRAR, Roles.CAMP_MANAGER, Roles.SUPERVISOR})
    public Response privateAddress(@PathParam("number") RegistryNumber household, AccommodationForms.PrivateAddress address) {
        allocations.releaseToPrivateAddress(household, address);
        return Response.noContent().build();
    }

    @POST
    @Path("manifests/{id}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    public TransferService.ManifestView depart(@PathParam("id") String id, Departure departure) {
        if (departure == null || departure.boarded() == null) {
            throw new BadRequestException();
        }
        return transfers.depart(id(id), BodyIds.registryNumbers("boarded", departure.boarded()));
    }

    @POST
    @Path("manifests/{id}/arrival")
    public TransferService.ManifestView arrive(@PathParam("id") String id) {
        return transfers.arrive(id(id));
    }

    @POST
    @Path("stays/{id}/check-in")
    public Response checkIn(@PathParam("id") String id) {
        stays.checkIn(id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("stays/{id}/no-show")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response noShow(@PathParam("id") String id, Note note) {
        stays.noShow(id(id), note == null ? null : note.note());
        return Response.noContent().build();
    }

    @GET
    @Path("stays")
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.CASEWORKER, Roles.SOCIAL_WORKER})
    public List<StayService.StayRecord> history(@QueryParam("household") RegistryNumber household) {
        if (household == null) {
            throw new BadRequestException();
        }
        return stays.history(household);
    }

    /** A path id; not an id is not found. */
    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
    }
}
