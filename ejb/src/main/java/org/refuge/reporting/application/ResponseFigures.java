package org.refuge.reporting.application;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.refuge.emergency.application.ActionPlanWorkflow;
import org.refuge.emergency.application.InfluxEvents;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.Roles;
import org.refuge.protection.application.DocumentWorklists;

/**
 * How the response keeps its promises, for the supervisors' dashboard: the three-day clock of identity documents
 * (persons waiting on time, within 24 hours of the deadline, past it) over the reader's sites, from protection's
 * worklists; and each active action plan's measures open, overdue and done, from emergency's published read API and
 * its workflow port.
 */
@Stateless
public class ResponseFigures {

    @Inject
    DocumentWorklists documents;

    @Inject
    InfluxEvents events;

    @Inject
    ActionPlanWorkflow plans;

    /** Persons waiting for their identity document, by where they stand against the three-day deadline. */
    public record Clock(long onTime, long atRisk, long overdue) {
    }

    /** An influx event's action plan (the event's name and id): its measures not done, those past their due time, and those done. */
    public record Measures(String event, long open, long overdue, long done, java.util.UUID eventId) {
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public Clock clock() {
        DocumentWorklists.DeadlineTotals totals = documents.totals();
        long waiting = documents.queue(PageRequest.page(0, 1)).total();
        return new Clock(Math.max(0, waiting - totals.atRisk() - totals.overdue()), totals.atRisk(), totals.overdue());
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public List<Measures> measures() {
        Instant now = Instant.now();
        return events.withActivePlan().stream().filter(e -> e.actionPlanProcessId() != null).map(e -> {
            List<ActionPlanWorkflow.PlanMeasure> measures = plans.measures(e.actionPlanProcessId());
            long done = measures.stream().filter(ActionPlanWorkflow.PlanMeasure::done).count();
            return new Measures(e.name(), measures.size() - done, measures.stream().filter(m -> m.overdue(now)).count(), done,
                    e.id());
        }).toList();
    }
}
