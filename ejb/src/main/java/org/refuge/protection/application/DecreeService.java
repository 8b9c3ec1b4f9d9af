package org.refuge.protection.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.emergency.application.ActionPlanWorkflow;
import org.refuge.emergency.application.InfluxEvents;
import org.refuge.emergency.application.InfluxEvents.InfluxEventFacts;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.protection.domain.Decree;

/**
 * The government's decrees on temporary protection: a supervisor records one (number, dates, who is covered), which
 * puts the regime in force from its date and, when it answers an influx event, completes the action plan's decree
 * measure. Caseworkers, supervisors and police read the decrees in force.
 */
@Stateless
public class DecreeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ActionPlanWorkflow actionPlan;

    @Inject
    InfluxEvents influxEvents;

    @Inject
    org.refuge.registration.application.ReferenceDataService referenceData;

    @Inject
    RefugeSettings settings;

    /** {@link Decree#inForceOn} in the query language. */
    private static final String IN_FORCE = "d.status = :s and d.inForceFrom <= :today";

    private final Clock clock = Clock.systemUTC();

    /** A decree as its readers see it; the API answers it as it is. */
    public record DecreeView(UUID id, String number, LocalDate adoptedOn, LocalDate inForceFrom, Set<String> citizenships,
                             boolean coversStateless, LocalDate arrivedFrom, LocalDate arrivedUntil, String status,
                             UUID influxEventId, Instant recordedAt, String recordedBy) {
        static DecreeView of(Decree d) {
            return new DecreeView(d.id(), d.number(), d.adoptedOn(), d.inForceFrom(), Set.copyOf(d.citizenships()),
                    d.coversStateless(), d.arrivedFrom(), d.arrivedUntil(), d.status().name(), d.influxEventId(),
                    d.recordedAt(), d.recordedBy());
        }
    }

    @RolesAllowed(Roles.SUPERVISOR)
    public DecreeView record(@NotNull @Valid DecreeForm form) {
        String number = form.getNumber().strip();
        if (!em.createQuery("select d.id from Decree d where d.number = :n").setParameter("n", number).getResultList().isEmpty()) {
            throw Refusal.conflict("refuge.emergency.decreeNumber");
        }
        Set<String> citizenships = form.getCitizenships() == null ? new HashSet<>() : new HashSet<>(form.getCitizenships());
        Set<String> known = new HashSet<>();
        referenceData.countries().forEach(country -> known.add(country.code()));
        if (!known.containsAll(citizenships)) {
            throw Refusal.invalid("citizenships", "refuge.decree.citizenships");
        }
        Optional<InfluxEventFacts> event = form.getInfluxEventId() == null ? Optional.empty()
                : Optional.of(influxEvents.event(form.getInfluxEventId()).orElseThrow(InfluxEvents::unknown));
        Decree decree = Decree.record(form.getInfluxEventId(), number, form.getAdoptedOn(), form.getInForceFrom(), citizenships,
                form.isCoversStateless(), form.getArrivedFrom(), form.getArrivedUntil(), Instant.now(clock), currentUser.username());
        em.persist(decree);
        event.map(InfluxEventFacts::actionPlanProcessId)
                .ifPresent(process -> actionPlan.decreeRecorded(process, currentUser.username()));
        audit.record(AuditAction.CREATE, "Decree", number, "decree on temporary protection recorded");
        em.flush();
        return DecreeView.of(decree);
    }

    /**
     * The decrees in force today, latest first: the few that a decision chooses from (a government has a handful in
     * force at once), all of them, never cut.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER, Roles.POLICE})
    public List<DecreeView> inForce() {
        return em.createQuery("select d from Decree d where " + IN_FORCE + " order by d.adoptedOn desc, d.recordedAt desc, d.id", Decree.class)
                .setParameter("s", Decree.Status.IN_FORCE).setParameter("today", today()).getResultStream().map(DecreeView::of).toList();
    }

    /** One page of the decrees (only those in force today when asked), latest first, with how many there are. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CASEWORKER, Roles.POLICE})
    public Page<DecreeView> decrees(boolean inForceOnly, @NotNull PageRequest request) {
        String where = inForceOnly ? " where " + IN_FORCE : "";
        var count = em.createQuery("select count(d) from Decree d" + where, Long.class);
        var page = em.createQuery("select d from Decree d" + where + " order by d.adoptedOn desc, d.recordedAt desc, d.id", Decree.class)
                .setFirstResult(request.first()).setMaxResults(request.size());
        if (inForceOnly) {
            count.setParameter("s", Decree.Status.IN_FORCE).setParameter("today", today());
            page.setParameter("s", Decree.Status.IN_FORCE).setParameter("today", today());
        }
        return Page.of(page.getResultList(), count.getSingleResult(), request).map(DecreeView::of);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
