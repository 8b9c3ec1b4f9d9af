package org.refuge.emergency.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

import org.refuge.emergency.application.DeclareInfluxForm;
import org.refuge.emergency.application.ActionPlanWorkflow;
import org.refuge.emergency.application.EmergencyService;
import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;

/**
 * Influx events: {@code GET /api/v1/influx-events} (a page with the total), {@code POST} to declare one, {@code GET .../{id}}; the action
 * plan: {@code GET .../{id}/action-plan} (arrivals against the threshold, each measure's state) and {@code POST
 * .../{id}/activation}. Supervisors only.
 */
@Path("/v1/influx-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
public class InfluxEventsResource {

    /** The API's view of an influx event. */
    public record InfluxEventJson(UUID id, String name, int threshold, String status, Instant declaredAt,
                                  String declaredBy, String processInstanceId) {
        static InfluxEventJson of(InfluxEvent e) {
            return new InfluxEventJson(e.id(), e.name(), e.threshold(), e.status().name(), e.declaredAt(),
                    e.declaredBy(), e.processInstanceId());
        }
    }

    /** The action-plan board: the event, arrivals against its threshold, each measure with its state. */
    public record ActionPlanJson(InfluxEventJson event, EmergencyService.Indicator indicator, int percent,
                                 List<ActionPlanWorkflow.PlanMeasure> measures, long done) {
        static ActionPlanJson of(EmergencyService.ActionPlan plan) {
            return new ActionPlanJson(InfluxEventJson.of(plan.event()), plan.indicator(), plan.indicator().percent(),
                    plan.measures(), plan.done());
        }
    }

    @Inject
    EmergencyService emergencies;

    /** {@code GET /api/v1/influx-events?page=&size=}: one page of the events, newest first, with the total. */
    @GET
    public PageAnswer<InfluxEventJson> recent(@jakarta.ws.rs.BeanParam PageParams paging) {
        return PageAnswer.of(emergencies.events(paging.request()).map(InfluxEventJson::of));
    }

    @GET
    @Path("{id}")
    public InfluxEventJson one(@PathParam("id") UUID id) {
        return emergencies.find(id).map(InfluxEventJson::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/action-plan")
    public ActionPlanJson actionPlan(@PathParam("id") UUID id) {
        return ActionPlanJson.of(emergencies.actionPlan(id));
    }

    @POST
    @Path("{id}/activation")
    public ActionPlanJson activate(@PathParam("id") UUID id) {
        return ActionPlanJson.of(emergencies.activatePlan(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declare(@jakarta.ws.rs.HeaderParam("Idempotency-Key") String idempotencyKey, DeclareInfluxForm form) {
        InfluxEvent event = emergencies.declare(form, idempotencyKey);
        return Response.created(URI.create("v1/influx-events/" + event.id())).entity(InfluxEventJson.of(event)).build();
    }
}
