package org.refuge.emergency.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;

/**
 * Supervisors declare an influx event; the action-plan process starts in the same transaction, so an event
 * never exists without its process, nor a process without its event.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class EmergencyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    org.refuge.platform.persistence.IdempotentRequests idempotent;

    @Inject
    ActionPlanWorkflow workflow;

    @Inject
    DecreeRecords decrees;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public InfluxEvent declare(@NotNull @Valid DeclareInfluxForm form) {
        return declare(form, null);
    }

    /** The same, once per {@code idempotencyKey}: a retry or a double click answers the event declared first. */
    @RolesAllowed(Roles.SUPERVISOR)
    public InfluxEvent declare(@NotNull @Valid DeclareInfluxForm form,
                               @jakarta.validation.constraints.Size(max = 100) @jakarta.validation.constraints.Pattern(regexp = "^[A-Za-z0-9._:-]*$") String idempotencyKey) {
        java.util.Optional<String> earlier = idempotent.earlier(idempotencyKey, "declare influx event");
        if (earlier.isPresent()) {
            return em.find(InfluxEvent.class, java.util.UUID.fromString(earlier.get()));
        }
        InfluxEvent event = InfluxEvent.declare(form.getName(), form.getThreshold(), Instant.now(clock), currentUser.username());
        em.persist(event);
        event.followedBy(workflow.influxDeclared(event.id()));
        audit.record(AuditAction.CREATE, "InfluxEvent", event.id().toString(), "declare influx");
        idempotent.remember(idempotencyKey, "declare influx event", event.id().toString());
        return event;
    }

    /** Arrivals since the event was declared against its threshold. */
    public record Indicator(long arrivals, int threshold, boolean exceeded, Instant exceededAt) {
        public int percent() {
            return (int) Math.min(999, Math.round(100.0 * arrivals / threshold));
        }
    }

    /** An event with its indicator and, once the plan is active, the state of each measure. */
    public record ActionPlan(InfluxEvent event, Indicator indicator, List<ActionPlanWorkflow.PlanMeasure> measures) {
        public long done() {
            return measures.stream().filter(ActionPlanWorkflow.PlanMeasure::done).count();
        }
    }

    /**
     * Activates the action plan of a declared event: its measures become tasks of their groups with due dates.
     * Refused (409) when the plan is already active or the event closed.
     */
    public ActionPlan activatePlan(@NotNull UUID eventId) {
        InfluxEvent event = locked(eventId);
        if (event.status() != org.refuge.emergency.domain.InfluxEventStatus.DECLARED) {
            throw Refusal.conflict("refuge.emergency.planActive");
        }
        event.activatePlan(Instant.now(clock), currentUser.username());
        if (event.processInstanceId() == null || !workflow.planActivated(event.processInstanceId(), currentUser.username())) {
            throw Refusal.conflict("refuge.emergency.processEnded");
        }
        // a decree recorded for the event before its plan was active has done the decree measure already
        if (decrees.recordedFor(eventId)) {
            workflow.decreeRecorded(event.processInstanceId(), currentUser.username());
        }
        audit.record(AuditAction.UPDATE, "InfluxEvent", eventId.toString(), "action plan activated");
        em.flush();
        return actionPlan(eventId);
    }

    /** The action-plan board of an event: its indicator and its measures with their state. */
    public ActionPlan actionPlan(@NotNull UUID eventId) {
        InfluxEvent event = find(eventId).orElseThrow(() -> Refusal.notFound("refuge.emergency.unknown"));
        return new ActionPlan(event, indicator(event), event.processInstanceId() == null ? List.of()
                : workflow.measures(event.processInstanceId()));
    }

    /** Arrivals since the event was declared against its threshold, without the measures. */
    public Indicator indicator(@NotNull UUID eventId) {
        return indicator(find(eventId).orElseThrow(() -> Refusal.notFound("refuge.emergency.unknown")));
    }

    Indicator indicator(InfluxEvent event) {
        long arrivals = arrivalsSince(em, event.declaredAt());
        return new Indicator(arrivals, event.threshold(), event.isMassInflux(arrivals), event.thresholdExceededAt());
    }

    /** Persons of households (not voided) that arrived since a moment. */
    static long arrivalsSince(EntityManager em, Instant since) {
        // registration publishes the persons of each household not voided by arrival time (view of V31)
        Number persons = (Number) em.createNativeQuery("SELECT coalesce(sum(persons), 0) FROM registration_arrival WHERE arrived_at >= :since")
                .setParameter("since", since).getSingleResult();
        return persons.longValue();
    }

    private InfluxEvent locked(UUID eventId) {
        InfluxEvent event = em.find(InfluxEvent.class, eventId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw Refusal.notFound("refuge.emergency.unknown");
        }
        return event;
    }

    /** One page of the influx events, newest first (ties by id, so that pages neither overlap nor skip), with the total. */
    public Page<InfluxEvent> events(@NotNull PageRequest request) {
        long total = em.createQuery("select count(e) from InfluxEvent e", Long.class).getSingleResult();
        List<InfluxEvent> events = em.createQuery("select e from InfluxEvent e order by e.declaredAt desc, e.id desc", InfluxEvent.class)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        return Page.of(events, total, request);
    }

    public Optional<InfluxEvent> find(UUID id) {
        return Optional.ofNullable(em.find(InfluxEvent.class, id));
    }
}
