package org.refuge.emergency.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.emergency.domain.InfluxEventStatus;
import org.refuge.platform.refusal.Refusal;

/**
 * What other contexts may know of an influx event, emergency's published read API: protection records a decree that
 * answers an event and tells the event's action plan ({@link ActionPlanWorkflow#decreeRecorded}). Reads in the
 * caller's transaction; its caller states the roles. Other contexts never read the {@code influx_event} table.
 */
@ApplicationScoped
public class InfluxEvents {

    /** The key of the refusal of an event id that names none. */
    public static final String UNKNOWN = "refuge.emergency.unknown";

    @PersistenceContext
    EntityManager em;

    /** An influx event as others see it: its name, status and the action-plan process that follows it (if any yet). */
    public record InfluxEventFacts(UUID id, String name, String status, String actionPlanProcessId) {
    }

    public static Refusal unknown() {
        return Refusal.notFound(UNKNOWN);
    }

    /** The events whose action plan is active, latest declared first. */
    public List<InfluxEventFacts> withActivePlan() {
        return em.createQuery("select e from InfluxEvent e where e.status = :active order by e.declaredAt desc, e.id desc", InfluxEvent.class)
                .setParameter("active", InfluxEventStatus.PLAN_ACTIVE).getResultStream()
                .map(e -> new InfluxEventFacts(e.id(), e.name(), e.status().name(), e.processInstanceId())).toList();
    }

    public Optional<InfluxEventFacts> event(UUID id) {
        return Optional.ofNullable(em.find(InfluxEvent.class, id))
                .map(e -> new InfluxEventFacts(e.id(), e.name(), e.status().name(), e.processInstanceId()));
    }
}
