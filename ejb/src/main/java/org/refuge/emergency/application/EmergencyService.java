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
    ActionPlanWorkflow workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public InfluxEvent declare(@NotNull @Valid DeclareInfluxForm form) {
        InfluxEvent event = InfluxEvent.declare(form.getName(), form.getThreshold(), Instant.now(clock), currentUser.username());
        em.persist(event);
        event.followedBy(workflow.influxDeclared(event.id()));
        audit.record(AuditAction.CREATE, "InfluxEvent", event.id().toString(), "declare influx");
        return event;
    }

    public List<InfluxEvent> recent(int max) {
        return em.createQuery("select e from InfluxEvent e order by e.declaredAt desc", InfluxEvent.class)
                .setMaxResults(max).getResultList();
    }

    public Optional<InfluxEvent> find(UUID id) {
        return Optional.ofNullable(em.find(InfluxEvent.class, id));
    }
}
