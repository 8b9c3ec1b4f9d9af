package org.refuge.emergency.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.refuge.emergency.domain.InfluxEvent;
import org.refuge.emergency.domain.InfluxEventStatus;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.registration.application.HouseholdArrived;

/**
 * Watches arrivals against the threshold of every open influx event: the first arrival that takes an event above
 * its threshold records when, and alerts the supervisors through the event's process (a task in their inbox). Runs
 * in the registering transaction; events already above their threshold cost nothing more.
 */
@ApplicationScoped
public class ThresholdWatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActionPlanWorkflow workflow;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    void arrived(@Observes HouseholdArrived arrival) {
        List<InfluxEvent> watched = em.createQuery("select e from InfluxEvent e where e.status <> :closed "
                        + "and e.thresholdExceededAt is null and e.declaredAt <= :arrived", InfluxEvent.class)
                .setParameter("closed", InfluxEventStatus.CLOSED).setParameter("arrived", arrival.arrivedAt()).getResultList();
        for (InfluxEvent candidate : watched) {
            if (!candidate.isMassInflux(EmergencyService.arrivalsSince(em, candidate.declaredAt()))) {
                continue;
            }
            // one alert per event, whoever registers at the same moment
            InfluxEvent event = em.find(InfluxEvent.class, candidate.id(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(event);
            if (event.thresholdExceeded(Instant.now(clock)) && event.processInstanceId() != null) {
                workflow.thresholdExceeded(event.processInstanceId());
                audit.record(AuditAction.UPDATE, "InfluxEvent", event.id().toString(), "arrivals above the threshold of "
                        + event.threshold() + ", supervisors alerted");
            }
        }
    }
}
