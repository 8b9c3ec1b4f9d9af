package org.refuge.camps.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.camps.application.AccommodationForms;
import org.refuge.camps.application.BodyIds;
import org.refuge.camps.application.CampResidents;
import org.refuge.camps.application.CampForms;
import org.refuge.camps.application.CampService;
import org.refuge.camps.application.CampService.CampView;
import org.refuge.camps.application.StayService;
import org.refuge.camps.application.TransferService;
import org.refuge.camps.domain.CampFigures;
import org.refuge.camps.domain.CapacityPlan;
import org.refuge.camps.domain.StructureKind;
import org.refuge.camps.domain.TentProposal;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Camps: {@code GET /api/v1/camps} with their capacity figures and norm indicators, one camp with its structures,
 * and the set-up: land, tents, staff tents, water and sanitary points, power, water supply, opening, structures in
 * and out of service; {@code GET /api/v1/camps/plan?arrivals=} for capacity planning; and the people of a camp:
 * {@code GET {code}/transfers} (allocated, waiting for transport), {@code GET|POST {code}/manifests},
 * {@code GET {code}/residents?tent=&household=} (the lists paged with {@code ?page=&size=}, answered with their total),
 * {@code POST {code}/households/{number}/check-out} and {@code .../move} (once per {@code Idempotency-Key}),
 * {@code POST {code}/close} with {@code {"confirm": true}}. Camp managers at their camps,
 * supervisors everywhere.
 */
@Path("/v1/camps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR})
public class CampsResource {

    @Inject
    CampService camps;

    @Inject
    TransferService transfers;

    @Inject
    StayService stays;

    @Inject
    CampResidents residents;

    /** Land for a camp: {@code {"areaM2": 20000}}. */
    public record SetUp(Integer areaM2) {
    }

    /** A staff tent: {@code {"kind": "POLICE_TENT", "coveredM2": 70}}. */
    public record StaffTent(StructureKind kind, BigDecimal coveredM2) {
    }

    /** {@code {"inService": false}}. */
    public record Service(Boolean inService) {
    }

    /** {@code {"supplied": true}}. */
    public record Power(Boolean supplied) {
    }

    /** {@code {"toCamp": "...", "tents": [ids], "note": "..."}}. */
    public record Move(String toCamp, List<UUID> tents, String note) {
    }

    /** {@code {"confirm": true}}: closing checks everyone out, so it is confirmed explicitly. */
    public record Close(Boolean confirm) {
    }

    /** {@code {"stays": [ids] (all when absent), "reason": "HOSPITAL", "day": "2026-11-25", "note": "..."}}. */
    public record CheckOut(List<UUID> stays, org.refuge.camps.domain.DepartureReason reason, LocalDate day, String note) {
    }

    /** One camp's figures with indicators and checklist, as they are serialized. */
    public record Figures(CampFigures figures, int free, int occupancyPercent, List<CampFigures.Indicator> indicators,
                          int indicatorBasis, org.refuge.camps.domain.Checklist checklist) {
        static Figures of(CampFigures f) {
            return new Figures(f, f.free(), f.occupancyPercent(), f.indicators(), f.indicatorBasis(), f.checklist());
        }
    }

    @GET
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    public List<Figures> overview() {
        return camps.overview().stream().map(Figures::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    public CampView camp(@PathParam("code") CampCode camp) {
        return camps.camp(camp, true);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Figures setUp(@PathParam("code") CampCode camp, SetUp setUp) {
        if (setUp == null || setUp.areaM2() == null) {
            throw new BadRequestException();
        }
        return Figures.of(camps.setUp(camp, setUp.areaM2()));
    }

    @POST
    @Path("{code}/tents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Figures tents(@PathParam("code") CampCode camp, @jakarta.ws.rs.HeaderParam("Idempotency-Key") String idempotencyKey,
                         CampForms.Tents tents) {
        return Figures.of(camps.addTents(camp, tents, idempotencyKey));
    }

    @POST
    @Path("{code}/staff-tents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Figures staffTent(@PathParam("code") CampCode camp, StaffTent tent) {
        if (tent == null || tent.kind() == null) {
            throw new BadRequestException();
        }
        return Figures.of(camps.addStaffTent(camp, tent.kind(), tent.coveredM2()));
    }

    @POST
    @Path("{code}/water-points")
    @Consumes(MediaType.APPLICATION_JSON)
    public Figures waterPoint(@PathParam("code") CampCode camp, CampForms.WaterPoint point) {
        return Figures.of(camps.addWaterPoint(camp, point));
    }

    @PUT
    @Path("{code}/power")
    @Consumes(MediaType.APPLICATION_JSON)
    public Figures power(@PathParam("code") CampCode camp, Power power) {
        if (power == null || power.supplied() == null) {
            throw new BadRequestException();
        }
        return Figures.of(camps.powerSupply(camp, power.supplied()));
    }

    @POST
    @Path("{code}/water-supply")
    @Consumes(MediaType.APPLICATION_JSON)
    public Figures water(@PathParam("code") CampCode camp, CampForms.Water water) {
        return Figures.of(camps.recordWater(camp, water));
    }

    @POST
    @Path("{code}/open")
    public Figures open(@PathParam("code") CampCode camp) {
        return Figures.of(camps.open(camp));
    }

    @PUT
    @Path("structures/{id}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    public Figures service(@PathParam("id") String id, Service service) {
        if (service == null || service.inService() == null) {
            throw new BadRequestException();
        }
        try {
            return Figures.of(camps.service(UUID.fromString(id), service.inService()));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
    }

    /** {@code GET .../plan?arrivals=10000&bedsPerTent=20}: needs by the norms and the gap against the camps. */
    @GET
    @Path("plan")
    public CapacityPlan plan(@QueryParam("arrivals") Integer arrivals, @QueryParam("bedsPerTent") Integer bedsPerTent) {
        if (arrivals == null) {
            throw new BadRequestException();
        }
        return camps.plan(arrivals, bedsPerTent == null ? 20 : bedsPerTent);
    }

    @GET
    @Path("{code}/transfers")
    public PageAnswer<TransferService.ToTransfer> waitingForTransfer(@PathParam("code") CampCode camp, @BeanParam PageParams paging) {
        return PageAnswer.of(transfers.waitingForTransfer(camp, paging.request()));
    }

    @GET
    @Path("{code}/manifests")
    public PageAnswer<TransferService.ManifestView> manifests(@PathParam("code") CampCode camp, @BeanParam PageParams paging) {
        return PageAnswer.of(transfers.manifests(camp, paging.request()));
    }

    @POST
    @Path("{code}/manifests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createManifest(@PathParam("code") CampCode camp, AccommodationForms.Manifest manifest) {
        return Response.status(Response.Status.CREATED).entity(transfers.createManifest(camp, manifest)).build();
    }

    @GET
    @Path("{code}/residents")
    @RolesAllowed({Roles.CAMP_MANAGER, Roles.SUPERVISOR, Roles.SOCIAL_WORKER})
    public PageAnswer<CampResidents.ResidentHousehold> residents(@PathParam("code") CampCode camp, @QueryParam("tent") String tent,
                                                                 @QueryParam("household") RegistryNumber household,
                                                                 @BeanParam PageParams paging) {
        return PageAnswer.of(residents.residents(camp, tent == null ? null : AccommodationResource.id(tent), household, paging.request()));
    }

    @POST
    @Path("{code}/households/{number}/check-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkOut(@PathParam("code") CampCode camp, @PathParam("number") RegistryNumber household, CheckOut request) {
        if (request == null) {
            throw new BadRequestException();
        }
        AccommodationForms.CheckOut form = new AccommodationForms.CheckOut();
        form.setReason(request.reason());
        form.setDay(request.day());
        form.setNote(request.note());
        stays.checkOut(camp, household, request.stays(), form);
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/households/{number}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<TentProposal.Share> move(@PathParam("code") CampCode camp, @PathParam("number") RegistryNumber household,
                                         @jakarta.ws.rs.HeaderParam("Idempotency-Key") String idempotencyKey, Move move) {
        if (move == null || move.toCamp() == null) {
            throw new BadRequestException();
        }
        return stays.move(camp, household, BodyIds.campCode("toCamp", move.toCamp()), move.tents(), move.note(), idempotencyKey);
    }

    @POST
    @Path("{code}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("code") CampCode camp, Close close) {
        if (close == null || !Boolean.TRUE.equals(close.confirm())) {
            throw new BadRequestException();
        }
        return Response.ok(java.util.Map.of("checkedOut", stays.close(camp))).build();
    }
}
