package org.refuge.platform.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditEvent;
import org.refuge.platform.audit.AuditLogService;
import org.refuge.platform.audit.AuditLogService.AuditFilter;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * The auditor's view of the trail: who did what, to which record, when and from where, a page at a time through any
 * number of events (a lazy table), filtered by household (its members' and documents' records too), person, user,
 * action, record and period; the total says when it is "at least". Enter in any filter searches.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogService log;

    private RegistryNumber household;
    private PersonId person;
    private String actor;
    private AuditAction action;
    private String record;
    private LocalDate from;
    private LocalDate to;
    /** The newest event when the search was made: its pages stay put while the reads they record are added. */
    private Long upToId;
    private final PagedList<AuditEvent> events = new PagedList<>(request -> log.search(filter(), request),
            event -> String.valueOf(event.id()));

    private AuditFilter filter() {
        if (upToId == null) {
            upToId = log.latestId();
        }
        ZoneId zone = ZoneId.systemDefault();
        return new AuditFilter(actor, action, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), record, household, person, upToId);
    }

    /** The filters changed: the table reads its first page again (the form's update does it). */
    public void search() {
        upToId = null; // the table reads the events up to the newest one again
    }

    public PagedList<AuditEvent> getEvents() {
        return events;
    }

    public boolean isTotalCapped() {
        return events.isTotalIsAtLeast();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public RegistryNumber getHousehold() { return household; }
    public void setHousehold(RegistryNumber household) { this.household = household; }
    public PersonId getPerson() { return person; }
    public void setPerson(PersonId person) { this.person = person; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
