package org.refuge.emergency.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
        // events whose plan is not active yet: once it is, supervisors need no call to activate it
        List<InfluxEvent> watched = em.createQuery("select e from InfluxEvent e where e.status = :declared "
                        + "and e.thresholdExceededAt is null and e.declaredAt <= :arrived", InfluxEvent.class)
                .setParameter("declared", InfluxEventStatus.DECLARED).setParameter("arrived", arrival.arrivedAt()).getResultList();
        for (InfluxEvent event : watched) {
            if (!event.isMassInflux(EmergencyService.arrivalsSince(em, event.declaredAt()))) {
                continue;
            }
            // one alert per event, whoever registers at the same moment: the first update wins, without a version
            int first = em.createNativeQuery("UPDATE influx_event SET threshold_exceeded_at = :at WHERE id = :id "
                    + "AND threshold_exceeded_at IS NULL").setParameter("at", Instant.now(clock)).setParameter("id", event.id()).executeUpdate();
            if (first == 1 && event.processInstanceId() != null) {
                boolean alerted = workflow.thresholdExceeded(event.processInstanceId());
                audit.record(AuditAction.UPDATE, "InfluxEvent", event.id().toString(), "arrivals above the threshold of "
                        + event.threshold() + (alerted ? ", supervisors alerted" : ", its process has ended: nobody alerted"));
            }
        }
    }
}
